package org.fanfold.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wranglers' to-do lists. A tag is unwrangled when it is not canonical, no synonym and has no fandom parent; it
 * belongs to a fandom's list when it is on a work tagged with the fandom (or one of its synonyms). Thread-safe.
 */
@Component
public class UnwrangledTags {

    /** An unwrangled tag and how many of the fandom's works carry it. */
    public record Count(Tag tag, long works) {}

    /** A fandom and how many unwrangled tags its works carry. */
    public record FandomCount(Tag fandom, long unwrangled) {}

    private static final String UNWRANGLED = "t.canonical = 0 AND t.merger_id IS NULL AND NOT EXISTS ("
            + "SELECT 1 FROM parent_taggings p JOIN tags pt ON pt.id = p.parent_id"
            + " WHERE p.child_id = t.id AND pt.type = 'Fandom')";
    private static final String CHILD_TYPES = "t.type IN ('Character', 'Relationship', 'Freeform')";

    private final JdbcClient jdbc;
    private final TagService tags;

    UnwrangledTags(JdbcClient jdbc, TagService tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    /** The unwrangled tags of {@code type} on the fandom's works, by name, with their work counts. */
    public List<Count> inFandom(Tag fandom, TagType type, int limit) {
        return jdbc.sql("SELECT t.id, t.name, t.type, t.canonical, t.merger_id, t.name_key,"
                        + " COUNT(DISTINCT wt.work_id) AS n"
                        + " FROM tags f JOIN work_tags wf ON wf.tag_id = f.id"
                        + " JOIN work_tags wt ON wt.work_id = wf.work_id JOIN tags t ON t.id = wt.tag_id"
                        + " WHERE (f.id = ? OR f.merger_id = ?) AND t.type = ? AND " + UNWRANGLED
                        + " GROUP BY t.id, t.name, t.type, t.canonical, t.merger_id, t.name_key"
                        + " ORDER BY t.name_key LIMIT ?")
                .params(fandom.id(), fandom.id(), type.dbName(), limit)
                .query((rs, n) -> new Count(TagService.map(rs, n), rs.getLong("n")))
                .list();
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
    public static Collection<TagType> types() {
        return List.of(TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM);
    }
}
