package org.fanfold.importing.efiction;

import java.util.regex.Pattern;
import org.fanfold.shared.UserHtml;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * eFiction's text as Fanfold keeps it. eFiction stored whatever its authors typed: HTML from its editor, plain text
 * with line breaks (shown through PHP's {@code nl2br}), paragraphs made of {@code <br><br>}, entities escaped twice
 * ({@code &amp;#8217;}) and empty {@code <p>&nbsp;</p>} spacers. Texts become sanitized HTML paragraphs; titles and
 * names become plain text.
 */
final class EfictionText {

    private static final Pattern DOUBLE_ESCAPED =
            Pattern.compile("&amp;(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR_RUN =
            Pattern.compile("(?:<br\\s*/?>[ \\t]*\\n?[ \\t]*){2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR_LINE = Pattern.compile("<br\\s*/?>[ \\t]*\\n?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_START =
            Pattern.compile("^<(hr|center|div|blockquote|h[1-6]|ul|ol|table|pre|dl)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_PARAGRAPH =
            Pattern.compile("<p>(?:\\s|&nbsp;|&#160;|\u00a0|<br />)*</p>\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_SPACE =
            Pattern.compile("^(?:\\s|&nbsp;|&#160;|\u00a0)+|(?:\\s|&nbsp;|&#160;|\u00a0)+$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\u00a0]*\\n\\s*");

    private EfictionText() {}

    /** A summary, notes, chapter text or review as sanitized HTML; "" when there is nothing to show. */
    static String html(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return "";
        String text = undoubleEntities(raw.replace("\r\n", "\n").replace('\r', '\n'));
        if (!PARAGRAPH_TAG.matcher(text).find()) {
            if (BR.matcher(text).find()) {
                text = BR_LINE.matcher(BR_RUN.matcher(text).replaceAll("\n\n")).replaceAll("\n");
            }
            text = paragraphs(text);
        }
        String html = UserHtml.sanitize(text);
        html = EMPTY_PARAGRAPH.matcher(html).replaceAll("");
        return EDGE_SPACE.matcher(html).replaceAll("");
    }

    /** A title, name or tag as plain text: markup dropped, entities decoded, white space folded. */
    static String plain(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return "";
        String text = Jsoup.parseBodyFragment(undoubleEntities(raw)).text();
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** {@code &amp;#8217;} → {@code &#8217;}: eFiction escaped some entities a second time. */
    private static String undoubleEntities(String text) {
        return DOUBLE_ESCAPED.matcher(text).replaceAll("&$1;");
    }

    /**
     * Blank lines separate paragraphs and single line breaks stay breaks (PHP's nl2br, as eFiction showed plain
     * text); a paragraph that is a block of its own ({@code <hr>}, {@code <center>…}) is not wrapped again.
     */
    private static String paragraphs(String text) {
        var out = new StringBuilder();
        for (String para : BLANK_LINES.split(text.strip())) {
            String p = para.strip();
            if (p.isEmpty()) continue;
            if (BLOCK_START.matcher(p).find()) out.append(p);
            else out.append("<p>").append(p.replace("\n", "<br />\n")).append("</p>");
            out.append('\n');
        }
        return out.toString();
    }
}
