package org.mufakat.web;

import java.util.List;
import java.util.function.IntFunction;

/** One page of a long list, with what the pagination tag needs to link to the others. */
public record Paging<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    /** Page numbers start at 1; anything below is read as 1. */
    public static int pageIndex(Integer page) {
        return page == null || page < 1 ? 0 : page - 1;
    }

    /**
     * The page index, no further than the last page of {@code total} items ({@code ?page=2147483647} shows the last
     * page), so that {@code index * size} cannot overflow.
     */
    public static int clamp(int pageIndex, int size, long total) {
        long last = total <= 0 ? 0 : (total - 1) / size;
        return (int) Math.max(0, Math.min((long) pageIndex, last));
    }

    /**
     * The one way to page a list held by the database: the page asked for ({@code ?page=}, counted from 1; missing,
     * zero or negative is the first, beyond the last is the last), clamped against {@code total} before
     * {@code load} is given the page index, so no request can make it skip {@code index * size} rows past an int.
     */
    public static <T> Paging<T> load(Integer page, int size, long total, IntFunction<List<T>> load) {
        int index = clamp(pageIndex(page), size, total);
        return new Paging<>(total <= 0 ? List.of() : load.apply(index), index + 1, size, total);
    }

    /** The page at {@code pageIndex} (clamped to the last one) of a list already loaded whole. */
    public static <T> Paging<T> of(List<T> all, int pageIndex, int size) {
        int index = clamp(pageIndex, size, all.size());
        int from = Math.min(index * size, all.size());
        return new Paging<>(all.subList(from, Math.min(from + size, all.size())), index + 1, size, all.size());
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * size + items.size();
    }
}
