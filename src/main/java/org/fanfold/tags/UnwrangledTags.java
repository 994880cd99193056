package org.fanfold.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wranglers' to-do lists. A tag is unwrangled when it is not canonical, no synonym and has no fandom parent; it
 * belongs to a fandom's list when it is on a work tagged with the fandom (or one of its synonyms). Thread-safe.
 */
@Component
public class UnwrangledTags {

    /** An unwrangled tag, how many of the fandom's works carry it, and when it was made (epoch millis). */
    public record Count(Tag tag, long works, long createdAt) {}

    /** A fandom and how many unwrangled tags its works carry. */
    public record FandomCount(Tag fandom, long unwrangled) {}

    private static final String UNWRANGLED = "t.canonical = 0 AND t.merger_id IS NULL AND NOT EXISTS ("
            + "SELECT 1 FROM parent_taggings p JOIN tags pt ON pt.id = p.parent_id"
            + " WHERE p.child_id = t.id AND pt.type = 'Fandom')";
    /** The tags on works tagged with the fandom (parameters: its id twice) that are unwrangled. */
    private static final String FANDOMS_TAGS = " FROM tags f JOIN work_tags wf ON wf.tag_id = f.id"
            + " JOIN work_tags wt ON wt.work_id = wf.work_id JOIN tags t ON t.id = wt.tag_id"
            + " WHERE (f.id = ? OR f.merger_id = ?) AND " + UNWRANGLED;

    private static final String CHILD_TYPES = "t.type IN ('Character', 'Relationship', 'Freeform')";

    private final JdbcClient jdbc;
    private final TagService tags;

    UnwrangledTags(JdbcClient jdbc, TagService tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    /**
     * One page of a fandom's unwrangled tags of one type, with how many of each type there are.
     *
     * @param counts how many unwrangled tags of each of {@link #types()} the fandom's works carry
     * @param shown the type listed
     * @param tags the page of them, with work counts
     */
    public record Listing(Map<TagType, Long> counts, TagType shown, Paged<Count> tags) {}

    /**
     * The unwrangled tags of type {@code show} on the fandom's works (or, when null, of the first type that has
     * any), in {@code order}, page {@code page} of {@code size}; a page past the end is the last page.
     */
    public Listing inFandom(Tag fandom, @Nullable TagType show, UnwrangledOrder order, int page, int size) {
        var counts = new LinkedHashMap<TagType, Long>(); // in types()' order, AO3's
        for (TagType t : types()) counts.put(t, 0L);
        jdbc.sql("SELECT t.type, COUNT(DISTINCT t.id) AS n" + FANDOMS_TAGS + " AND " + CHILD_TYPES + " GROUP BY t.type")
                .params(fandom.id(), fandom.id())
                .query(rs -> {
                    counts.put(TagType.fromDb(rs.getString(1)), rs.getLong(2));
                });
        TagType shown = show != null && counts.containsKey(show)
                ? show
                : types().stream().filter(t -> counts.get(t) > 0).findFirst().orElse(TagType.CHARACTER);
        long total = counts.get(shown);
        int last = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.min(page, last);
        List<Count> rows = jdbc.sql("SELECT t.id, t.name, t.type, t.canonical, t.merger_id, t.name_key, t.created_at,"
                        + " COUNT(DISTINCT wt.work_id) AS n" + FANDOMS_TAGS + " AND t.type = ?"
                        + " GROUP BY t.id, t.name, t.type, t.canonical, t.merger_id, t.name_key, t.created_at"
                        + " ORDER BY " + order.sql() + " LIMIT ? OFFSET ?")
                .params(fandom.id(), fandom.id(), shown.dbName(), size, (long) (p - 1) * size)
                .query((rs, n) -> new Count(TagService.map(rs, n), rs.getLong("n"), rs.getLong("created_at")))
                .list();
        return new Listing(counts, shown, new Paged<>(rows, total, p, size));
    }

    /**
     * Fandoms whose works carry unwrangled characters, relationships or additional tags, with how many; synonyms'
     * works count for their canonical fandom. Most to do first.
     */
    public List<FandomCount> fandoms(int limit) {
        List<long[]> rows = jdbc.sql("SELECT COALESCE(f.merger_id, f.id) AS fid, COUNT(DISTINCT t.id) AS n"
                        + " FROM tags f JOIN work_tags wf ON wf.tag_id = f.id"
                        + " JOIN work_tags wt ON wt.work_id = wf.work_id JOIN tags t ON t.id = wt.tag_id"
                        + " WHERE f.type = 'Fandom' AND " + CHILD_TYPES + " AND " + UNWRANGLED
                        + " GROUP BY COALESCE(f.merger_id, f.id) ORDER BY n DESC, fid LIMIT ?")
                .param(limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        var byId = tags.byIds(rows.stream().map(r -> r[0]).toList());
        var out = new ArrayList<FandomCount>();
        for (long[] r : rows) {
            Tag f = byId.get(r[0]);
            if (f != null) out.add(new FandomCount(f, r[1]));
        }
        return out;
    }

    /** Unwrangled fandoms themselves (no canonical, no synonym, no media parent), by name. */
    public List<Tag> fandomsToWrangle(int limit) {
        return jdbc.sql("SELECT t.id, t.name, t.type, t.canonical, t.merger_id FROM tags t"
                        + " WHERE t.type = 'Fandom' AND t.canonical = 0 AND t.merger_id IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM parent_taggings p WHERE p.child_id = t.id)"
                        + " ORDER BY t.name_key LIMIT ?")
                .param(limit)
                .query(TagService::map)
                .list();
    }

    /** The types a fandom's unwrangled list shows, in AO3's order. */
    public static List<TagType> types() {
        return List.of(TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM);
    }
}
