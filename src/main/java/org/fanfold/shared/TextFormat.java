package org.fanfold.shared;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.web.util.HtmlUtils;

/** How an author wrote a text field: HTML (AO3's rich text), Markdown or plain text. Each becomes safe HTML. */
public enum TextFormat {
    HTML,
    MARKDOWN,
    PLAIN;

    private static final Parser MARKDOWN_PARSER = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_RENDERER =
            HtmlRenderer.builder().escapeHtml(false).build();

    /** Parses a form value ("html", "markdown", "plain"); anything else is HTML, AO3's default. */
    public static TextFormat of(String value) {
        if (value == null) return HTML;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> MARKDOWN;
            case "plain", "text", "txt" -> PLAIN;
            default -> HTML;
        };
    }

    /** Converts {@code text} in this format to sanitized HTML. */
    public String toHtml(String text) {
        if (text == null || text.isBlank()) return "";
        return switch (this) {
            case HTML -> UserHtml.sanitizeRichText(text);
            case MARKDOWN -> UserHtml.sanitize(MARKDOWN_RENDERER.render(MARKDOWN_PARSER.parse(text)));
            case PLAIN -> UserHtml.sanitize(paragraphs(text, true));
        };
    }

    /**
     * Wraps text into paragraphs: a blank line starts a new paragraph, a single line break becomes {@code <br>}.
     *
     * @param escape whether the text is plain (escape it) or already markup
     */
    static String paragraphs(String text, boolean escape) {
        var out = new StringBuilder();
        for (String para :
                text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (escape) p = HtmlUtils.htmlEscape(p);
            out.append("<p>").append(p.replace("\n", "<br />\n")).append("</p>\n");
        }
        return out.toString();
    }
}
