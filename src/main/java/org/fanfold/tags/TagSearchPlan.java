package org.fanfold.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.fanfold.tags.TypedWords.Lookup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How one tag search reads the database: the rows it starts from, and what it checks on each.
 *
 * <p>The rule is that each typed word, keyed as names are ({@link TagNames#key}), is a prefix of the name key at its
 * start or right after one of {@link TagWords#WORD_STARTS}; the LIKE conditions of {@link TypedWords#matches} say
 * exactly that, but answering them alone means reading every tag. So the search starts from the smallest of: the
 * tags with a word in a typed word's range of {@code tag_words} (a prefix range, or an exact word: see
 * {@link TypedWords#lookups}), a fandom's children, or the tags of the type and status asked for; then checks
 * everything else on those rows, the typed words by their LIKE conditions. A source is only ever a superset of the
 * matches of what it stands for, and the LIKE conditions are dropped only for the typed word whose lookup is exactly
 * its rule (one without word-start characters), so the results are the rule's whichever source is chosen. Sizes are
 * counted up to {@link #ESTIMATE_CAP} rows each, in one statement; beyond that a source is big, and the first big
 * one (the longest piece of a typed word) is taken.
 *
 * <p>Starting from a big source means finding each of its tags by id, which is most of a search's time ("the" has
 * 113,000 tags among the two million of a million works). So a first page by name is first looked for among the
 * first {@link #WINDOW} names in order, every condition checked on each: when the matches are many the page is all
 * there, and when it is not (the matches are few, or the page deep) the source is read after all, so the walk costs
 * at most the window. And a search for one word with no other condition counts the tags with a word in its range
 * without reading them, less the few of the types the search leaves out that match it.
 */
final class TagSearchPlan {

    /**
     * How far each source is counted when choosing the smallest. A source this big is big: finding its tags by id
     * costs more than walking the names to a first page (a single word this common has one match in forty names of
     * a million works' tags, so a first page lies well within the {@link #WINDOW}). Below it the matches may be too
     * thinly spread among the first names: "love" has 26,700 tags, but only 29 among PostgreSQL's first 20,000
     * names, so a window would come short and the source be read after all.
     */
    static final int ESTIMATE_CAP = 50_000;

    /** How many names in order a page by name is looked for in before its big source is read. */
    static final int WINDOW = 50_000;

    /** How deep a page may end to be looked for in the window. */
    static final int WALK_MOST = 500;

    /** The columns of {@code tags} a window has: all the search reads, conditions and order included. */
    private static final String WINDOW_COLUMNS = "id, name, name_key, type, canonical, merger_id, created_at";

    /** A statement and its parameters. */
    record Query(String sql, List<Object> params) {}

    /**
     * A source to start from: a lookup, a fandom's children (by its index in the criteria), or all the tags of the
     * type and status asked: all tags, when neither is, which are then a source only for want of another.
     */
    private record Source(@Nullable Lookup lookup, int fandom) {}

    private static final Source ALL = new Source(null, -1);

    private final JdbcClient jdbc;
    private final TagSearch.Criteria c;
    private final List<String> keys;
    private final Source source;
    /** Whether the source has as many rows as sources were counted up to. */
    private final boolean big;
    /** How many names a window holds. */
    private final int window;

    private TagSearchPlan(
            JdbcClient jdbc, TagSearch.Criteria c, List<String> keys, Source source, boolean big, int window) {
        this.jdbc = jdbc;
        this.c = c;
        this.keys = keys;
        this.source = source;
        this.big = big;
        this.window = window;
    }

    /** The plan for {@code c}, after one statement that sizes its sources. */
    static TagSearchPlan of(TagSearch.Criteria c, JdbcClient jdbc) {
        return of(c, jdbc, ESTIMATE_CAP, WINDOW);
    }

    /**
     * The plan for {@code c}, with sources big from {@code cap} rows and a window of {@code window} names: for tests,
     * whose archives are small.
     */
    static TagSearchPlan of(TagSearch.Criteria c, JdbcClient jdbc, int cap, int window) {
        List<String> keys = c.words().stream().map(TagNames::key).toList();
        List<Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) lookups.addAll(TypedWords.lookups(i, keys.get(i)));
        lookups.sort(Comparator.comparingInt((Lookup l) -> -l.low().length()).thenComparing(l -> !l.exact()));
        List<Source> sources = new ArrayList<>();
        for (Lookup l : lookups) sources.add(new Source(l, -1));
        for (int i = 0; i < c.fandomIds().size(); i++) sources.add(new Source(null, i));
        if (c.type() != null || c.status() != TagSearch.Status.ANY) sources.add(ALL);
        if (sources.isEmpty()) return new TagSearchPlan(jdbc, c, keys, ALL, true, window);
        long[] sizes = sizes(c, sources, jdbc, cap);
        int best = 0;
        for (int i = 1; i < sizes.length; i++) if (sizes[i] < sizes[best]) best = i;
        return new TagSearchPlan(jdbc, c, keys, sources.get(best), sizes[best] >= cap, window);
    }

    /** How many tags match. */
    long count() {
        Query count = countQuery();
        return jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
    }

    /**
     * One page of the matching tags in {@code order} (ties by id), as {@code rows} reads {@code columns} of {@code
     * t}: looked for in the window of names first when that may do.
     */
    <T> List<T> page(
            RowMapper<T> rows, String columns, TagSearch.Order order, boolean descending, long offset, int limit) {
        Query window = windowQuery(columns, order, descending, offset, limit);
        if (window != null) {
            List<T> found =
                    jdbc.sql(window.sql()).params(window.params()).query(rows).list();
            if (found.size() == limit) return found;
        }
        Query page = pageQuery(columns, order, descending, offset, limit);
        return jdbc.sql(page.sql()).params(page.params()).query(rows).list();
    }

    /** The statement that counts the matches. */
    Query countQuery() {
        List<Object> params = new ArrayList<>();
        Lookup lookup = source.lookup();
        if (lookup != null && lookup.whole() && keys.size() == 1 && onlyType()) {
            String sql = "SELECT (SELECT COUNT(*) FROM (" + lookup.ids() + ") s)"
                    + " - (SELECT COUNT(*) FROM tags t WHERE t.type IN (" + leftOut(params) + ") AND "
                    + TypedWords.matches(keys.getFirst(), params) + ")";
            params.addAll(0, lookup.params());
            return new Query(sql, params);
        }
        String table = from(source, params);
        return new Query("SELECT COUNT(*) FROM " + table + where(source, params), params);
    }

    /**
     * The statement that reads a page of the matches in {@code order} (ties by id), from the source: {@code columns}
     * of {@code t}.
     */
    Query pageQuery(String columns, TagSearch.Order order, boolean descending, long offset, int limit) {
        return pageQuery(columns, source, order, descending, offset, limit);
    }

    /**
     * The statement that looks for that page among the first {@link #WINDOW} names in its order; null when the
     * page is not by name, is deep, or the source is small enough to read. The page is right when it is full; a
     * page that comes short may be missing matches beyond the window, so read {@link #pageQuery} then.
     */
    @Nullable
    Query windowQuery(String columns, TagSearch.Order order, boolean descending, long offset, int limit) {
        if (order != TagSearch.Order.NAME || !big || offset + limit > WALK_MOST) return null;
        return pageQuery(columns, null, order, descending, offset, limit);
    }

    private Query pageQuery(
            String columns, @Nullable Source from, TagSearch.Order order, boolean descending, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String direction = descending ? " DESC" : " ASC";
        var sql = new StringBuilder("SELECT ").append(columns).append(" FROM ");
        if (from == null) {
            sql.append("(SELECT " + WINDOW_COLUMNS + " FROM tags ORDER BY name_key" + direction + " LIMIT ?) t WHERE ");
            params.add(window);
        } else {
            sql.append(from(from, params));
        }
        sql.append(where(from == null ? ALL : from, params))
                .append(" ORDER BY ")
                .append(order.column)
                .append(direction)
                .append(", t.id")
                .append(direction)
                .append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return new Query(sql.toString(), params);
    }

    /** The source after {@code FROM}, tags aliased {@code t}, through {@code WHERE}. */
    private String from(Source from, List<Object> params) {
        Lookup lookup = from.lookup();
        if (lookup != null) {
            params.addAll(lookup.params());
            return "(" + lookup.ids() + ") s CROSS JOIN tags t WHERE t.id = s.id AND ";
        }
        if (from.fandom() >= 0) {
            params.add(c.fandomIds().get(from.fandom()));
            return "parent_taggings s CROSS JOIN tags t WHERE s.parent_id = ? AND t.id = s.child_id AND ";
        }
        return "tags t WHERE ";
    }

    /** The conditions on each tag {@code t} read from {@code from}: all of the criteria that it does not answer. */
    private String where(Source from, List<Object> params) {
        var sql = new StringBuilder();
        Lookup lookup = from.lookup();
        sql.append(typeAndStatus(c, params));
        for (int i = 0; i < keys.size(); i++) {
            if (lookup != null && lookup.word() == i && lookup.whole()) continue;
            sql.append(" AND ").append(TypedWords.matches(keys.get(i), params));
        }
        for (int i = 0; i < c.fandomIds().size(); i++) {
            if (i == from.fandom()) continue;
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
                sql.append("tags t WHERE ").append(typeAndStatus(c, params));
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

    /** The conditions on a tag {@code t} of the status and type asked for (any of the search's types when none). */
    private static String typeAndStatus(TagSearch.Criteria c, List<Object> params) {
        List<TagType> types = c.type() == null ? TagSearch.TYPES : List.of(c.type());
        return c.status().sql + " AND t.type IN (" + placeholders(types, params) + ")";
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
}
