package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** Zips are refused at the first limit they pass, whatever their headers claim; real documents pass. */
class ZipGuardTest {

    @Test
    void theTestBombsAreWellFormedZips() throws Exception {
        byte[] small = Bombs.docx(2);
        long inflated = 0;
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                inflated += in.readAllBytes().length; // reads to the end: sizes and CRC are checked
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"), names);
        assertEquals(true, inflated > 2 * 1024 * 1024 - 1000);
    }

    @Test
    void aDocxThatUnpacksToNinetyMegabytesIsRefusedAsAnOfflineCopyAndAsAnAttachment() {
        byte[] bomb = Bombs.docx(90);
        assertEquals(true, bomb.length < OfflineImport.MAX_BYTES, "small enough to pass the size limit");
        assertThrows(ZipGuard.Refused.class, () -> OfflineImport.detect(bomb));
        assertThrows(ZipGuard.Refused.class, () -> FileType.detect(bomb));
    }

    @Test
    void gigabytesOfZerosAreRefusedBeforeTheDocxPartsAreEvenSeen() {
        byte[] bomb = Bombs.zerosDocx(2);
        assertEquals(true, bomb.length < FileType.MAX_BYTES, "small enough to pass the size limit");
        assertThrows(ZipGuard.Refused.class, () -> FileType.detect(bomb));
    }

    @Test
    void theRatioAndTheNumberOfEntriesAreLimitsToo() throws Exception {
        ZipGuard.Limits limits = new ZipGuard.Limits(10, 100L * 1024 * 1024, 100);
        byte[] dense = Bombs.zip(List.of(new Bombs.Part("a.xml", new byte[0], new byte[1024 * 1024], 3,
                new byte[0])));
        assertThrows(ZipGuard.Refused.class, () -> ZipGuard.entries(dense, limits), "3 MB from a few kB");
        List<Bombs.Part> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(Bombs.Part.small("part" + i + ".xml", "<p/>"));
        }
        assertThrows(ZipGuard.Refused.class, () -> ZipGuard.entries(Bombs.zip(many), limits));
        assertEquals(10, ZipGuard.entries(Bombs.zip(many.subList(0, 10)), limits).size());
    }

    @Test
    void realDocumentsPass() throws Exception {
        byte[] docx = Bombs.zip(List.of(Bombs.Part.small("[Content_Types].xml", "<Types/>"),
                Bombs.Part.small("word/document.xml", "<w:document/>")));
        assertEquals(FileType.DOCX, FileType.detect(docx).orElseThrow());
        byte[] odt = Bombs.zip(List.of(Bombs.Part.small("mimetype", "application/vnd.oasis.opendocument.text"),
                Bombs.Part.small("content.xml", "<office/>")));
        assertEquals(FileType.ODT, FileType.detect(odt).orElseThrow());
        byte[] text = "## RF: Recruitment fees\n\nTo ASEAN: Abolish fees.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(OfflineImport.Format.MARKDOWN, OfflineImport.detect(text).orElseThrow());
    }
}
