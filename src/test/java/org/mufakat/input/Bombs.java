package org.mufakat.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Decompression bombs, built in memory by the tests that need them (never stored in the repository). An entry is a
 * prefix, a chunk repeated many times and a suffix; each chunk is deflated once with a full flush, which makes its
 * compressed form the same every time, so gigabytes of content cost a copy loop instead of compressing gigabytes.
 * The zips are well formed (sizes, CRC, central directory), as a tool would write them.
 */
final class Bombs {

    /** One entry: {@code prefix + chunk * times + suffix}. */
    record Part(String name, byte[] prefix, byte[] chunk, long times, byte[] suffix) {

        static Part small(String name, String content) {
            return new Part(name, content.getBytes(StandardCharsets.UTF_8), new byte[0], 0, new byte[0]);
        }

        long size() {
            return prefix.length + (long) chunk.length * times + suffix.length;
        }
    }

    private Bombs() {
    }

    /**
     * A DOCX whose word/document.xml inflates to about {@code megabytes} MB of one paragraph repeated: the shape of
     * a Word file, a fraction of a megabyte on the wire.
     */
    static byte[] docx(int megabytes) {
        byte[] paragraph = "<w:p><w:r><w:t>[RF-1] To ASEAN: Abolish recruitment fees.</w:t></w:r></w:p>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = repeat(paragraph, (1024 * 1024) / paragraph.length);
        return zip(List.of(
                Part.small("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                        + ".org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                Part.small("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                        + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxml"
                        + "formats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>"),
                new Part("word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxml"
                        + "formats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8), chunk,
                        megabytes, "</w:body></w:document>".getBytes(StandardCharsets.UTF_8))));
    }

    /** A zip that passes for a DOCX once unpacked: first {@code gigabytes} GB of zeros, then the parts a DOCX has. */
    static byte[] zerosDocx(int gigabytes) {
        return zip(List.of(
                new Part("word/media/zeros.bin", new byte[0], new byte[1024 * 1024], 1024L * gigabytes, new byte[0]),
                Part.small("[Content_Types].xml", "<Types/>"),
                Part.small("word/document.xml", "<w:document/>")));
    }

    static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    /** A zip of the parts, deflated, with sizes and CRC in the local headers (no data descriptors). */
    static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> central = new ArrayList<>();
        for (Part part : parts) {
            long offset = out.size();
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            byte[] head = flushed(deflater, part.prefix());
            byte[] chunk = part.times() > 0 ? flushed(deflater, part.chunk()) : new byte[0];
            if (part.times() > 1 && !Arrays.equals(chunk, flushed(deflater, part.chunk()))) {
                throw new IllegalStateException("a flushed chunk did not deflate the same twice");
            }
            deflater.setInput(part.suffix());
            deflater.finish();
            ByteArrayOutputStream tail = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                tail.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            long compressed = head.length + (long) chunk.length * part.times() + tail.size();
            CRC32 crc = new CRC32();
            crc.update(part.prefix());
            for (long i = 0; i < part.times(); i++) {
                crc.update(part.chunk());
            }
            crc.update(part.suffix());
            byte[] header = header(0x04034b50, name, crc.getValue(), compressed, part.size(), -1);
            out.writeBytes(header);
            out.writeBytes(head);
            for (long i = 0; i < part.times(); i++) {
                out.writeBytes(chunk);
            }
            out.writeBytes(tail.toByteArray());
            central.add(header(0x02014b50, name, crc.getValue(), compressed, part.size(), offset));
        }
        long directory = out.size();
        central.forEach(out::writeBytes);
        long directorySize = out.size() - directory;
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        le(end, 0x06054b50, 4);
        le(end, 0, 2);
        le(end, 0, 2);
        le(end, central.size(), 2);
        le(end, central.size(), 2);
        le(end, directorySize, 4);
        le(end, directory, 4);
        le(end, 0, 2);
        out.writeBytes(end.toByteArray());
        return out.toByteArray();
    }

    /** The input deflated and flushed to a byte boundary with a reset dictionary. */
    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    /** A local file header ({@code offset} -1) or a central directory entry. */
    private static byte[] header(int signature, byte[] name, long crc, long compressed, long size, long offset) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        boolean central = offset >= 0;
        le(h, signature, 4);
        if (central) {
            le(h, 20, 2);
        }
        le(h, 20, 2);
        le(h, 0x0800, 2);
        le(h, 8, 2);
        le(h, 0, 2);
        le(h, 0x21, 2);
        le(h, crc, 4);
        le(h, compressed, 4);
        le(h, size, 4);
        le(h, name.length, 2);
        le(h, 0, 2);
        if (central) {
            le(h, 0, 2);
            le(h, 0, 2);
            le(h, 0, 2);
            le(h, 0, 4);
            le(h, offset, 4);
        }
        h.writeBytes(name);
        return h.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, long value, int bytes) {
        if (bytes == 4 && (value < 0 || value > 0xFFFFFFFFL)) {
            throw new IllegalArgumentException("needs zip64: " + value);
        }
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}
