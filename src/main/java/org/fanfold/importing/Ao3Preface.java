package org.fanfold.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.importing.TagCollector.Type;
import org.fanfold.shared.UserHtml;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the preface of an AO3 download ({@code div#preface}, as AO3's {@code _download_preface} writes it) into a
 * {@link StoryDraft}: the title ({@code h1}), the work's address ("Posted originally on the … at URL"), the tags
 * ({@code dl.tags}: a {@code dt} label such as "Rating:", "Archive Warnings:", "Fandoms:", "Additional Tags:",
 * then a {@code dd} of links), the language, the series ("Part 2 of …"), the stats (published, updated or
 * completed, chapters "3/5"), the byline ({@code div.byline}), and the summary and notes (a {@code p} label then
 * a {@code blockquote}). Related works ("Inspired by …") go to the notes. Class names are matched as Calibre
 * rewrites them, so the preface of an AO3 EPUB reads the same.
 */
final class Ao3Preface {

    private static final Pattern WORK_URL = Pattern.compile("(?i)^https?://[^/\\s]+/works/\\d+/?$");
    private static final Pattern STAT =
            Pattern.compile("(?i)(Published|Updated|Completed|Chapters|Words):\\s*([^\\s]+)");
    private static final Pattern PART = Pattern.compile("(?i)Part\\s+([\\d,]+)\\s+of\\s*$");
    private static final Pattern BYLINE_SUFFIX = Pattern.compile("\\s*[(\\[](?:imported|archived) by .*[)\\]]\\s*$");

    private Ao3Preface() {}

    /** Reads {@code preface} into {@code draft}. */
    static void read(Element preface, StoryDraft draft) {
        Element h1 =
                preface.select("h1").stream().filter(Markup::frame).findFirst().orElse(null);
        Element b =
                preface.select("p b").stream().filter(Markup::frame).findFirst().orElse(null);
        Element titled = h1 != null && !Markup.text(h1).isEmpty() ? h1 : b;
        if (titled != null) {
            draft.title = Markup.text(titled);
            draft.titlePlace = Markup.place(titled);
        }
        origin(preface, draft);
        Element tags = preface.select("dl").stream()
                .filter(dl -> Markup.hasClass(dl, "tags") && Markup.frame(dl))
                .findFirst()
                .orElseGet(() -> preface.select("dl").stream()
                        .filter(Markup::frame)
                        .findFirst()
                        .orElse(null));
        if (tags != null) tagList(tags, draft);
        Element byline = preface.select("div, p").stream()
                .filter(e -> Markup.hasClass(e, "byline") && Markup.frame(e))
                .findFirst()
                .orElse(null);
        if (byline != null) draft.author = byline(byline);
        labelled(preface, draft);
        for (Element li : preface.select("ul > li")) {
            if (!Markup.frame(li)) continue;
            String line = Markup.text(li);
            if (line.matches("(?i)^(?:Inspired by|A translation of|Translation into) .*")) {
                draft.notes.add(UserHtml.sanitize("<p>" + Markup.innerHtml(li) + "</p>"));
            }
        }
    }

    /** "Posted originally on the Archive of Our Own at https://…/works/123." */
    private static void origin(Element preface, StoryDraft draft) {
        for (Element a : preface.select("a[href]")) {
            if (!Markup.frame(a)) continue;
            String href = a.attr("href").strip();
            if (!WORK_URL.matcher(href).matches()) continue;
            draft.url = href;
            Element p = a.parent();
            Element site = p == null ? null : p.selectFirst("a[href]");
            if (site != null && site != a) {
                draft.archive = Markup.text(site);
                // AO3 writes "on the Archive of Our Own", Fanfold "on Fanfold": keep the article as written.
                if (site.previousSibling() instanceof TextNode before
                        && before.text().matches("(?is).*\\bthe\\s*$")) {
                    draft.archive = "the " + draft.archive;
                }
            }
            return;
        }
    }

    private static void tagList(Element dl, StoryDraft draft) {
        for (Element dt : dl.select("dt")) {
            Element dd = dt.nextElementSibling();
            if (dd == null || !dd.nameIs("dd")) continue;
            String label = Markup.label(dt);
            String place = Markup.place(dd);
            switch (label) {
                case "rating", "ratings" -> rating(names(dd), draft, place);
                case "archive warning", "archive warnings" -> {
                    for (String w : names(dd)) {
                        String warning = Warnings.of(w);
                        if (warning == null) draft.tags.add(Type.FREEFORM, w, place);
                        else if (!draft.warnings.contains(warning)) draft.warnings.add(warning);
                    }
                }
                case "category", "categories" -> {
                    for (String c : names(dd)) {
                        String category = TagLists.category(c);
                        if (category == null) draft.tags.add(Type.FREEFORM, c, place);
                        else if (!draft.categories.contains(category)) draft.categories.add(category);
                    }
                }
                case "fandom", "fandoms" -> names(dd).forEach(n -> draft.tags.add(Type.FANDOM, n, place));
                case "relationship", "relationships" ->
                    names(dd).forEach(n -> draft.tags.add(Type.RELATIONSHIP, n, place));
                case "character", "characters" -> names(dd).forEach(n -> draft.tags.add(Type.CHARACTER, n, place));
                case "additional tag", "additional tags", "freeform", "freeforms" ->
                    names(dd).forEach(n -> draft.tags.add(Type.FREEFORM, n, place));
                case "language" -> draft.language(Markup.text(dd), place);
                case "series" -> series(dd, draft);
                case "stats" -> stats(Markup.text(dd), draft, place);
                default -> {
                    // Collections and anything newer: not part of the work itself.
                }
            }
        }
    }

    private static void rating(List<String> names, StoryDraft draft, String place) {
        if (names.isEmpty()) return;
        String rating = Ratings.of(names.getFirst());
        if (rating == null) throw new ImportException("bad rating \"" + names.getFirst() + "\"", place);
        draft.rating = rating;
    }

    /** The tags of a {@code dd}: its links' texts, or its text split at commas when it has no links. */
    static List<String> names(Element dd) {
        List<String> names = new ArrayList<>();
        var links = dd.select("a");
        if (!links.isEmpty()) {
            for (Element a : links) {
                String n = Markup.text(a);
                if (!n.isEmpty()) names.add(n);
            }
            return names;
        }
        for (String n : Markup.text(dd).split(",")) {
            if (!n.isBlank()) names.add(n.strip());
        }
        return names;
    }

    /** "Part 2 of <a>Name</a>, Part 1 of <a>Other</a>". */
    private static void series(Element dd, StoryDraft draft) {
        StringBuilder before = new StringBuilder();
        for (Node n : dd.childNodes()) {
            if (n instanceof Element a && a.nameIs("a")) {
                Matcher m = PART.matcher(before.toString().replace('\u00a0', ' '));
                Integer part = m.find() ? number(m.group(1)) : null;
                String title = Markup.text(a);
                if (!title.isEmpty()) draft.series.add(new ParsedStory.SeriesPart(title, part));
                before.setLength(0);
            } else if (n instanceof TextNode t) {
                before.append(t.text());
            } else if (n instanceof Element e) {
                before.append(e.text());
            }
        }
    }

    /** "Published: 2020-01-02 Completed: 2020-03-04 Words: 1,234 Chapters: 3/3". */
    private static void stats(String text, StoryDraft draft, String place) {
        Matcher m = STAT.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "published" -> draft.published = date(m.group(), draft);
                case "updated" -> draft.updated = date(m.group(), draft);
                case "completed" -> {
                    draft.updated = date(m.group(), draft);
                    draft.complete = true;
                }
                case "chapters" -> chapters(value, draft, place);
                default -> {
                    // Words: the archive counts them itself.
                }
            }
        }
    }

    private static void chapters(String value, StoryDraft draft, String place) {
        String[] parts = value.split("/");
        if (parts.length != 2) return;
        Integer posted = number(parts[0]);
        Integer expected = number(parts[1]);
        draft.expectedChapters = expected;
        if (posted != null && expected != null) draft.complete = posted >= expected;
        else if (expected == null && parts[1].strip().equals("?")) draft.complete = false;
    }

    /** The date of a stat ("Published: 2020-01-02"); one that can't be read is kept, as written, in the draft. */
    private static @Nullable LocalDate date(String stat, StoryDraft draft) {
        LocalDate date = date(stat.substring(stat.indexOf(':') + 1));
        if (date == null) draft.unreadableDates.add(stat.strip());
        return date;
    }

    static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer number(String value) {
        String digits = value.replace(",", "").strip();
        if (!digits.matches("\\d{1,6}")) return null;
        return Integer.parseInt(digits);
    }

    /**
     * The creators of "by <a>alice</a>, <a>bob (robert)</a>", as "alice, bob (robert)". An archivist's import
     * ("Isiri [archived by archivist]" on AO3, "Isiri (imported by archivist)" here) names the author alone.
     */
    static @Nullable String byline(Element byline) {
        String text = Markup.text(byline).replaceFirst("(?i)^by\\s+", "");
        text = BYLINE_SUFFIX.matcher(text).replaceFirst("").strip();
        return text.isEmpty() ? null : text;
    }

    /** The summary and the notes: each a {@code p} label ("Summary", "Notes") followed by a blockquote. */
    private static void labelled(Element preface, StoryDraft draft) {
        for (Element p : preface.select("p")) {
            if (!Markup.frame(p)) continue;
            String label = Markup.label(p);
            if (!label.equals("summary") && !label.equals("notes")) continue;
            Element quote = p.nextElementSibling();
            if (quote == null || !quote.nameIs("blockquote")) continue;
            if (label.equals("summary")) {
                draft.summary = Markup.innerHtml(quote);
                draft.summaryPlace = Markup.place(quote);
            } else {
                draft.notes.addFirst(Markup.innerHtml(quote));
                draft.notesPlace = Markup.place(quote);
            }
        }
    }
}
