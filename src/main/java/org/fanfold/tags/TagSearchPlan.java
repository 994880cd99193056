package org.fanfold.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How one tag search reads the database: the rows it starts from, and what it checks on each.
 *
 * <p>The rule is that each typed word, keyed as names are ({@link TagNames#key}), is a prefix of the name key at its
 * start or right after one of {@link TagWords#WORD_STARTS}; the LIKE conditions of {@link #matches} say exactly that,
 * but answering them alone means reading every tag. So the search starts from the smallest of: the tags with a word
 * in a typed word's range of {@code tag_words} (a prefix range, or an exact word: see {@link #lookups}), a fandom's
 * children, or the tags of the type and status asked for; then checks everything else on those rows, the typed
 * words by their LIKE conditions. A source is only ever a superset of the matches of what it stands for, and the
 * LIKE conditions are dropped only for the typed word whose lookup is exactly its rule (one without word-start
 * characters), so the results are the rule's whichever source is chosen. Sizes are counted up to
 * {@link #ESTIMATE_CAP} rows each, in one statement; beyond that a source is big, and the first big one (the
 * longest piece of a typed word) is taken.
 *
 * <p>Starting from a big source means finding each of its tags by id, which is most of a search's time ("the" has
 * 113,000 tags among the two million of a million works). So a first page by name rather walks the names in order,
 * checking every condition on each, and stops at the page's end: the matches are many, so that end comes soon. And
 * a search for one word with no other condition counts the tags with a word in its range without reading them,
 * less the few of the types the search leaves out that match it.
 */
final class TagSearchPlan {

    /** How far each source is counted when choosing the smallest. */
    static final int ESTIMATE_CAP = 10_000;

    /** How deep a page by name may end to be found by walking the names from a big source. */
    static final int WALK_MOST = 500;

    /** A statement and its parameters. */
    record Query(String sql, List<Object> params) {}

    /**
     * The tags with a word in a range of {@code tag_words}: words from {@code low} up to {@code high} (exclusive;
     * null: no bound), or exactly {@code low}.
     *
     * @param word which typed word it serves
     * @param whole whether a word in the range is exactly the typed word's rule (so its LIKE conditions may go)
     */
    record Lookup(int word, String low, @Nullable String high, boolean exact, boolean whole) {

        String condition() {
            if (exact) return "word = ?";
            return high == null ? "word >= ?" : "word >= ? AND word < ?";
        }

        List<Object> params() {
            return exact || high == null ? List.of(low) : List.of(low, high);
        }

        /** The tags' ids, each once, ascending (so they are found by id in order). */
        String ids() {
            return "SELECT tag_id AS id FROM tag_words WHERE " + condition() + (exact ? "" : " GROUP BY tag_id");
        }
    }

    /** A source to start from: a lookup, a fandom's children (by its index in the criteria), or all tags. */
    private record Source(@Nullable Lookup lookup, int fandom) {}

    private static final Source ALL = new Source(null, -1);

    private final TagSearch.Criteria c;
    private final List<String> keys;
    private final Source source;
    /** Whether the source has as many rows as sources were counted up to. */
    private final boolean big;

    private TagSearchPlan(TagSearch.Criteria c, List<String> keys, Source source, boolean big) {
        this.c = c;
        this.keys = keys;
        this.source = source;
        this.big = big;
    }

    /** The plan for {@code c}, after one statement that sizes its sources. */
    static TagSearchPlan of(TagSearch.Criteria c, JdbcClient jdbc) {
        return of(c, jdbc, ESTIMATE_CAP);
    }

    /** The plan for {@code c}, with sources big from {@code cap} rows (for tests, which have few tags). */
    static TagSearchPlan of(TagSearch.Criteria c, JdbcClient jdbc, int cap) {
        List<String> keys = c.words().stream().map(TagNames::key).toList();
        List<Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) lookups.addAll(lookups(i, keys.get(i)));
        lookups.sort(Comparator.comparingInt((Lookup l) -> -l.low().length()).thenComparing(l -> !l.exact()));
        List<Source> sources = new ArrayList<>();
        for (Lookup l : lookups) sources.add(new Source(l, -1));
        for (int i = 0; i < c.fandomIds().size(); i++) sources.add(new Source(null, i));
        sources.add(ALL);
        long[] sizes = sizes(c, sources, jdbc, cap);
        int best = 0;
        for (int i = 1; i < sizes.length; i++) if (sizes[i] < sizes[best]) best = i;
        return new TagSearchPlan(c, keys, sources.get(best), sizes[best] >= cap);
    }

    /** The statement that counts the matches. */
    Query count() {
        List<Object> params = new ArrayList<>();
        Lookup lookup = source.lookup();
        if (lookup != null && lookup.whole() && keys.size() == 1 && onlyType()) {
            String sql = "SELECT (SELECT COUNT(*) FROM (" + lookup.ids() + ") s)"
                    + " - (SELECT COUNT(*) FROM tags t WHERE t.type IN (" + leftOut(params) + ") AND "
                    + matches(keys.getFirst(), params) + ")";
            params.addAll(0, lookup.params());
            return new Query(sql, params);
        }
        return new Query("SELECT COUNT(*) FROM " + fromWhere(source, params), params);
    }

    /** The statement that reads a page of the matches in {@code order} (ties by id): id, name, type, canonical… */
    Query page(String columns, TagSearch.Order order, boolean descending, long offset, int limit) {
        boolean walk = order == TagSearch.Order.NAME && big && offset + limit <= WALK_MOST;
        List<Object> params = new ArrayList<>();
        String direction = descending ? " DESC" : " ASC";
        String sql = "SELECT " + columns + " FROM " + fromWhere(walk ? null : source, params) + " ORDER BY "
                + order.column + direction + ", t.id" + direction + " LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return new Query(sql, params);
    }

    /**
     * The SQL after {@code FROM}, tags aliased {@code t}: the source, then the WHERE clause. Without a source, a walk
     * of the names in order: the type is compared in an OR that no index of SQLite's serves, or SQLite would read the
     * tags of the type and sort them all rather than walk the index of names (PostgreSQL's planner, which estimates
     * the OR as well as the plain IN, walks it by itself when the matches are many).
     */
    private String fromWhere(@Nullable Source from, List<Object> params) {
        var sql = new StringBuilder();
        Lookup lookup = from == null ? null : from.lookup();
        int fandom = from == null ? -1 : from.fandom();
        if (lookup != null) {
            sql.append('(').append(lookup.ids()).append(") s CROSS JOIN tags t WHERE t.id = s.id AND ");
            params.addAll(lookup.params());
        } else if (fandom >= 0) {
            sql.append("parent_taggings s CROSS JOIN tags t WHERE s.parent_id = ? AND t.id = s.child_id AND ");
            params.add(c.fandomIds().get(fandom));
        } else {
            sql.append("tags t WHERE ");
        }
        List<TagType> types = c.type() == null ? TagSearch.TYPES : List.of(c.type());
        sql.append(c.status().sql).append(from == null ? " AND (t.type IN (" : " AND t.type IN (");
        sql.append(placeholders(types, params)).append(from == null ? ") OR t.type IS NULL)" : ")");
        for (int i = 0; i < keys.size(); i++) {
            if (lookup != null && lookup.word() == i && lookup.whole()) continue;
            sql.append(" AND ").append(matches(keys.get(i), params));
        }
        for (int i = 0; i < c.fandomIds().size(); i++) {
            if (i == fandom) continue;
            sql.append(" AND EXISTS (SELECT 1 FROM parent_taggings p WHERE p.child_id = t.id AND p.parent_id = ?)");
            params.add(c.fandomIds().get(i));
        }
        return sql.toString();
    }

    /** The source sizes, each counted up to the cap, in one statement. */
    private static long[] sizes(TagSearch.Criteria c, List<Source> sources, JdbcClient jdbc, int cap) {
        var sql = new StringBuilder("SELECT ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            Lookup lookup = s.lookup();
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT 1 FROM ");
            if (lookup != null) {
                sql.append("tag_words WHERE ").append(lookup.condition());
                params.addAll(lookup.params());
            } else if (s.fandom() >= 0) {
                sql.append("parent_taggings WHERE parent_id = ?");
                params.add(c.fandomIds().get(s.fandom()));
            } else {
                List<TagType> types = c.type() == null ? TagSearch.TYPES : List.of(c.type());
                sql.append("tags t WHERE ").append(c.status().sql);
                sql.append(" AND t.type IN (")
                        .append(placeholders(types, params))
                        .append(')');
            }
            sql.append(" LIMIT ?) x").append(i).append(')');
            params.add(cap);
        }
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> {
                    long[] sizes = new long[sources.size()];
                    for (int i = 0; i < sizes.length; i++) sizes[i] = rs.getLong(i + 1);
                    return sizes;
                })
                .single();
    }

    /**
     * The lookups that stand for typed word number {@code i}, each a superset of the names it starts a word of. A
     * word without word-start characters is one prefix range, and exactly the rule. One with them ("harry/dra",
     * "(tv") lines up with the name's words piece by piece: a piece followed by another is a whole word of the name,
     * the last piece starts one; empty pieces say nothing, and a word of word-start characters alone has no lookup.
     */
    static List<Lookup> lookups(int i, String key) {
        List<String> pieces = TagWords.pieces(key);
        List<Lookup> lookups = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            String piece = pieces.get(p);
            if (piece.isEmpty()) continue;
            boolean last = p == pieces.size() - 1;
            lookups.add(new Lookup(i, piece, last ? TagWords.after(piece) : null, !last, pieces.size() == 1));
        }
        return lookups;
    }

    /** Whether the criteria ask for nothing but the search's own types, of any status, in no fandom. */
    private boolean onlyType() {
        return c.type() == null
                && c.status() == TagSearch.Status.ANY
                && c.fandomIds().isEmpty();
    }

    /** The types the search leaves out (ratings, warnings, categories, media), as placeholders. */
    private static String leftOut(List<Object> params) {
        List<TagType> out = Arrays.stream(TagType.values())
                .filter(t -> !TagSearch.TYPES.contains(t))
                .toList();
        return placeholders(out, params);
    }

    private static String placeholders(List<TagType> types, List<Object> params) {
        types.forEach(t -> params.add(t.dbName()));
        return String.join(", ", types.stream().map(t -> "?").toList());
    }

    /** The rule itself for one typed word, keyed: a prefix of the name key at its start or after a word start. */
    static String matches(String key, List<Object> params) {
        String like = TagService.escapeLike(key);
        // anywhere first: most names fail that one test, rather than all the word starts after it
        var sql = new StringBuilder("t.name_key LIKE ? ESCAPE '!' AND (t.name_key LIKE ? ESCAPE '!'");
        params.add("%" + like + "%");
        params.add(like + "%");
        for (char before : TagWords.WORD_STARTS.toCharArray()) {
            sql.append(" OR t.name_key LIKE ? ESCAPE '!'");
            params.add("%" + before + like + "%");
        }
        return sql.append(')').toString();
    }
}
