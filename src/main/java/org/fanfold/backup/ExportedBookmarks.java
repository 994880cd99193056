package org.fanfold.backup;

import java.util.List;
import org.fanfold.accounts.Pseud;
import org.fanfold.community.Bookmark;
import org.fanfold.community.BookmarkBlurb;
import org.fanfold.community.BookmarkItem;
import org.fanfold.tags.Tag;
import tools.jackson.core.JsonGenerator;

/**
 * One bookmark's entry in an export's {@code bookmarks.json}: the bookmarker's notes, tags and flags, and what it
 * bookmarks — its title, creators and address, or only its kind and address when it was deleted or is hidden now.
 */
final class ExportedBookmarks {

    private ExportedBookmarks() {}

    static void write(JsonGenerator json, BookmarkBlurb blurb, String siteUrl) {
        Bookmark b = blurb.bookmark();
        BookmarkItem item = blurb.item();
        json.writeStartObject();
        json.writeNumberProperty("id", b.id());
        json.writeStringProperty("url", siteUrl + b.url());
        json.writeStringProperty("pseud", blurb.pseud().byline());
        json.writeStringProperty("created", ExportedWorks.time(b.createdAt()));
        json.writeStringProperty("updated", ExportedWorks.time(b.updatedAt()));
        json.writeStringProperty("notes", b.notes());
        ExportedWorks.strings(json, "tags", blurb.tags().stream().map(Tag::name).toList());
        json.writeBooleanProperty("private", b.isPrivate());
        json.writeBooleanProperty("rec", b.rec());
        json.writeObjectPropertyStart("item");
        json.writeStringProperty("type", item.kind().dbName());
        json.writeNumberProperty("id", item.id());
        json.writeStringProperty("url", siteUrl + item.url());
        json.writeBooleanProperty("available", item.available());
        if (item.available()) {
            json.writeStringProperty("title", item.title());
            ExportedWorks.strings(json, "creators", creators(item));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Bylines, or "Anonymous" for a work whose creators the bookmarker may not see. */
    private static List<String> creators(BookmarkItem item) {
        List<Pseud> pseuds = item.work() != null
                ? item.work().creators()
                : item.series() != null ? item.series().creators() : List.of();
        if (pseuds.isEmpty()) return List.of("Anonymous");
        return pseuds.stream().map(Pseud::byline).toList();
    }
}
