package org.fanfold.backup;

import java.time.Instant;
import java.util.List;
import org.fanfold.accounts.Pseud;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.Chapter;
import org.fanfold.works.Gift;
import org.fanfold.works.SeriesPart;
import org.fanfold.works.Work;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * One work's entry in an export's {@code works.json}: its metadata, tags by type, series, gifts, statistics and its
 * chapters' titles and word counts (never the text: that is in the EPUB beside it), links absolute.
 */
final class ExportedWorks {

    private ExportedWorks() {}

    /** What the entry needs, without the chapters' text. */
    record Entry(
            WorkView view,
            List<ChapterLine> chapters,
            @Nullable String file,
            @Nullable String fileError) {}

    record ChapterLine(
            long id,
            int position,
            String title,
            int words,
            boolean posted,
            @Nullable Long publishedAt) {
        static ChapterLine of(Chapter c) {
            return new ChapterLine(c.id(), c.position(), c.title(), c.wordCount(), c.posted(), c.publishedAt());
        }
    }

    static void write(JsonGenerator json, Entry entry, String siteUrl) {
        WorkView view = entry.view();
        Work w = view.work();
        json.writeStartObject();
        json.writeNumberProperty("id", w.id());
        json.writeStringProperty("url", siteUrl + w.url());
        json.writeStringProperty("title", w.title());
        json.writeStringProperty("file", entry.file());
        if (entry.fileError() != null) json.writeStringProperty("fileError", entry.fileError());
        json.writeStringProperty("status", w.posted() ? "posted" : "draft");
        json.writeBooleanProperty("restricted", w.restricted());
        json.writeBooleanProperty("hiddenByAdmin", w.hiddenByAdmin());
        strings(json, "creators", view.creators().stream().map(Pseud::byline).toList());
        if (w.importedAuthor() != null) json.writeStringProperty("importedAuthor", w.importedAuthor());
        json.writeStringProperty("rating", view.rating());
        tags(json, "warnings", view.tags(TagType.ARCHIVE_WARNING));
        tags(json, "categories", view.tags(TagType.CATEGORY));
        tags(json, "fandoms", view.tags(TagType.FANDOM));
        tags(json, "relationships", view.tags(TagType.RELATIONSHIP));
        tags(json, "characters", view.tags(TagType.CHARACTER));
        tags(json, "additionalTags", view.tags(TagType.FREEFORM));
        json.writeStringProperty("language", w.language());
        json.writeStringProperty("summary", w.summary());
        json.writeStringProperty("notes", w.notes());
        json.writeStringProperty("endNotes", w.endNotes());
        json.writeArrayPropertyStart("series");
        for (SeriesPart s : view.series()) {
            json.writeStartObject();
            json.writeNumberProperty("id", s.seriesId());
            json.writeStringProperty("title", s.title());
            json.writeNumberProperty("part", s.position());
            json.writeStringProperty("url", siteUrl + s.url());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "gifts", view.gifts().stream().map(Gift::name).toList());
        json.writeNumberProperty("words", w.wordCount());
        json.writeStringProperty("chapterCount", w.chaptersLabel());
        json.writeBooleanProperty("complete", w.complete());
        json.writeStringProperty("published", time(w.publishedAt()));
        json.writeStringProperty("updated", time(w.updatedAt()));
        json.writeObjectPropertyStart("stats");
        json.writeNumberProperty("hits", w.hits());
        json.writeNumberProperty("kudos", w.kudosCount());
        json.writeNumberProperty("comments", w.commentsCount());
        json.writeNumberProperty("bookmarks", w.bookmarksCount());
        json.writeEndObject();
        json.writeArrayPropertyStart("chapters");
        for (ChapterLine c : entry.chapters()) {
            json.writeStartObject();
            json.writeNumberProperty("id", c.id());
            json.writeNumberProperty("position", c.position());
            json.writeStringProperty("title", c.title());
            json.writeNumberProperty("words", c.words());
            json.writeBooleanProperty("posted", c.posted());
            json.writeStringProperty("published", time(c.publishedAt()));
            json.writeStringProperty("url", siteUrl + "/works/" + w.id() + "/chapters/" + c.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void tags(JsonGenerator json, String name, List<Tag> tags) {
        strings(json, name, tags.stream().map(Tag::name).toList());
    }

    static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String v : values) json.writeString(v);
        json.writeEndArray();
    }

    static @Nullable String time(@Nullable Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }
}
