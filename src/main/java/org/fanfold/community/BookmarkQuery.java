package org.fanfold.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;

/**
 * Which bookmarks a listing shows, and the SQL condition that picks them for one viewer. Every listing and count of
 * bookmarks goes through {@link #where}, so a page, its total and its tag counts always agree.
 *
 * @param userId only this user's bookmarks, or null
 * @param pseudId only those under this pseud, or null
 * @param kind with {@code itemId}: only bookmarks of this item, or null
 * @param tagIds only bookmarks carrying every one of these bookmarker's tags
 * @param recsOnly only recommendations
 */
record BookmarkQuery(
        @Nullable Long userId,
        @Nullable Long pseudId,
        BookmarkItem.@Nullable Kind kind,
        @Nullable Long itemId,
        List<Long> tagIds,
        boolean recsOnly) {

    /** An SQL condition on {@code bookmarks b} with its parameters. */
    record Where(String sql, List<Object> params) {}

    static BookmarkQuery ofUser(long userId, @Nullable Long pseudId, List<Long> tagIds, boolean recsOnly) {
        return new BookmarkQuery(userId, pseudId, null, null, tagIds, recsOnly);
    }

    /** Every bookmark the viewer may see (narrowed further by the caller's own condition). */
    static BookmarkQuery any() {
        return new BookmarkQuery(null, null, null, null, List.of(), false);
    }

    static BookmarkQuery ofItem(BookmarkItem.Kind kind, long itemId) {
        return new BookmarkQuery(null, null, kind, itemId, List.of(), false);
    }

    /**
     * The condition for {@code viewer}, leaving out bookmarks by {@code mutedUserIds}.
     *
     * <p>A viewer sees a bookmark when it is public or their own, and they may see what it bookmarks: the work (by
     * {@link WorkVisibility}, the one predicate), or for a series at least one of its works. Their own bookmarks are
     * always listed to them, also of items since deleted or hidden, so they keep their notes and can remove them.
     */
    Where where(Viewer viewer, Collection<Long> mutedUserIds, WorkVisibility visibility) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (userId != null) {
            sql.append(" AND b.user_id = ?");
            params.add(userId);
        }
        if (pseudId != null) {
            sql.append(" AND b.pseud_id = ?");
            params.add(pseudId);
        }
        if (kind != null && itemId != null) {
            sql.append(" AND b.item_type = ? AND b.item_id = ?");
            params.add(kind.dbName());
            params.add(itemId);
        }
        for (long tagId : tagIds) {
            sql.append(" AND EXISTS (SELECT 1 FROM bookmark_tags q WHERE q.bookmark_id = b.id AND q.tag_id = ?)");
            params.add(tagId);
        }
        if (recsOnly) sql.append(" AND b.rec = 1");
        if (!mutedUserIds.isEmpty()) {
            sql.append(" AND b.user_id NOT IN (")
                    .append(String.join(
                            ",", mutedUserIds.stream().map(String::valueOf).toList()))
                    .append(")");
        }
        String work = visibility.sqlCondition("w", viewer);
        String visible = "((b.item_type = 'Work' AND EXISTS (SELECT 1 FROM works w WHERE w.id = b.item_id AND "
                + work + ")) OR (b.item_type = 'Series' AND EXISTS (SELECT 1 FROM series_works sw JOIN works w"
                + " ON w.id = sw.work_id WHERE sw.series_id = b.item_id AND " + work + ")))";
        if (viewer.userId() == null) {
            sql.append(" AND b.private = 0 AND ").append(visible);
        } else {
            sql.append(" AND (b.user_id = ? OR (b.private = 0 AND ")
                    .append(visible)
                    .append("))");
            params.add(viewer.userId());
        }
        return new Where(sql.toString(), List.copyOf(params));
    }
}
