package org.fanfold.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads the HTML file AO3's "Download → HTML" gives (and Fanfold's own, which has the same shape) into a
 * {@link ParsedStory}: the preface's metadata ({@link Ao3Preface}), the chapters with their summaries and notes
 * ({@link Ao3Chapters}), and the end notes from the afterword ({@code div#afterword}, {@code div#endnotes}).
 *
 * <p>The file's encoding comes from its byte-order mark or {@code meta charset}, UTF-8 otherwise. All HTML is
 * sanitized with {@link org.fanfold.shared.UserHtml}. Stateless and thread-safe; every problem is an
 * {@link ImportException} naming the line at fault where there is one. HTML without AO3's preface is refused: its
 * metadata would have to be guessed.
 */
public final class Ao3HtmlParser {

    private Ao3HtmlParser() {}

    /**
     * Parses an AO3 HTML download.
     *
     * @param fileName the file's name, the title of last resort
     * @param content the file's bytes
     * @param defaultFandom the fandom for a work that names none; null for none
     * @throws ImportException when the file is not an AO3 download, has no chapter text, or breaks one of AO3's
     *     limits
     */
    public static ParsedStory parse(String fileName, byte[] content, @Nullable String defaultFandom) {
        Document doc;
        try {
            doc = Jsoup.parse(
                    new ByteArrayInputStream(content),
                    null,
                    "",
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Markup.compact(doc);
        if (!isAo3(doc.body())) {
            throw new ImportException(
                    "not an AO3 download: the HTML has no preface with the work's tags (div#preface); save the story"
                            + " as a .txt file with a header, or import AO3's own HTML or EPUB download",
                    "");
        }
        var draft = new StoryDraft();
        read(doc.body(), draft);
        return draft.build(fileName, defaultFandom);
    }

    /** Whether {@code root} holds an AO3 download: a {@code div#preface} with tags, and chapters. */
    static boolean isAo3(Element root) {
        Element preface = root.selectFirst("#preface");
        if (preface == null) return false;
        return preface.selectFirst("dl dt") != null || root.selectFirst("#chapters") != null;
    }

    /** Reads preface, chapters and afterword under {@code root} into {@code draft}. */
    static void read(Element root, StoryDraft draft) {
        Element preface = root.selectFirst("#preface");
        if (preface != null) Ao3Preface.read(preface, draft);
        Ao3Chapters.read(root, draft);
        Element afterword = root.selectFirst("#afterword");
        if (afterword != null) endNotes(afterword, draft);
    }

    private static void endNotes(Element afterword, StoryDraft draft) {
        Element quote = afterword.selectFirst("#endnotes blockquote");
        if (quote == null) {
            for (Element p : afterword.select("p")) {
                if (!Markup.frame(p)) continue;
                Element next = p.nextElementSibling();
                if (Markup.label(p).equals("end notes") && next != null && next.nameIs("blockquote")) {
                    quote = next;
                    break;
                }
            }
        }
        if (quote == null) return;
        draft.endNotes = Markup.innerHtml(quote);
        draft.endNotesPlace = Markup.place(quote);
    }
}
