package org.fanfold.tags;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fanfold.shared.ReadThroughCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * AO3's fandom directory as wrangling made it: the media categories (canonical Media tags) and the canonical
 * fandoms wranglers gave each one as a parent. Fandoms with no media parent are AO3's "Uncategorized Fandoms".
 * The media themselves are kept in memory, for every page's header menu lists them ({@link #media()}); the rest is
 * read from the database on each call (how many works each fandom has is the search engine's to say). Thread-safe.
 */
@Component
public class MediaTags {

    /** AO3's name for the fandoms no wrangler has given a medium: shown as a medium of its own, last. */
    public static final String UNCATEGORIZED = "Uncategorized Fandoms";

    /** AO3's medium for fandoms of no media at all: never listed among the media. */
    static final String NO_MEDIA = "No Media";

    private static final String COLUMNS = "t.id, t.name, t.type, t.canonical, t.merger_id";

    private final JdbcClient jdbc;
    /**
     * {@link #media()}, one row: dropped when wrangling commits a change to any tag ({@link #evict}), and read again
     * after a minute at most, for what another process changes (a second server, {@code fanfold generate}).
     */
    private final ReadThroughCache<Boolean, List<Tag>> media = ReadThroughCache.kept(1, Duration.ofMinutes(1));

    MediaTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The root-relative URL of the fandoms of the medium called {@code name}: {@code /media/{name}/fandoms}. */
    public static String fandomsUrl(String name) {
        return "/media/" + TagNames.pathSegment(name) + "/fandoms";
    }

    /**
     * The media categories by name, without AO3's two that are no media ("No Media", "Uncategorized Fandoms"). Kept
     * in memory (every page's header lists them): a change shows once its transaction commits, or within a minute
     * when another process made it. Read past memory inside a transaction.
     */
    public List<Tag> media() {
        return media.get(true, k -> read());
    }

    /** Drops the media kept in memory: a tag's name, type or canonical flag changed (call once that commits). */
    void evict() {
        media.evict(List.of(true));
    }

    private List<Tag> read() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags t WHERE t.type = 'Media' AND t.canonical = 1"
                        + " AND t.name_key NOT IN (?, ?) ORDER BY t.name_key")
                .params(TagNames.key(UNCATEGORIZED), TagNames.key(NO_MEDIA))
                .query(TagService::map)
                .list();
    }

    /** The medium called {@code name} (case and spacing ignored), when it is one of {@link #media()}. */
    public Optional<Tag> medium(String name) {
        String key = TagNames.key(name);
        return media().stream().filter(m -> TagNames.key(m.name()).equals(key)).findFirst();
    }

    /**
     * The ids of each medium's child tags (fandoms, canonical or not), by the medium's id; a medium without any is
     * absent. Ids only, read from the link table alone: the media page needs the names of a few of them.
     */
    public Map<Long, List<Long>> fandomIdsByMedium() {
        var byMedium = new LinkedHashMap<Long, List<Long>>();
        jdbc.sql("SELECT p.parent_id, p.child_id FROM tags m JOIN parent_taggings p ON p.parent_id = m.id"
                        + " WHERE m.type = 'Media' AND m.canonical = 1")
                .query(rs -> {
                    byMedium.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return byMedium;
    }

    /** The medium's canonical fandoms, in no order. */
    public List<Tag> fandoms(Tag medium) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parent_taggings p JOIN tags t ON t.id = p.child_id"
                        + " WHERE p.parent_id = ? AND t.type = 'Fandom' AND t.canonical = 1")
                .param(medium.id())
                .query(TagService::map)
                .list();
    }

    /**
     * The fandoms with no medium (or only AO3's "Uncategorized Fandoms", should a tag of that name exist), newest
     * first: the canonical ones, and the unwrangled ones (neither canonical nor
     * a synonym) that a posted work meeting {@code visibleWork} carries — an SQL condition on that work's row,
     * aliased {@code w}, as the works module's visibility predicate writes it, so a draft's or a restricted work's
     * new fandom is not shown to those who may not see the work. (Whether a canonical one is in use is for the
     * caller to tell from its count of works.) Only those {@code keep} accepts, at most {@code limit}: the rows
     * are read until that many are kept.
     */
    public List<Tag> uncategorized(String visibleWork, Predicate<Tag> keep, int limit) {
        try (Stream<Tag> rows = jdbc
                .sql("SELECT " + COLUMNS + " FROM tags t WHERE t.type = 'Fandom' AND t.merger_id IS NULL"
                        // the filed fandoms read once as a set, not looked up for each fandom
                        + " AND t.id NOT IN (SELECT p.child_id FROM tags m JOIN parent_taggings p"
                        + " ON p.parent_id = m.id WHERE m.type = 'Media' AND m.name_key <> ?)"
                        + " AND (t.canonical = 1 OR EXISTS (SELECT 1 FROM work_tags wt JOIN works w ON w.id = wt.work_id"
                        + " WHERE wt.tag_id = t.id AND w.posted = 1 AND " + visibleWork + "))"
                        + " ORDER BY t.created_at DESC, t.id DESC")
                .param(TagNames.key(UNCATEGORIZED))
                .query(TagService::map)
                .stream()) {
            return rows.filter(keep).limit(limit).toList(); // read lazily: stops at the limit
        }
    }
}
