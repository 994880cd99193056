package org.fanfold.downloads.book;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Formats;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.Chapter;
import org.fanfold.works.SeriesPart;
import org.fanfold.works.Work;
import org.fanfold.works.WorkView;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Book} for one format: converts every user-written field to XHTML ({@link UserXhtml}), links the
 * footnotes across the whole book ({@link Anchors}; for EPUB across its files), and gathers the preface's metadata
 * as AO3 shows it. Stateless and thread-safe.
 */
public final class BookBuilder {

    /** The tag types a download lists, in AO3's order. */
    private static final List<TagType> SHOWN = List.of(
            TagType.RATING,
            TagType.ARCHIVE_WARNING,
            TagType.CATEGORY,
            TagType.FANDOM,
            TagType.RELATIONSHIP,
            TagType.CHARACTER,
            TagType.FREEFORM);

    private BookBuilder() {}

    public static Book build(BookSource source, DownloadFormat format) {
        WorkView view = source.view();
        Work w = view.work();
        URI base = URI.create(source.workUrl());
        UserXhtml.Images images = format == DownloadFormat.HTML ? UserXhtml.Images.KEEP : UserXhtml.Images.AS_LINKS;
        Fields fields = new Fields(base, images);
        List<Chapter> chapters = source.chapters();
        int afterword = chapters.size() + 1;

        Element summary = fields.parse(w.summary(), 0);
        Element notes = fields.parse(w.notes(), 0);
        List<Element[]> chapterFields = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            int part = i + 1;
            chapterFields.add(new Element[] {
                fields.parse(c.summary(), part),
                fields.parse(c.notes(), part),
                fields.parse(c.body(), part),
                fields.parse(c.endNotes(), part)
            });
        }
        Element endNotes = fields.parse(w.endNotes(), afterword);
        Anchors.link(
                fields.fragments,
                format == DownloadFormat.EPUB ? part -> fileOfPart(part, chapters.size()) : null,
                format == DownloadFormat.EPUB);

        boolean chaptered = chapters.size() > 1 || w.expectedChapters() == null || w.expectedChapters() != 1;
        List<BookChapter> bookChapters = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            Element[] f = chapterFields.get(i);
            bookChapters.add(new BookChapter(
                    i + 1,
                    c.position(),
                    text(chaptered ? c.heading() : w.title()),
                    chapterFile(i + 1),
                    xhtml(f[0]),
                    xhtml(f[1]),
                    xhtml(f[3]),
                    xhtml(f[2])));
        }

        String site = source.siteUrl();
        List<Book.Link> creators = new ArrayList<>();
        List<String> creatorNames = new ArrayList<>();
        for (Pseud p : view.creators()) {
            creators.add(new Book.Link(text(p.byline()), site + p.url()));
            creatorNames.add(text(p.byline()));
        }
        if (w.importedAuthor() != null) creatorNames = List.of(text(w.importedAuthor()));

        List<Book.TagGroup> tagGroups = new ArrayList<>();
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add("Fanworks");
        for (TagType type : SHOWN) {
            List<Tag> tags = view.tags(type);
            if (tags.isEmpty()) continue;
            List<Book.Link> links = new ArrayList<>();
            for (Tag t : tags) {
                links.add(new Book.Link(text(t.name()), site + t.url()));
                subjects.add(text(t.name()));
            }
            tagGroups.add(new Book.TagGroup(tagLabel(type, tags.size()), links));
        }
        List<Book.SeriesEntry> series = new ArrayList<>();
        for (SeriesPart s : view.series())
            series.add(new Book.SeriesEntry(text(s.title()), site + s.url(), s.position()));

        String workUrl = source.workUrl();
        return new Book(
                w.id(),
                "urn:uuid:" + UUID.nameUUIDFromBytes(workUrl.getBytes(StandardCharsets.UTF_8)),
                text(w.title()),
                List.copyOf(creators),
                List.copyOf(creatorNames),
                w.importedAuthor() == null ? null : text(w.importedAuthor()),
                workUrl,
                workUrl,
                text(source.siteName()),
                site + "/",
                w.language(),
                view.languageName(),
                view.rightToLeft(),
                List.copyOf(tagGroups),
                view.tags(TagType.FANDOM).stream().map(t -> text(t.name())).toList(),
                List.copyOf(series),
                view.published(),
                view.updatedSincePosted() ? (w.complete() ? "Completed" : "Updated") : null,
                view.updated(),
                Formats.number(w.wordCount()),
                w.chaptersLabel(),
                xhtml(summary),
                summary == null ? "" : summary.text(),
                xhtml(notes),
                xhtml(endNotes),
                chaptered,
                List.copyOf(bookChapters),
                List.copyOf(subjects),
                Instant.ofEpochMilli(w.updatedAt()));
    }

    /** The EPUB file of a book part: the preface (0), chapter {@code n} (1…), the afterword (after the last). */
    static String fileOfPart(int part, int chapters) {
        if (part == 0) return "preface.xhtml";
        return part > chapters ? "afterword.xhtml" : chapterFile(part);
    }

    static String chapterFile(int index) {
        return String.format("chapter-%03d.xhtml", index);
    }

    /** AO3's heading for a tag list: "Fandom:" or "Fandoms:", "Category:" or "Categories:". */
    static String tagLabel(TagType type, int count) {
        String label = type.label();
        if (count == 1 || label.endsWith("s")) return label + ":";
        return (label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s") + ":";
    }

    /**
     * Plain text as XML allows it: without the control characters a form may have let through (XML 1.0 forbids
     * them, and one would make an EPUB unreadable).
     */
    static String text(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == 0x9 || c == 0xA || c == 0xD;
            if (allowed && !Character.isSurrogate(c)) {
                if (out != null) out.append(c);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) out.append(c).append(s.charAt(i + 1));
                i++;
            } else if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String xhtml(@Nullable Element root) {
        return root == null ? "" : root.html();
    }

    /** Parses the fields of one book, remembering them for linking. */
    private static final class Fields {
        final URI base;
        final UserXhtml.Images images;
        final List<Anchors.Fragment> fragments = new ArrayList<>();

        Fields(URI base, UserXhtml.Images images) {
            this.base = base;
            this.images = images;
        }

        @Nullable
        Element parse(String html, int part) {
            if (html == null || html.isBlank()) return null;
            Element root = UserXhtml.parse(html, base, images);
            fragments.add(new Anchors.Fragment(part, root));
            return root;
        }
    }
}
