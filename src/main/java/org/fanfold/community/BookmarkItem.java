package org.fanfold.community;

import org.fanfold.works.SeriesView;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * What a bookmark points at, as the viewer sees it: a work or a series, or neither when it was deleted or the
 * viewer may no longer see it (then only the bookmark's owner is shown the bookmark, without the item).
 */
public record BookmarkItem(
        Kind kind,
        long id,
        @Nullable WorkView work,
        @Nullable SeriesView series) {

    /** The kinds of things one bookmarks, with the names AO3 stores and uses in URLs. */
    public enum Kind {
        WORK("Work", "works"),
        SERIES("Series", "series");

        private final String dbName;
        private final String path;

        Kind(String dbName, String path) {
            this.dbName = dbName;
            this.path = path;
        }

        /** The stored {@code item_type}: Work or Series. */
        public String dbName() {
            return dbName;
        }

        /** The class AO3 gives a bookmark blurb with the item's id: work-123, series-45. */
        public String cssClass() {
            return this == WORK ? "work" : "series";
        }

        public static Kind fromDb(String name) {
            for (Kind k : values()) if (k.dbName.equals(name)) return k;
            throw new IllegalArgumentException("unknown bookmark item type " + name);
        }
    }

    public static BookmarkItem of(WorkView work) {
        return new BookmarkItem(Kind.WORK, work.work().id(), work, null);
    }

    public static BookmarkItem of(SeriesView series) {
        return new BookmarkItem(Kind.SERIES, series.series().id(), null, series);
    }

    public static BookmarkItem unavailable(Kind kind, long id) {
        return new BookmarkItem(kind, id, null, null);
    }

    public boolean available() {
        return work != null || series != null;
    }

    /** {@code /works/{id}} or {@code /series/{id}}. */
    public String url() {
        return "/" + kind.path + "/" + id;
    }

    /** The item's public bookmarks: {@code /works/{id}/bookmarks}. */
    public String bookmarksUrl() {
        return url() + "/bookmarks";
    }

    /** The item's title, or "" when it is unavailable. */
    public String title() {
        if (work != null) return work.work().title();
        return series != null ? series.series().title() : "";
    }
}
