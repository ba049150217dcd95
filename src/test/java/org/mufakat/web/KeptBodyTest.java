package org.mufakat.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/** A kept body in its page shell: the shell's two halves around the body's bytes, in UTF-8, and nothing else. */
class KeptBodyTest {

    private final Engine engine = Engine.builder().addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();

    @Test
    void theBodyTakesTheSlotOfTheShellRenderedNow() {
        Template shell = html("<title>{title}</title><main>{body}</main><footer>ไทย · Tiếng Việt</footer>");
        KeptBody kept = new KeptBody(new RawString("<p>Bản đề xuất ← 300 khuyến nghị</p>"));
        Response page = kept.in(shell.data("title", "Đề xuất <1>").data("body", KeptBody.SLOT), Locale.ENGLISH);
        assertEquals(200, page.getStatus());
        assertEquals("text/html;charset=UTF-8", page.getMediaType().toString());
        assertEquals("<title>Đề xuất &lt;1&gt;</title><main><p>Bản đề xuất ← 300 khuyến nghị</p></main>"
                + "<footer>ไทย · Tiếng Việt</footer>", new String((byte[]) page.getEntity(), UTF_8));
    }

    @Test
    void textShownOnThePageCannotPassForTheSlot() {
        Template shell = html("<h1>{title}</h1>");
        KeptBody kept = new KeptBody(new RawString("<p>kept</p>"));
        assertThrows(IllegalStateException.class,
                () -> kept.in(shell.data("title", KeptBody.SLOT.getValue()), Locale.ENGLISH));
    }

    private Template html(String content) {
        return engine.parse(content, new Variant(Locale.ENGLISH, Variant.TEXT_HTML, "UTF-8"));
    }
}
