package org.mufakat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders books after their transaction has ended, at most {@link #RENDERS} at once (a caller that finds none free
 * is told to come back later rather than wait), and remembers the size of each book rendered, keyed by what it holds,
 * so the export panel can say how large a download is without rendering again.
 */
@ApplicationScoped
public class BookFiles {

    /** Renders at once: two cores, so two books; more would only slow every request down. */
    static final int RENDERS = 2;
    /** Sizes remembered (a few per round). */
    static final int SIZES = 500;

    private final Semaphore renders = new Semaphore(RENDERS);
    private final Map<String, Long> sizes = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > SIZES;
        }
    });

    /** Takes a render slot if one is free; the caller must {@link #release()} it. */
    public boolean tryAcquire() {
        return renders.tryAcquire();
    }

    public void release() {
        renders.release();
    }

    /** Writes the book in the format (which must be PDF or DOCX) and remembers its size; the caller holds a slot. */
    public void write(ResourceBook book, ExportFormat format, OutputStream out) throws IOException {
        CountingStream counting = new CountingStream(out);
        switch (format) {
            case PDF -> BookPdf.write(book, counting);
            case DOCX -> BookDocx.write(book, counting);
            default -> throw new IllegalArgumentException(format + " is not the resource book");
        }
        counting.flush();
        sizes.put(key(book, format), counting.count);
    }

    /** The size of the book in the format, when it was rendered already. */
    public Optional<Long> knownSize(ResourceBook book, ExportFormat format) {
        return Optional.ofNullable(sizes.get(key(book, format)));
    }

    /**
     * The size of the book in the format: remembered, or rendered now into a counting stream when a slot is free;
     * empty when both slots are busy.
     */
    public Optional<Long> size(ResourceBook book, ExportFormat format) {
        Optional<Long> known = knownSize(book, format);
        if (known.isPresent() || !tryAcquire()) {
            return known;
        }
        try {
            write(book, format, OutputStream.nullOutputStream());
            return knownSize(book, format);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            release();
        }
    }

    /** What the book holds, not where it came from: the same content gives the same size. */
    private static String key(ResourceBook book, ExportFormat format) {
        return format + "|" + book.edition() + "|" + book.register() + "|" + book.locale() + "|" + book.hashCode();
    }

    /** Passes bytes on and counts them. */
    static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
