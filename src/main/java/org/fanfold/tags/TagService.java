package org.fanfold.tags;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fanfold.shared.IdChunks;
import org.fanfold.shared.ReadThroughCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds and creates tags. Thread-safe; tags read by id are cached. {@link #findOrCreate} joins the caller's
 * transaction so a work and the tags it introduced commit together (and a new tag with its words).
 */
@Service
public class TagService {

    private static final String COLUMNS = "id, name, type, canonical, merger_id";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TagWords words;
    /** Tags by id; served inside transactions too (wrangling reads past it: {@link #fresh}). */
    private final ReadThroughCache<Long, Tag> cached = new ReadThroughCache<>(
            Caffeine.newBuilder().maximumSize(50_000).build(), ReadThroughCache.InTransaction.USE_KEPT);
    /**
     * Tag ids by name key, for the tag pages' URLs: a hint, checked against {@link #byId} (which wrangling evicts)
     * on every use, so a renamed tag's old name misses; not used inside a transaction, which may have renamed one.
     */
    private final Cache<String, Long> idByKey =
            Caffeine.newBuilder().maximumSize(50_000).build();

    TagService(JdbcClient jdbc, Clock clock, TagWords words) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.words = words;
    }

    /**
     * The tag called {@code name} (case and spacing ignored), created with {@code type} if there is none. An
     * existing tag keeps its own type, as on AO3: one name is one tag.
     *
     * @throws IllegalArgumentException when the name breaks the tag rules ({@link TagNames#problem})
     */
    @Transactional
    public Tag findOrCreate(String name, TagType type) {
        String problem = TagNames.problem(name);
        if (problem != null) throw new IllegalArgumentException(problem);
        String clean = TagNames.clean(name);
        String key = TagNames.key(clean);
        int created = jdbc.sql("INSERT INTO tags (name, name_key, type, canonical, created_at) VALUES (?, ?, ?, 0, ?)"
                        + " ON CONFLICT (name_key) DO NOTHING")
                .params(clean, key, type.dbName(), clock.millis())
                .update();
        Tag tag = findByKey(key).orElseThrow();
        if (created == 1) words.add(tag.id(), key);
        return tag;
    }

    /** The tag with this name, case and spacing ignored. */
    public Optional<Tag> find(String name) {
        return findByKey(TagNames.key(name));
    }

    private Optional<Tag> findByKey(String key) {
        boolean cache = cacheable();
        Long id = cache ? idByKey.getIfPresent(key) : null;
        if (id != null) {
            Optional<Tag> tag = byId(id).filter(t -> TagNames.key(t.name()).equals(key));
            if (tag.isPresent()) return tag;
            idByKey.invalidate(key);
        }
        Optional<Tag> tag = jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE name_key = ?")
                .param(key)
                .query(TagService::map)
                .optional();
        if (cache) tag.ifPresent(t -> idByKey.put(key, t.id()));
        return tag;
    }

    /**
     * Whether what was just read may be cached: not inside a transaction, which may yet roll back — and on SQLite a
     * rolled-back tag's id is given to the next new tag, which a cached copy would then show under the old name.
     */
    private static boolean cacheable() {
        return !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** The tag with this id. */
    public Optional<Tag> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    /**
     * The canonical tag a synonym leads to; empty for a tag that is no synonym (or whose canonical is gone). Its
     * pages, listing, feeds and API answer under that tag instead.
     */
    public Optional<Tag> mergedInto(Tag tag) {
        if (tag.mergerId() == null) return Optional.empty();
        return byId(tag.mergerId()).filter(canonical -> canonical.id() != tag.id());
    }

    /** The tag with this id as the database holds it now, bypassing the cache (for wrangling transactions). */
    Optional<Tag> fresh(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE id = ?")
                .param(id)
                .query(TagService::map)
                .optional();
    }

    /** The tags with these ids, by id; unknown ids are absent. */
    public Map<Long, Tag> byIds(Collection<Long> ids) {
        return cached.getAll(ids, this::byIdsUncached);
    }

    /**
     * The tags with these ids as the database holds them, past the cache (which this leaves alone): for a reindex,
     * which reads far more tags than the cache holds. Unknown ids are absent.
     */
    public Map<Long, Tag> byIdsUncached(Collection<Long> ids) {
        var found = new HashMap<Long, Tag>();
        IdChunks.forEach(
                ids,
                in -> jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE id IN (" + in + ")")
                        .query(TagService::map)
                        .list()
                        .forEach(t -> found.put(t.id(), t)));
        return found;
    }

    /** The canonical tags of a type in id order: the fixed ratings, warnings and categories, as forms list them. */
    public List<Tag> canonical(TagType type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE type = ? AND canonical = 1 ORDER BY id")
                .param(type.dbName())
                .query(TagService::map)
                .list();
    }

    /**
     * Canonical tags of {@code type} whose name starts with {@code prefix} (or has a word starting with it), by
     * name; at most {@code limit}. Unwrangled tags and synonyms are never suggested, as on AO3 (a form still takes
     * any name typed).
     */
    public List<Tag> autocomplete(TagType type, String prefix, int limit) {
        return autocomplete(List.of(type), prefix, limit);
    }

    /**
     * Canonical tags of any of {@code types} matching {@code prefix} (case and spacing ignored), at most {@code
     * limit}: the tag named exactly so first, then those whose name starts with it, then those with a later word
     * starting with it, each by name. So "Naruto" is offered before "Boruto: Naruto Next Generations" however many
     * tags mention it.
     */
    public List<Tag> autocomplete(Collection<TagType> types, String prefix, int limit) {
        String key = TagNames.key(prefix);
        if (key.isEmpty() || types.isEmpty()) return List.of();
        String like = escapeLike(key);
        String in = String.join(
                ", ", types.stream().map(t -> "'" + t.dbName() + "'").toList());
        return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE type IN (" + in + ") AND canonical = 1"
                        + " AND (name_key LIKE ? ESCAPE '!' OR name_key LIKE ? ESCAPE '!')"
                        + " ORDER BY CASE WHEN name_key = ? THEN 0 WHEN name_key LIKE ? ESCAPE '!' THEN 1 ELSE 2 END,"
                        + " name_key LIMIT ?")
                .params(like + "%", "% " + like + "%", key, like + "%", limit)
                .query(TagService::map)
                .list();
    }

    /**
     * A number that changes whenever a tag changes here ({@link #evict}): what was made of tags read while it stayed
     * the same is current until it moves ({@link ReadThroughCache#version}).
     */
    public long version() {
        return cached.version();
    }

    /** Forgets cached tags, after wrangling changed them. */
    public void evict(Collection<Long> ids) {
        cached.evict(ids); // names cached in idByKey are checked against byId
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static Tag map(ResultSet rs, int row) throws SQLException {
        long merger = rs.getLong("merger_id");
        Long mergerId = rs.wasNull() ? null : merger;
        return new Tag(
                rs.getLong("id"),
                rs.getString("name"),
                TagType.fromDb(rs.getString("type")),
                rs.getInt("canonical") == 1,
                mergerId);
    }
}
