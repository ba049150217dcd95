package org.mufakat.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip (DOCX, ODT) entry by entry and stops at the first limit it passes: the number of entries,
 * the bytes they inflate to, and the ratio of those bytes to the upload's size. Every byte is counted as it is
 * inflated, whatever the headers claim, so a decompression bomb costs a bounded, small amount of work and memory
 * before it is refused, and nothing is built from a file that passes none of these checks.
 */
final class ZipGuard {

    /** Below this many inflated bytes the ratio is not looked at: small files compress well and harm nobody. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int HEAD_BYTES = 100;

    /** The limits of one kind of upload. */
    record Limits(int maxEntries, long maxInflatedBytes, int maxRatio) {
    }

    /** An entry's name and its first bytes (enough to read an ODF "mimetype"). */
    record Entry(String name, byte[] head) {
    }

    /** The zip passes a limit: it unpacks to far more than it weighs, or holds too many entries. */
    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private ZipGuard() {
    }

    /**
     * The entries of the zip in order, after inflating every one of them within the limits. Throws {@link Refused}
     * at the first limit passed, IOException for what is not a readable zip.
     */
    static List<Entry> entries(byte[] zip, Limits limits) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long ratioLimit = (long) limits.maxRatio() * Math.max(zip.length, 1);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= limits.maxEntries()) {
                    throw new Refused("more than " + limits.maxEntries() + " entries");
                }
                byte[] head = new byte[0];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (head.length < HEAD_BYTES) {
                        int keep = Math.min(HEAD_BYTES - head.length, n);
                        head = Arrays.copyOf(head, head.length + keep);
                        System.arraycopy(buffer, 0, head, head.length - keep, keep);
                    }
                    total += n;
                    if (total > limits.maxInflatedBytes()) {
                        throw new Refused("inflates to more than " + limits.maxInflatedBytes() + " bytes");
                    }
                    if (total > RATIO_GRACE_BYTES && total > ratioLimit) {
                        throw new Refused("inflates to more than " + limits.maxRatio() + " times its size");
                    }
                }
                entries.add(new Entry(entry.getName(), head));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(e);
        }
        return entries;
    }
}
