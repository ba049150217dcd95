package org.mufakat.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * A page's body kept as rendered, in UTF-8. On each visit only the page shell around it is rendered (the layout, with
 * the person's name, unread count, flash message and sign-out form), and the answer is the shell's two halves with
 * the body's bytes between them: a large kept page (a proposal of 300 recommendations, 80 to 120 KB) is neither
 * copied through a template nor encoded again on every request.
 */
public final class KeptBody {

    /**
     * What a shell is rendered with as its body, to be replaced by the kept one: a comment that no text shown on a
     * page can produce, since Qute escapes every {@code <} of it.
     */
    public static final RawString SLOT = new RawString("<!--mufakat:kept-body-->");

    private final byte[] utf8;

    public KeptBody(RawString html) {
        this.utf8 = html.getValue().getBytes(UTF_8);
    }

    /** The page: {@code shell}, whose body is {@link #SLOT}, rendered in {@code locale} with this body in the slot. */
    public Response in(TemplateInstance shell, Locale locale) {
        String page = shell.setLocale(locale).render();
        int at = page.indexOf(SLOT.getValue());
        if (at < 0) {
            throw new IllegalStateException("the page shell has no slot for its body");
        }
        byte[] head = page.substring(0, at).getBytes(UTF_8);
        byte[] tail = page.substring(at + SLOT.getValue().length()).getBytes(UTF_8);
        byte[] whole = new byte[head.length + utf8.length + tail.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(utf8, 0, whole, head.length, utf8.length);
        System.arraycopy(tail, 0, whole, head.length + utf8.length, tail.length);
        return Response.ok(whole, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
