package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the chapters of an AO3 download, as AO3's {@code downloads/show} and {@code _download_chapter} write them:
 * a one-shot is {@code div#chapters} holding an {@code h2.toc-heading} and a {@code div.userstuff}; a chaptered
 * work gives each chapter a {@code div.meta.group} (an {@code h2.heading} "Chapter 2: Title", then "Chapter
 * Summary" and "Chapter Notes" each followed by a blockquote), its text in a {@code div.userstuff}, and its end
 * notes in a {@code div.meta} with the id {@code endnotesN}.
 *
 * <p>The reader walks the top-level blocks in order rather than expecting that nesting, because Calibre, making
 * AO3's EPUBs, splits the HTML into one file per chapter and unwraps the ancestors of each split point: chapter 1
 * stays inside {@code div#chapters}, the others stand at the top of their own files, and a chapter split for size
 * continues as loose paragraphs at the top of the next file. So: a meta group opens a chapter, a
 * {@code div.userstuff} or any other block with content adds to the open chapter's text, an end-notes block
 * closes it; wrappers ({@code div#chapters}, the marked spine files) are walked through.
 */
final class Ao3Chapters {

    /** A chapter as read, before its fields are checked. */
    private static final class Chapter {
        final int number;
        final String title;
        final @Nullable Element start;
        String summary = "";
        String notes = "";
        String endNotes = "";
        final StringBuilder body = new StringBuilder();

        Chapter(int number, String title, @Nullable Element start) {
            this.number = number;
            this.title = title;
            this.start = start;
        }
    }

    private final List<Chapter> chapters = new ArrayList<>();

    private Ao3Chapters() {}

    /** Reads every chapter under {@code root} (leaving out the preface and afterword) into {@code draft}. */
    static void read(Element root, StoryDraft draft) {
        var reader = new Ao3Chapters();
        reader.walk(root);
        for (Chapter c : reader.chapters) {
            String place = Markup.chapterPlace(c.number, c.start);
            draft.chapter(new ParsedChapter(c.title, c.summary, c.notes, c.endNotes, c.body.toString()), place);
        }
    }

    private void walk(Element container) {
        for (Element e : container.children()) {
            String id = e.id();
            if (id.equals("preface") || id.equals("afterword")) continue;
            if (id.equals("chapters") || e.hasAttr(Markup.FILE_ATTRIBUTE)) {
                walk(e);
            } else if (e.nameIs("div") && Markup.hasClass(e, "meta") && heading(e) != null) {
                open(e);
            } else if (e.nameIs("div") && Markup.hasClass(e, "meta") && endNotes(e)) {
                Chapter c = current(e);
                Element quote = e.selectFirst("blockquote");
                c.endNotes = Markup.innerHtml(quote);
            } else if (e.nameIs("h2") && Markup.hasClass(e, "toc-heading")) {
                chapters.add(new Chapter(chapters.size() + 1, "", e));
            } else if (e.nameIs("div") && Markup.hasClass(e, "userstuff")) {
                current(e).body.append(Markup.innerHtml(e));
            } else if (Markup.hasContent(e)) {
                current(e).body.append(Markup.outerHtml(e));
            }
        }
    }

    /** A meta group: the chapter heading, then the chapter summary and notes. */
    private void open(Element meta) {
        Element h2 = heading(meta);
        String heading = h2 == null ? "" : Markup.text(h2);
        String title = LineKinds.chapterTitle(heading);
        Chapter c = new Chapter(chapters.size() + 1, title == null ? heading : title, meta);
        for (Element p : meta.select("p")) {
            if (!Markup.frame(p)) continue;
            String label = Markup.label(p);
            Element quote = p.nextElementSibling();
            if (quote == null || !quote.nameIs("blockquote")) continue;
            if (label.equals("chapter summary")) c.summary = Markup.innerHtml(quote);
            else if (label.equals("chapter notes")) c.notes = Markup.innerHtml(quote);
        }
        chapters.add(c);
    }

    private static @Nullable Element heading(Element meta) {
        for (Element child : meta.children()) {
            if (child.nameIs("h2")) return child;
        }
        return null;
    }

    private static boolean endNotes(Element meta) {
        if (meta.id().matches("endnotes\\d*")) return true;
        for (Element p : meta.select("p")) {
            if (Markup.frame(p) && Markup.label(p).equals("chapter end notes")) return true;
        }
        return false;
    }

    /** The chapter text goes into: the open one, or a first one when text comes before any heading. */
    private Chapter current(Element at) {
        if (chapters.isEmpty()) chapters.add(new Chapter(1, "", at));
        return chapters.getLast();
    }
}
