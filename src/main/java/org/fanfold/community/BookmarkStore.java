package org.fanfold.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for bookmarks and their tags. Callers own the transactions. */
@Repository
class BookmarkStore {

    static final String COLUMNS =
            "b.id, b.user_id, b.pseud_id, b.item_type, b.item_id, b.notes, b.private, b.rec, b.created_at, b.updated_at";

    private final JdbcClient jdbc;

    BookmarkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a bookmark unless the user has one of this item; returns the new id, or empty when they had one. */
    Optional<Long> insert(
            long userId,
            long pseudId,
            BookmarkItem.Kind kind,
            long itemId,
            String notes,
            boolean isPrivate,
            boolean rec,
            long now) {
        return jdbc.sql("INSERT INTO bookmarks (user_id, pseud_id, item_type, item_id, notes, private, rec,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, item_type, item_id) DO NOTHING RETURNING id")
                .params(userId, pseudId, kind.dbName(), itemId, notes, isPrivate ? 1 : 0, rec ? 1 : 0, now, now)
                .query(Long.class)
                .optional();
    }

    void update(long id, long pseudId, String notes, boolean isPrivate, boolean rec, long now) {
        jdbc.sql("UPDATE bookmarks SET pseud_id = ?, notes = ?, private = ?, rec = ?, updated_at = ? WHERE id = ?")
                .params(pseudId, notes, isPrivate ? 1 : 0, rec ? 1 : 0, now, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM bookmarks WHERE id = ?").param(id).update();
    }

    Optional<Bookmark> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bookmarks b WHERE b.id = ?")
                .param(id)
                .query(BookmarkStore::map)
                .optional();
    }

    /** The user's bookmark of this item, if they have one. */
    Optional<Bookmark> find(long userId, BookmarkItem.Kind kind, long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bookmarks b WHERE b.user_id = ? AND b.item_type = ?"
                        + " AND b.item_id = ?")
                .params(userId, kind.dbName(), itemId)
                .query(BookmarkStore::map)
                .optional();
    }

    /** The bookmarks with these ids, in the order of {@code ids}; missing ids are skipped. */
    List<Bookmark> findAll(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, Bookmark> byId = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM bookmarks b WHERE b.id IN (" + numbers(ids) + ")")
                .query(BookmarkStore::map)
                .list()
                .forEach(b -> byId.put(b.id(), b));
        List<Bookmark> out = new ArrayList<>(ids.size());
        for (long id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    void setTags(long bookmarkId, List<Long> tagIds) {
        jdbc.sql("DELETE FROM bookmark_tags WHERE bookmark_id = ?")
                .param(bookmarkId)
                .update();
        int position = 0;
        for (long tagId : tagIds) {
            jdbc.sql("INSERT INTO bookmark_tags (bookmark_id, tag_id, position) VALUES (?, ?, ?)")
                    .params(bookmarkId, tagId, position++)
                    .update();
        }
    }

    /** Each bookmark's tag ids, in the order they were typed. */
    Map<Long, List<Long>> tagIds(Collection<Long> bookmarkIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (bookmarkIds.isEmpty()) return out;
        jdbc.sql("SELECT bookmark_id, tag_id FROM bookmark_tags WHERE bookmark_id IN (" + numbers(bookmarkIds)
                        + ") ORDER BY bookmark_id, position")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    /**
     * Sets the work's {@code bookmarks_count} to its public bookmarks, as counted now.
     *
     * @return whether the count changed (false too when the work is gone)
     */
    boolean recountWork(long workId) {
        int changed = jdbc.sql(
                        "UPDATE works SET bookmarks_count = (SELECT COUNT(*) FROM bookmarks"
                                + " WHERE item_type = 'Work' AND item_id = ? AND private = 0) WHERE id = ? AND bookmarks_count"
                                + " <> (SELECT COUNT(*) FROM bookmarks WHERE item_type = 'Work' AND item_id = ? AND private = 0)")
                .params(workId, workId, workId)
                .update();
        return changed > 0;
    }

    // listings: conditions from BookmarkQuery

    long count(BookmarkQuery.Where where) {
        return jdbc.sql("SELECT COUNT(*) FROM bookmarks b WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** How many matching bookmarks each of these items of one kind has; items with none are absent. */
    Map<Long, Long> countsByItem(BookmarkItem.Kind kind, Collection<Long> itemIds, BookmarkQuery.Where where) {
        Map<Long, Long> out = new HashMap<>();
        if (itemIds.isEmpty()) return out;
        List<Object> params = new ArrayList<>();
        params.add(kind.dbName());
        params.addAll(where.params());
        jdbc.sql("SELECT b.item_id, COUNT(*) FROM bookmarks b WHERE b.item_type = ? AND b.item_id IN ("
                        + numbers(itemIds) + ") AND " + where.sql() + " GROUP BY b.item_id")
                .params(params)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** A page of bookmark ids, newest bookmark first. */
    List<Long> ids(BookmarkQuery.Where where, int limit, long offset) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT b.id FROM bookmarks b WHERE " + where.sql()
                        + " ORDER BY b.created_at DESC, b.id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The tags most used on the matching bookmarks, with how many carry each: tag id → count, most first. */
    Map<Long, Long> tagCounts(BookmarkQuery.Where where, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT bt.tag_id, COUNT(*) AS n FROM bookmark_tags bt JOIN bookmarks b ON b.id = bt.bookmark_id"
                        + " WHERE " + where.sql() + " GROUP BY bt.tag_id ORDER BY n DESC, bt.tag_id LIMIT ?")
                .params(params)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** Ids are numbers, so a list of them is safe to write into SQL. */
    private static String numbers(Collection<Long> ids) {
        return String.join(",", ids.stream().distinct().map(String::valueOf).toList());
    }

    static Bookmark map(ResultSet rs, int row) throws SQLException {
        return new Bookmark(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getLong("pseud_id"),
                BookmarkItem.Kind.fromDb(rs.getString("item_type")),
                rs.getLong("item_id"),
                rs.getString("notes"),
                rs.getInt("private") == 1,
                rs.getInt("rec") == 1,
                rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }
}
