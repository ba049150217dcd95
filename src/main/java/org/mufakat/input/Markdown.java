package org.mufakat.input;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.mufakat.web.Memo;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Statement text is a small Markdown subset (paragraphs, emphasis, lists, links). It is rendered with HTML escaped
 * and then cleaned to a safelist, so {@code text.markdown} in a template can never inject markup.
 */
@TemplateExtension
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .build();
    private static final Safelist SAFE = Safelist.basic().removeTags("img", "span").addAttributes("a", "rel")
            .preserveRelativeLinks(false);

    /** The same texts are shown on every request (statements, recommendations): each is rendered once. */
    private static final Memo<String, String> RENDERED = new Memo<>(8_000,
            markdown -> Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE));

    private Markdown() {
    }

    /** Sanitised HTML for a Markdown text; empty for none. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERED.get(markdown);
    }

    /** {@code statement.text.markdown} in templates. */
    static RawString markdown(String markdown) {
        return new RawString(toHtml(markdown));
    }
}
