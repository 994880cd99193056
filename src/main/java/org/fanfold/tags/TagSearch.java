package org.fanfold.tags;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fanfold.shared.IdChunks;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * AO3's tag search over the tags themselves: by the starts of words of the name, by the fandoms wranglers put tags in, by type
 * and by wrangling status, sorted by name or by date created. Words are looked up in {@code tag_words} rather than
 * read from every name ({@link TagSearchPlan}). Thread-safe.
 */
@Component
public class TagSearch {

    /** The types a reader searches, as on AO3. */
    public static final List<TagType> TYPES =
            List.of(TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM);

    /** What wrangling made of a tag, as AO3's search form asks it ({@code tag_search[wrangling_status]}). */
    public enum Status {
        ANY("", "Any status", "1 = 1"),
        CANONICAL("canonical", "Canonical", "t.canonical = 1"),
        NONCANONICAL("noncanonical", "Non-canonical", "t.canonical = 0"),
        SYNONYMOUS("synonymous", "Synonymous", "t.canonical = 0 AND t.merger_id IS NOT NULL"),
        CANONICAL_SYNONYMOUS(
                "canonical_synonymous", "Canonical or synonymous", "(t.canonical = 1 OR t.merger_id IS NOT NULL)"),
        NONCANONICAL_NONSYNONYMOUS(
                "noncanonical_nonsynonymous",
                "Non-canonical and non-synonymous",
                "t.canonical = 0 AND t.merger_id IS NULL");

        private final String param;
        private final String label;
        /** The condition on the tag's row, aliased {@code t}. */
        final String sql;

        Status(String param, String label, String sql) {
            this.param = param;
            this.label = label;
            this.sql = sql;
        }

        /** The value in AO3's URLs. */
        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        /** The status a URL names ({@code canonical}, …), or any for what names none. */
        public static Status parse(@Nullable String value) {
            if (value == null) return ANY;
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (Status s : values()) if (s.param.equals(v)) return s;
            return ANY;
        }
    }

    /**
     * What to look for.
     *
     * @param words each must start a word of the name (any case): "dra" finds "Harry/Draco" and "Dragons"; none:
     *     any name
     * @param fandomIds the tag must have each of these fandoms as a parent
     * @param type the tag's type, or null for any of {@link #TYPES}
     */
    public record Criteria(
            List<String> words,
            List<Long> fandomIds,
            @Nullable TagType type,
            Status status) {
        public Criteria {
            words = List.copyOf(words);
            fandomIds = List.copyOf(fandomIds);
        }
    }

    /** The orders the search sorts in itself (by uses is the caller's: it knows what the viewer may see). */
    public enum Order {
        NAME("t.name_key"),
        CREATED_AT("t.created_at");

        final String column;

        Order(String column) {
            this.column = column;
        }
    }

    private static final String COLUMNS = "t.id, t.name, t.type, t.canonical, t.merger_id";

    private final JdbcClient jdbc;

    TagSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many tags match. */
    public long count(Criteria c) {
        return TagSearchPlan.of(c, jdbc).count();
    }

    /** One page of the matching tags in {@code order} (ties by id). */
    public List<Tag> page(Criteria c, Order order, boolean descending, long offset, int limit) {
        return TagSearchPlan.of(c, jdbc).page(TagService::map, COLUMNS, order, descending, offset, limit);
    }

    /** Every matching tag, by name: for an order the caller makes (by uses); at most {@code max}. */
    public List<Tag> all(Criteria c, int max) {
        return page(c, Order.NAME, false, 0, max);
    }

    /**
     * How many posted works meeting {@code visibleWork} carry each of these tags themselves (not their synonyms or
     * sub tags), by tag id; tags none carries are absent. {@code visibleWork} is an SQL condition on the work's row
     * aliased {@code w}, as the works module's visibility predicate writes it. Cheap for the rarely used tags it is
     * meant for (unwrangled ones and synonyms); a canonical tag's works are the search engine's to count.
     */
    public Map<Long, Long> uses(Collection<Long> tagIds, String visibleWork) {
        var uses = new HashMap<Long, Long>();
        IdChunks.forEach(
                tagIds,
                in -> jdbc.sql("SELECT wt.tag_id, COUNT(*) FROM work_tags wt JOIN works w ON w.id = wt.work_id"
                                + " WHERE wt.tag_id IN (" + in + ") AND w.posted = 1 AND " + visibleWork
                                + " GROUP BY wt.tag_id")
                        .query(rs -> {
                            uses.put(rs.getLong(1), rs.getLong(2));
                        }));
        return uses;
    }
}
