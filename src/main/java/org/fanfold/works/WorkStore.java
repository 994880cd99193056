package org.fanfold.works;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.IdChunks;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for works, their chapters, creators and tags. Callers own the transactions. */
@Repository
class WorkStore {

    private static final String WORK_COLUMNS = "id, title, summary, notes, end_notes, language, expected_chapters,"
            + " posted, restricted, hidden_by_admin, in_anon_collection, in_unrevealed_collection, word_count,"
            + " chapter_count, hits, kudos_count, comments_count, bookmarks_count, imported_author, published_at,"
            + " updated_at, created_at";
    private static final String CHAPTER_COLUMNS = "id, work_id, position, title, summary, notes, end_notes, body,"
            + " word_count, posted, published_at, updated_at";

    private final JdbcClient jdbc;

    WorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertWork(WorkInput in, boolean posted, long now) {
        return jdbc.sql("INSERT INTO works (title, summary, notes, end_notes, language, expected_chapters, posted,"
                        + " restricted, imported_author, published_at, updated_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        in.title(),
                        in.summary(),
                        in.notes(),
                        in.endNotes(),
                        in.language(),
                        in.expectedChapters(),
                        posted ? 1 : 0,
                        in.restricted() ? 1 : 0,
                        in.importedAuthor(),
                        posted ? now : null,
                        now,
                        now)
                .query(Long.class)
                .single();
    }

    void updateWork(long id, WorkInput in, long now) {
        jdbc.sql("UPDATE works SET title = ?, summary = ?, notes = ?, end_notes = ?, language = ?,"
                        + " expected_chapters = ?, restricted = ?, updated_at = ? WHERE id = ?")
                .params(
                        in.title(),
                        in.summary(),
                        in.notes(),
                        in.endNotes(),
                        in.language(),
                        in.expectedChapters(),
                        in.restricted() ? 1 : 0,
                        now,
                        id)
                .update();
    }

    /** Posts a draft: the work and its chapters become visible, dated now. */
    void post(long id, long now) {
        jdbc.sql("UPDATE works SET posted = 1, published_at = ?, updated_at = ? WHERE id = ? AND posted = 0")
                .params(now, now, id)
                .update();
        jdbc.sql("UPDATE chapters SET posted = 1, published_at = ? WHERE work_id = ? AND posted = 0")
                .params(now, id)
                .update();
    }

    void setHidden(long id, boolean hidden) {
        jdbc.sql("UPDATE works SET hidden_by_admin = ? WHERE id = ?")
                .params(hidden ? 1 : 0, id)
                .update();
    }

    /** Sets the collection flags; returns whether they changed. */
    boolean setCollectionFlags(long id, boolean anonymous, boolean unrevealed) {
        return jdbc.sql("UPDATE works SET in_anon_collection = ?, in_unrevealed_collection = ? WHERE id = ?"
                                + " AND (in_anon_collection <> ? OR in_unrevealed_collection <> ?)")
                        .params(anonymous ? 1 : 0, unrevealed ? 1 : 0, id, anonymous ? 1 : 0, unrevealed ? 1 : 0)
                        .update()
                > 0;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM works WHERE id = ?").param(id).update();
    }

    Optional<Work> find(long id) {
        return jdbc.sql("SELECT " + WORK_COLUMNS + " FROM works WHERE id = ?")
                .param(id)
                .query(WorkStore::mapWork)
                .optional();
    }

    /** The works with these ids, in the order of {@code ids}; missing ids are skipped. */
    List<Work> findAll(List<Long> ids) {
        Map<Long, Work> byId = new HashMap<>();
        IdChunks.forEach(
                ids,
                in -> jdbc.sql("SELECT " + WORK_COLUMNS + " FROM works WHERE id IN (" + in + ")")
                        .query(WorkStore::mapWork)
                        .list()
                        .forEach(w -> byId.put(w.id(), w)));
        List<Work> out = new ArrayList<>(ids.size());
        for (long id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    /** A user's unposted works, newest first. */
    List<Long> draftIds(long userId) {
        return jdbc.sql("SELECT w.id FROM works w WHERE w.posted = 0 AND EXISTS (SELECT 1 FROM creatorships c"
                        + " JOIN pseuds p ON p.id = c.pseud_id WHERE c.work_id = w.id AND p.user_id = ?)"
                        + " ORDER BY w.updated_at DESC, w.id DESC")
                .param(userId)
                .query(Long.class)
                .list();
    }

    /** Every work credited to one of the user's pseuds, drafts included, oldest first. */
    List<Long> creditedIds(long userId) {
        return jdbc.sql("SELECT DISTINCT c.work_id FROM creatorships c JOIN pseuds p ON p.id = c.pseud_id"
                        + " WHERE p.user_id = ? ORDER BY c.work_id")
                .param(userId)
                .query(Long.class)
                .list();
    }

    void setCreators(long workId, List<Long> pseudIds) {
        jdbc.sql("DELETE FROM creatorships WHERE work_id = ?").param(workId).update();
        int position = 0;
        for (long pseudId : pseudIds) {
            jdbc.sql("INSERT INTO creatorships (work_id, pseud_id, position) VALUES (?, ?, ?)")
                    .params(workId, pseudId, position++)
                    .update();
        }
    }

    /** Pseud ids per work, in credit order. */
    Map<Long, List<Long>> creatorPseudIds(Collection<Long> workIds) {
        return creators(workIds).pseudIds();
    }

    /** The user ids behind each work's pseuds. */
    Map<Long, List<Long>> creatorUserIds(Collection<Long> workIds) {
        return creators(workIds).userIds();
    }

    /** Each work's pseud ids and the user ids behind them, both in credit order, read together in one query. */
    Creators creators(Collection<Long> workIds) {
        Map<Long, List<Long>> pseudIds = new LinkedHashMap<>();
        Map<Long, List<Long>> userIds = new LinkedHashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT c.work_id, c.pseud_id, p.user_id FROM creatorships c"
                                + " JOIN pseuds p ON p.id = c.pseud_id WHERE c.work_id IN (" + in + ")"
                                + " ORDER BY c.work_id, c.position")
                        .query(rs -> {
                            long workId = rs.getLong(1);
                            pseudIds.computeIfAbsent(workId, k -> new ArrayList<>())
                                    .add(rs.getLong(2));
                            userIds.computeIfAbsent(workId, k -> new ArrayList<>())
                                    .add(rs.getLong(3));
                        }));
        return new Creators(pseudIds, userIds, Map.of());
    }

    /** As {@link #creators}, with the pseuds themselves read in the same query: what blurbs and index entries show. */
    Creators credits(Collection<Long> workIds) {
        Map<Long, List<Long>> pseudIds = new LinkedHashMap<>();
        Map<Long, List<Long>> userIds = new LinkedHashMap<>();
        Map<Long, Pseud> pseuds = new HashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT " + Accounts.PSEUD_COLUMNS + ", c.work_id FROM creatorships c"
                                + " JOIN pseuds p ON p.id = c.pseud_id JOIN users u ON u.id = p.user_id"
                                + " WHERE c.work_id IN (" + in + ") ORDER BY c.work_id, c.position")
                        .query(rs -> {
                            Pseud pseud = Accounts.mapPseud(rs, 0);
                            long workId = rs.getLong(PSEUD_COLUMN_COUNT + 1);
                            pseudIds.computeIfAbsent(workId, k -> new ArrayList<>())
                                    .add(pseud.id());
                            userIds.computeIfAbsent(workId, k -> new ArrayList<>())
                                    .add(pseud.userId());
                            pseuds.putIfAbsent(pseud.id(), pseud);
                        }));
        return new Creators(pseudIds, userIds, pseuds);
    }

    private static final int PSEUD_COLUMN_COUNT = Accounts.PSEUD_COLUMNS.split(",").length;

    /**
     * Pseud ids and the user ids behind them per work, each list in credit order.
     *
     * @param pseuds the pseuds by id, when read with them ({@link #credits}); else empty
     */
    record Creators(Map<Long, List<Long>> pseudIds, Map<Long, List<Long>> userIds, Map<Long, Pseud> pseuds) {}

    void setTags(long workId, Collection<Long> tagIds) {
        jdbc.sql("DELETE FROM work_tags WHERE work_id = ?").param(workId).update();
        for (long tagId : tagIds) {
            jdbc.sql("INSERT INTO work_tags (work_id, tag_id) VALUES (?, ?)")
                    .params(workId, tagId)
                    .update();
        }
    }

    Map<Long, List<Long>> tagIds(Collection<Long> workIds) {
        return multiMap(
                workIds, "SELECT work_id, tag_id FROM work_tags WHERE work_id IN (%s) ORDER BY work_id, tag_id");
    }

    // chapters

    long insertChapter(long workId, int position, ChapterInput in, boolean posted, long now) {
        return jdbc.sql("INSERT INTO chapters (work_id, position, title, summary, notes, end_notes, body, word_count,"
                        + " posted, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(
                        workId,
                        position,
                        in.title(),
                        in.summary(),
                        in.notes(),
                        in.endNotes(),
                        in.body(),
                        in.wordCount(),
                        posted ? 1 : 0,
                        posted ? now : null,
                        now,
                        now)
                .query(Long.class)
                .single();
    }

    void updateChapter(long chapterId, ChapterInput in, long now) {
        jdbc.sql("UPDATE chapters SET title = ?, summary = ?, notes = ?, end_notes = ?, body = ?, word_count = ?,"
                        + " updated_at = ? WHERE id = ?")
                .params(in.title(), in.summary(), in.notes(), in.endNotes(), in.body(), in.wordCount(), now, chapterId)
                .update();
    }

    void deleteChapter(long chapterId) {
        jdbc.sql("DELETE FROM chapters WHERE id = ?").param(chapterId).update();
    }

    void setChapterPosition(long chapterId, int position) {
        jdbc.sql("UPDATE chapters SET position = ? WHERE id = ?")
                .params(position, chapterId)
                .update();
    }

    List<Chapter> chapters(long workId) {
        return jdbc.sql("SELECT " + CHAPTER_COLUMNS + " FROM chapters WHERE work_id = ? ORDER BY position, id")
                .param(workId)
                .query(WorkStore::mapChapter)
                .list();
    }

    /** The plain-text source of search documents: work id → its posted chapters' bodies in order. */
    Map<Long, List<String>> chapterBodies(Collection<Long> workIds) {
        Map<Long, List<String>> out = new HashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT work_id, body FROM chapters WHERE work_id IN (" + in
                                + ") AND posted = 1 ORDER BY work_id, position")
                        .query((rs, n) -> {
                            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                            return null;
                        })
                        .list());
        return out;
    }

    // for a full reindex: which works, and their fandoms for the order they are read in

    /** Every posted work's id, ascending. */
    long[] postedIds() {
        var ids = new ArrayList<Long>();
        jdbc.sql("SELECT id FROM works WHERE posted = 1 ORDER BY id").query(rs -> {
            ids.add(rs.getLong(1));
        });
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Each fandom tag of each work, drafts included, as {@code (work id, the fandom's canonical id)} (a synonym is
     * read as its canonical), for {@link RebuildOrder}, which skips works it does not order: checking each work's
     * row here made the query 35 times slower on a million works (15 s against 0.4 s).
     */
    void forEachFandomOfWork(FandomOfWork each) {
        jdbc.sql("SELECT wt.work_id, COALESCE(t.merger_id, t.id) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id"
                        + " WHERE t.type = ?")
                .param(TagType.FANDOM.dbName())
                .query(rs -> {
                    each.accept(rs.getLong(1), rs.getLong(2));
                });
    }

    /** Receives one work's fandom. */
    interface FandomOfWork {
        void accept(long workId, long fandomId);
    }

    /** Recounts a work's posted chapters and words after its chapters changed. */
    void recount(long workId) {
        jdbc.sql("UPDATE works SET chapter_count = (SELECT COUNT(*) FROM chapters WHERE work_id = ? AND posted = 1),"
                        + " word_count = (SELECT COALESCE(SUM(word_count), 0) FROM chapters WHERE work_id = ?"
                        + " AND posted = 1) WHERE id = ?")
                .params(workId, workId, workId)
                .update();
    }

    /** A work never shows more chapters than expected ("2/1"): a planned count that was passed grows to match. */
    void raiseExpectedChapters(long workId) {
        jdbc.sql("UPDATE works SET expected_chapters = chapter_count WHERE id = ? AND expected_chapters IS NOT NULL"
                        + " AND expected_chapters < chapter_count")
                .param(workId)
                .update();
    }

    void touch(long workId, long now) {
        jdbc.sql("UPDATE works SET updated_at = ? WHERE id = ?")
                .params(now, workId)
                .update();
    }

    /** Adds hits to a work's total and to its count for {@code epochDay} (days since 1970-01-01, UTC). */
    void addHits(long workId, long hits, long epochDay) {
        jdbc.sql("UPDATE works SET hits = hits + ? WHERE id = ?")
                .params(hits, workId)
                .update();
        // INSERT … SELECT, so a work deleted since its hits were counted adds no row (and breaks no foreign key).
        jdbc.sql("INSERT INTO work_hits_daily (work_id, day, hits) SELECT id, ?, ? FROM works WHERE id = ?"
                        + " ON CONFLICT (work_id, day) DO UPDATE SET hits = work_hits_daily.hits + excluded.hits")
                .params(epochDay, hits, workId)
                .update();
    }

    // helpers

    private Map<Long, List<Long>> multiMap(Collection<Long> ids, String sqlWithIn) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        IdChunks.forEach(
                ids,
                in -> jdbc.sql(sqlWithIn.formatted(in))
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .list()
                        .forEach(p -> out.computeIfAbsent(p[0], k -> new ArrayList<>())
                                .add(p[1])));
        return out;
    }

    static Work mapWork(ResultSet rs, int row) throws SQLException {
        int expected = rs.getInt("expected_chapters");
        Integer expectedChapters = rs.wasNull() ? null : expected;
        long published = rs.getLong("published_at");
        Long publishedAt = rs.wasNull() ? null : published;
        return new Work(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("notes"),
                rs.getString("end_notes"),
                rs.getString("language"),
                expectedChapters,
                rs.getInt("posted") == 1,
                rs.getInt("restricted") == 1,
                rs.getInt("hidden_by_admin") == 1,
                rs.getInt("in_anon_collection") == 1,
                rs.getInt("in_unrevealed_collection") == 1,
                rs.getInt("word_count"),
                rs.getInt("chapter_count"),
                rs.getLong("hits"),
                rs.getLong("kudos_count"),
                rs.getLong("comments_count"),
                rs.getLong("bookmarks_count"),
                rs.getString("imported_author"),
                publishedAt,
                rs.getLong("updated_at"),
                rs.getLong("created_at"));
    }

    static Chapter mapChapter(ResultSet rs, int row) throws SQLException {
        long published = rs.getLong("published_at");
        @Nullable Long publishedAt = rs.wasNull() ? null : published;
        return new Chapter(
                rs.getLong("id"),
                rs.getLong("work_id"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("notes"),
                rs.getString("end_notes"),
                rs.getString("body"),
                rs.getInt("word_count"),
                rs.getInt("posted") == 1,
                publishedAt,
                rs.getLong("updated_at"));
    }
}
