package org.fanfold.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.importing.TagCollector.Type;
import org.fanfold.shared.TextFormat;
import org.fanfold.shared.UserHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads an EPUB (2 or 3) into a {@link ParsedStory}.
 *
 * <p>An EPUB that AO3 made (Calibre converts AO3's HTML download, so the first document carries the preface, one
 * document holds each chapter, and the last the afterword) is read like that HTML: its spine's documents are
 * joined in order and read by {@link Ao3HtmlParser}, the package's metadata filling in only what the preface
 * lacks. Any other EPUB is read from its package ({@link OpfPackage}): title, creators, language, subjects as
 * additional tags (those beyond AO3's limits left out), the description as summary, the date and source as where
 * it came from, a Calibre or EPUB 3 series; and one chapter for each spine document with text, skipping the
 * navigation document, covers, title pages and tables of contents, titled by the table of contents or the
 * document's first heading.
 *
 * <p>Stateless and thread-safe. Every problem is an {@link ImportException} naming the file inside the EPUB and
 * the line or chapter where known; oversized or zip-bomb archives are refused by {@link EpubReader}.
 */
public final class EpubParser {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|br|div|em|i|b|strong|span|a)\\b[^>]*>");
    private static final Set<String> NOT_STORY_TYPES = Set.of("cover", "titlepage", "toc", "landmarks", "loi", "lot");

    private record Part(OpfPackage.SpineItem item, Element body) {}

    private EpubParser() {}

    /**
     * Parses an EPUB.
     *
     * @param fileName the file's name, the title of last resort
     * @param content the file's bytes
     * @param defaultFandom the fandom for a story that names none; null for none
     * @throws ImportException when the file is not an EPUB, is damaged, encrypted, too big, has no text, or breaks
     *     one of AO3's limits
     */
    public static ParsedStory parse(String fileName, byte[] content, @Nullable String defaultFandom) {
        EpubReader.Archive archive = EpubReader.read(content);
        if (archive.has("word/document.xml")) {
            throw new ImportException(
                    "this is a Word document (.docx); save it as plain text (.txt) or EPUB to import it", "");
        }
        if (!archive.mimetype().equals(EpubReader.MEDIA_TYPE) && !archive.has("META-INF/container.xml")) {
            throw new ImportException(
                    "a zip archive, but not an EPUB: it has no mimetype " + EpubReader.MEDIA_TYPE, "");
        }
        OpfPackage opf = OpfPackage.read(archive);
        refuseEncrypted(archive, opf);
        List<Part> parts = new ArrayList<>();
        for (OpfPackage.SpineItem item : opf.spine()) {
            byte[] bytes = archive.file(item.path());
            if (bytes == null) {
                throw new ImportException("the spine names " + item.path() + ", which is not in the EPUB", opf.path());
            }
            if (item.nav()) continue;
            Document doc = Xml.parseDocument(bytes, item.xhtml());
            Element body = doc.selectFirst("body");
            if (body == null) body = Xml.parseDocument(bytes, false).body();
            body.attr(Markup.FILE_ATTRIBUTE, item.path());
            parts.add(new Part(item, body));
        }
        StoryDraft draft = ao3(parts) ? fromAo3(parts, opf) : generic(parts, opf);
        return draft.build(fileName, defaultFandom);
    }

    /** Whether AO3 made the book: one of its documents holds AO3's preface. */
    private static boolean ao3(List<Part> parts) {
        for (Part p : parts) {
            Element preface = p.body().selectFirst("#preface");
            if (preface != null && preface.selectFirst("dl dt") != null) return true;
        }
        return false;
    }

    private static StoryDraft fromAo3(List<Part> parts, OpfPackage opf) {
        Document joined = Markup.compact(Document.createShell(""));
        for (Part p : parts) {
            Element file = joined.body()
                    .appendElement("div")
                    .attr(Markup.FILE_ATTRIBUTE, p.item().path());
            for (Node n : new ArrayList<>(p.body().childNodes())) file.appendChild(n);
        }
        var draft = new StoryDraft();
        Ao3HtmlParser.read(joined.body(), draft);
        OpfPackage.Metadata m = opf.metadata();
        if (draft.title.isBlank()) draft.title = m.title();
        if (draft.author == null && !m.creators().isEmpty()) draft.author = String.join(", ", m.creators());
        return draft;
    }

    private static StoryDraft generic(List<Part> parts, OpfPackage opf) {
        OpfPackage.Metadata m = opf.metadata();
        var draft = new StoryDraft();
        draft.title = m.title();
        draft.titlePlace = opf.path();
        if (!m.creators().isEmpty()) draft.author = String.join(", ", m.creators());
        draft.language(m.language(), opf.path());
        for (String subject : m.subjects()) {
            if (!subject.equalsIgnoreCase("Fanworks")) draft.tags.addIfFits(Type.FREEFORM, subject);
        }
        if (!m.description().isEmpty()) {
            draft.summary = HTML_TAG.matcher(m.description()).find()
                    ? UserHtml.sanitize(m.description())
                    : TextFormat.PLAIN.toHtml(m.description());
            draft.summaryPlace = opf.path();
        }
        if (m.source().matches("(?i)^https?://\\S+$")) draft.url = m.source();
        if (!draft.url.isEmpty()) draft.archive = m.publisher();
        draft.published = date(m.date());
        if (draft.published == null && !m.date().isBlank() && !calibreNoDate(m.date())) {
            draft.unreadableDates.add("dc:date " + m.date().strip());
        }
        if (!m.series().isEmpty()) draft.series.add(new ParsedStory.SeriesPart(m.series(), part(m.seriesIndex())));

        for (Part p : parts) {
            String path = p.item().path();
            if (!p.item().linear() || opf.notStory().contains(path) || notStory(p.body())) continue;
            if (!Markup.hasContent(p.body())) continue;
            if (draft.chapterCount() == 0 && titlePage(p.body(), m)) continue;
            chapter(p.body(), opf.titles().get(path), draft);
        }
        if (draft.chapterCount() == 0) {
            throw new ImportException(
                    "no chapter with text: none of the EPUB's " + parts.size() + " documents has any", opf.path());
        }
        return draft;
    }

    /**
     * One spine document as a chapter, titled by the table of contents or its leading heading; a document with a
     * heading and nothing else (a part's title page) is none.
     */
    private static void chapter(Element body, @Nullable String tocTitle, StoryDraft draft) {
        Element heading = leadingHeading(body);
        String headingText = heading == null ? "" : Markup.text(heading);
        String title = tocTitle != null ? tocTitle : headingText;
        if (heading != null && (tocTitle == null || same(tocTitle, headingText))) heading.remove();
        String chapterTitle = LineKinds.chapterTitle(title);
        title = chapterTitle == null ? title : chapterTitle;
        if (title.length() > StoryDraft.MAX_TITLE) title = title.substring(0, StoryDraft.MAX_TITLE - 1) + "…";
        String html = Markup.hasContent(body) ? Markup.innerHtml(body) : "";
        if (!StoryDraft.hasContent(html)) return; // a heading alone: a part's title page
        draft.chapter(new ParsedChapter(title, html), Markup.chapterPlace(draft.chapterCount() + 1, body));
    }

    /** The heading the document opens with (nothing with text before it), or null. */
    private static @Nullable Element leadingHeading(Element body) {
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4")) {
                return Markup.text(e).isEmpty() ? null : e;
            }
            if (!e.ownText().isBlank() || e.nameIs("img")) return null;
        }
        return null;
    }

    private static boolean same(String a, String b) {
        String x = bare(a);
        String y = bare(b);
        return !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    private static String bare(String s) {
        return s.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** A document that says what it is in EPUB 3 terms: a cover, title page or table of contents. */
    private static boolean notStory(Element body) {
        for (Element e : List.of(body, body.children().isEmpty() ? body : body.child(0))) {
            for (String type : e.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (NOT_STORY_TYPES.contains(type)) return true;
            }
        }
        return false;
    }

    /** A document with nothing but the book's title and creators: a title page. */
    private static boolean titlePage(Element body, OpfPackage.Metadata m) {
        if (m.title().isEmpty()) return false;
        String text = " " + bare(body.text()) + " ";
        text = text.replace(" " + bare(m.title()) + " ", " ");
        for (String c : m.creators()) text = text.replace(" " + bare(c) + " ", " ");
        return text.replaceAll("\\b(?:by|and)\\b", " ").isBlank();
    }

    private static @Nullable LocalDate date(String value) {
        Matcher d = DATE.matcher(value.strip());
        if (!d.find() || Integer.parseInt(d.group(1)) < 1000) return null;
        return Ao3Preface.date(d.group());
    }

    /** Calibre's "no date": a year before 1000 (it writes 0101-01-01). */
    private static boolean calibreNoDate(String value) {
        Matcher d = DATE.matcher(value.strip());
        return d.find() && Integer.parseInt(d.group(1)) < 1000;
    }

    private static @Nullable Integer part(String index) {
        Matcher m = Pattern.compile("^(\\d{1,6})(?:\\.0*)?$").matcher(index.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    /** An EPUB whose story documents are encrypted (DRM) cannot be read; obfuscated fonts alone are fine. */
    private static void refuseEncrypted(EpubReader.Archive archive, OpfPackage opf) {
        byte[] encryption = archive.file("META-INF/encryption.xml");
        if (encryption == null) return;
        Set<String> encrypted = new HashSet<>();
        for (Element ref : Xml.parse(encryption).select("CipherReference[URI]")) {
            encrypted.add(Xml.resolve("", ref.attr("URI")));
        }
        for (OpfPackage.SpineItem item : opf.spine()) {
            if (encrypted.contains(item.path())) {
                throw new ImportException(
                        "the EPUB is protected by DRM (its text is encrypted); only DRM-free EPUBs can be imported",
                        item.path());
            }
        }
    }
}
