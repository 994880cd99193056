package org.fanfold.importing;

import java.util.Locale;
import java.util.regex.Pattern;
import org.fanfold.shared.UserHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for reading story HTML from downloads and e-books: class names as Calibre rewrites them, labels, the
 * place of an element for error messages, and the author's markup made fit for the archive (links and images that
 * pointed inside the file dropped, Calibre's generated classes removed) before {@link UserHtml} sanitizes it.
 */
final class Markup {

    /** The attribute an EPUB's spine document is marked with when its body joins others in one tree. */
    static final String FILE_ATTRIBUTE = "data-import-file";

    private static final Pattern CALIBRE_CLASS = Pattern.compile("calibre\\d*");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)^(?:https?:|mailto:).*");

    private Markup() {}

    /**
     * Whether {@code e} has the class {@code name}, or {@code name} followed by digits: Calibre, converting AO3's
     * HTML to an e-book, keeps an element's first class only and numbers its variants ({@code meta},
     * {@code meta1}, {@code userstuff2}).
     */
    static boolean hasClass(Element e, String name) {
        for (String c : e.classNames()) {
            if (c.equals(name)
                    || (c.startsWith(name) && c.substring(name.length()).matches("\\d+"))) return true;
        }
        return false;
    }

    /** The element's text, spaces collapsed, without a trailing colon, lower case: a label such as "summary". */
    static String label(Element e) {
        return e.text()
                .replace('\u00a0', ' ')
                .strip()
                .replaceAll("\\s+", " ")
                .replaceFirst(":$", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The element's text with spaces collapsed. */
    static String text(Element e) {
        return e.text().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether {@code e} is part of a download's own frame rather than of what the author wrote: not inside a
     * {@code blockquote} (summaries and notes) nor a {@code div.userstuff} (chapter text), where an author's own
     * "Notes" paragraph or list must not be taken for the download's.
     */
    static boolean frame(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("blockquote") || (p.nameIs("div") && hasClass(p, "userstuff") && !p.id().equals("chapters")))
                return false;
        }
        return true;
    }

    /** Whether the element holds anything a reader would see: text or an image. */
    static boolean hasContent(Element e) {
        return !e.text().isBlank() || e.selectFirst("img") != null;
    }

    /**
     * Where {@code e} is, for error messages: "line 12" in an HTML file; "OEBPS/ch2.xhtml, line 12" in an EPUB,
     * whose spine documents are marked with {@link #FILE_ATTRIBUTE}. "" when unknown.
     */
    static String place(@Nullable Element e) {
        if (e == null) return "";
        int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : -1;
        Element file = e.closest("[" + FILE_ATTRIBUTE + "]");
        String where = file == null ? "" : file.attr(FILE_ATTRIBUTE);
        if (line > 0) where = where.isEmpty() ? "line " + line : where + ", line " + line;
        return where;
    }

    /** "chapter 2" with the element's place after it, when known. */
    static String chapterPlace(int number, @Nullable Element e) {
        String where = place(e);
        return where.isEmpty() ? "chapter " + number : "chapter " + number + ", " + where;
    }

    /** The sanitized HTML inside {@code e}. */
    static String innerHtml(@Nullable Element e) {
        if (e == null) return "";
        Element copy = detachedCopy(e);
        clean(copy);
        return UserHtml.sanitize(copy.html());
    }

    /** The sanitized HTML of {@code e} itself, tags included. */
    static String outerHtml(Element e) {
        Element copy = detachedCopy(e);
        clean(copy);
        return UserHtml.sanitize(copy.outerHtml());
    }

    /**
     * Prepares a copy of the author's markup for the archive: links to other files of the download or e-book lose
     * their address (their text stays), images stored inside the e-book give way to their alt text, and Calibre's
     * generated classes go.
     */
    private static void clean(Element root) {
        for (Element a : root.select("a[href]")) {
            String href = a.attr("href").strip();
            if (!href.startsWith("#") && !EXTERNAL.matcher(href).matches()) a.removeAttr("href");
        }
        for (Element img : root.select("img")) {
            if (EXTERNAL.matcher(img.attr("src").strip()).matches()) continue;
            String alt = img.attr("alt").strip();
            if (alt.isEmpty()) img.remove();
            else img.replaceWith(new TextNode("[" + alt + "]"));
        }
        for (Element e : root.select("[class]")) {
            String kept = String.join(
                    " ",
                    e.classNames().stream()
                            .filter(c -> !CALIBRE_CLASS.matcher(c).matches())
                            .toList());
            if (kept.isEmpty()) e.removeAttr("class");
            else e.attr("class", kept);
        }
    }

    /** A document's output settings for fragments: no pretty-printing (it would add spaces to the author's text). */
    static Document compact(Document doc) {
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        return doc;
    }

    /** A copy of {@code e} in a document of its own that writes it without pretty-printing. */
    private static Element detachedCopy(Element e) {
        Document shell = compact(Document.createShell(""));
        Element copy = e.clone();
        shell.body().appendChild(copy);
        return copy;
    }
}
