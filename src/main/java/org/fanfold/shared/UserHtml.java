package org.fanfold.shared;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitizes HTML written by users, on the way in. The allowed tags and attributes are AO3's: formatting, lists,
 * tables, quotes, links and images — never scripts, styles, forms, frames or event handlers. Links get
 * {@code rel="nofollow"}; only http, https and mailto URLs survive. Thread-safe.
 */
public final class UserHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "a",
                    "abbr",
                    "acronym",
                    "address",
                    "b",
                    "big",
                    "blockquote",
                    "br",
                    "caption",
                    "center",
                    "cite",
                    "code",
                    "col",
                    "colgroup",
                    "dd",
                    "del",
                    "details",
                    "dfn",
                    "div",
                    "dl",
                    "dt",
                    "em",
                    "figcaption",
                    "figure",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "i",
                    "img",
                    "ins",
                    "kbd",
                    "li",
                    "ol",
                    "p",
                    "pre",
                    "q",
                    "rp",
                    "rt",
                    "ruby",
                    "s",
                    "samp",
                    "small",
                    "span",
                    "strike",
                    "strong",
                    "sub",
                    "summary",
                    "sup",
                    "table",
                    "tbody",
                    "td",
                    "tfoot",
                    "th",
                    "thead",
                    "tr",
                    "tt",
                    "u",
                    "ul",
                    "var")
            .allowAttributes("title", "dir", "align", "class", "lang")
            .globally()
            .allowAttributes("href", "name")
            .onElements("a")
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .onElements("td", "th")
            .allowAttributes("type", "start")
            .onElements("ol")
            .allowAttributes("cite")
            .onElements("blockquote", "q")
            .allowStandardUrlProtocols()
            .requireRelNofollowOnLinks()
            .allowTextIn("table")
            .toFactory();

    private static final Pattern BLOCK_TAG = Pattern.compile(
            "<(p|div|br|blockquote|ul|ol|table|h[1-6]|pre|hr|dl|center|details|figure)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private UserHtml() {}

    /** Returns safe HTML; null or blank input gives "". */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) return "";
        return POLICY.sanitize(html).strip();
    }

    /**
     * Sanitizes rich text as AO3's editor does: where the author wrote no block markup, blank lines separate
     * paragraphs and single line breaks stay line breaks.
     */
    public static String sanitizeRichText(String html) {
        if (html == null || html.isBlank()) return "";
        String text = html.replace("\r\n", "\n").replace('\r', '\n');
        if (!BLOCK_TAG.matcher(text).find()) {
            text = TextFormat.paragraphs(text, false);
        }
        return sanitize(text);
    }
}
