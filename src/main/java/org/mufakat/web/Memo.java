package org.mufakat.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers the results of a pure function of a text (Markdown to safe HTML, the word diff of two texts), so a page
 * that shows the same 300 texts to every reader does not work each out again on every request. Bounded: when it
 * holds {@code capacity} results it starts over, which keeps it simple and lock-free; long inputs are not kept.
 * Only for functions whose result depends on nothing but the key.
 */
public final class Memo<K, V> {

    /** Keys longer than this (in characters, for text keys) are worked out every time and not kept. */
    static final int LONGEST_KEPT = 8_000;

    /** A key made of texts, such as two texts compared: its length counts as a text key's. */
    public interface Text {
        int length();
    }

    private final Map<K, V> results = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> function;

    public Memo(int capacity, Function<K, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** A memo whose results are worked out by the caller, {@link #get(Object, Supplier)}. */
    public Memo(int capacity) {
        this(capacity, null);
    }

    public V get(K key) {
        return get(key, () -> function.apply(key));
    }

    /** The result kept for the key, or else the one {@code compute} gives, which must depend on nothing but the key. */
    public V get(K key, Supplier<V> compute) {
        if (length(key) > LONGEST_KEPT) {
            return compute.get();
        }
        V known = results.get(key);
        if (known != null) {
            return known;
        }
        V result = compute.get();
        if (results.size() >= capacity) {
            results.clear();
        }
        results.put(key, result);
        return result;
    }

    /** A text key's length; other keys (records of numbers, names and a change counter) are short. */
    private static int length(Object key) {
        return key instanceof CharSequence text ? text.length() : key instanceof Text texts ? texts.length() : 0;
    }
}
