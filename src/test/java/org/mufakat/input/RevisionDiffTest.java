package org.mufakat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void changedWordsAreMarkedAndTextIsEscaped() {
        List<RevisionDiff.Row> rows = RevisionDiff.between("same\nAbolish <b>fees</b> now", "same\nAbolish <b>all fees</b> now\nnew line");
        assertEquals("EQUAL", rows.get(0).kind());
        String before = rows.get(1).before().getValue();
        String after = rows.get(1).after().getValue();
        assertTrue(after.contains("<ins>"), after);
        assertFalse(after.contains("<b>"), "user text is escaped: " + after);
        assertTrue(after.contains("&lt;b&gt;"), after);
        assertFalse(before.contains("<b>"));
        assertTrue(rows.get(2).isChanged());
    }

    @Test
    void markdownIsSanitised() {
        String html = Markdown.toHtml("*Hi* <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://ok.org)");
        assertTrue(html.contains("<em>Hi</em>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://ok.org\""), html);
        assertEquals("", Markdown.toHtml(null));
    }
}
