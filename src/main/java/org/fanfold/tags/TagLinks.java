package org.fanfold.tags;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tag's wrangling links read straight from the database (not the cached graph), for edit pages and for the checks
 * inside wrangling transactions. Thread-safe.
 */
@Component
public class TagLinks {

    private static final String COLUMNS = "t.id, t.name, t.type, t.canonical, t.merger_id";

    private final JdbcClient jdbc;

    TagLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The synonyms of a canonical tag, by name. */
    public List<Tag> synonyms(long tagId) {
        return list("SELECT " + COLUMNS + " FROM tags t WHERE t.merger_id = ? ORDER BY t.name_key", tagId);
    }

    /** The tag's direct meta tags, by name. */
    public List<Tag> metaTags(long tagId) {
        return list(
                "SELECT " + COLUMNS + " FROM meta_taggings m JOIN tags t ON t.id = m.meta_id WHERE m.sub_id = ?"
                        + " ORDER BY t.name_key",
                tagId);
    }

    /** The tag's direct sub tags, by name. */
    public List<Tag> subTags(long tagId) {
        return list(
                "SELECT " + COLUMNS + " FROM meta_taggings m JOIN tags t ON t.id = m.sub_id WHERE m.meta_id = ?"
                        + " ORDER BY t.name_key",
                tagId);
    }

    /** The tag's parents (a character's fandoms…), by type then name. */
    public List<Tag> parents(long tagId) {
        return list(
                "SELECT " + COLUMNS + " FROM parent_taggings p JOIN tags t ON t.id = p.parent_id WHERE p.child_id = ?"
                        + " ORDER BY t.type, t.name_key",
                tagId);
    }

    /** The tag's children (a fandom's characters…), by type then name, at most {@code limit}. */
    public List<Tag> children(long tagId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parent_taggings p JOIN tags t ON t.id = p.child_id"
                        + " WHERE p.parent_id = ? ORDER BY t.type, t.name_key LIMIT ?")
                .params(tagId, limit)
                .query(TagService::map)
                .list();
    }

    /** Every meta tag above the tag, transitively, read with a recursive query. */
    Set<Long> ancestors(long tagId) {
        return new LinkedHashSet<>(jdbc.sql("WITH RECURSIVE up(id) AS ("
                        + " SELECT meta_id FROM meta_taggings WHERE sub_id = ?"
                        + " UNION SELECT m.meta_id FROM meta_taggings m JOIN up ON m.sub_id = up.id)"
                        + " SELECT id FROM up")
                .param(tagId)
                .query(Long.class)
                .list());
    }

    /** Whether the tag has synonyms, meta or sub tags, parents or children. */
    boolean hasAnyLinks(long tagId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM tags WHERE merger_id = ?)"
                                + " + (SELECT COUNT(*) FROM meta_taggings WHERE meta_id = ? OR sub_id = ?)"
                                + " + (SELECT COUNT(*) FROM parent_taggings WHERE parent_id = ? OR child_id = ?)")
                        .params(tagId, tagId, tagId, tagId, tagId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<Tag> list(String sql, long tagId) {
        return jdbc.sql(sql).param(tagId).query(TagService::map).list();
    }
}
