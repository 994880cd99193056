package org.fanfold.tags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wrangled tag graph as filtering sees it: synonyms pointing at their canonical tag, and meta tags above sub
 * tags. Thread-safe; reads an immutable in-memory snapshot, loaded on first use and dropped when wrangling commits a
 * change ({@link #invalidate}), so a search document built after the commit sees the new graph.
 *
 * <p>Filter ids, as AO3 computes them: a tag filters under its canonical tag (itself when it is no synonym, wrangled
 * or not) and under every meta tag of that canonical, transitively. Meta tags form a DAG (wrangling refuses
 * cycles), so the upward walk ends; each tag's ancestor set is memoized in the snapshot.
 */
@Component
public class TagGraph {

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Snapshot snapshot;

    TagGraph(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids works carrying any of {@code tagIds} are found under: each tag's canonical (or itself) and all its
     * meta tags, transitively. Unknown ids filter on themselves. Never null; iteration order is stable.
     */
    public Set<Long> filterIds(Collection<Long> tagIds) {
        Snapshot s = current();
        var ids = new LinkedHashSet<Long>();
        for (long t : tagIds) {
            long c = s.canonical(t);
            ids.add(c);
            ids.addAll(s.metas(c));
        }
        return ids;
    }

    /**
     * Whether a work with these fandom tags is a crossover (AO3's rule): two fandoms are related when they share a
     * meta tag, counting each fandom as its own meta tag; a work is a crossover when no fandom on it is related to
     * all the others. Synonyms count as their canonical. One fandom (or none) is never a crossover.
     */
    public boolean crossover(Collection<Long> fandomTagIds) {
        Snapshot s = current();
        var canonicals = new LinkedHashSet<Long>();
        for (long t : fandomTagIds) canonicals.add(s.canonical(t));
        if (canonicals.size() <= 1) return false;
        List<Set<Long>> groups = canonicals.stream()
                .map(c -> {
                    var g = new HashSet<>(s.metas(c));
                    g.add(c);
                    return (Set<Long>) g;
                })
                .toList();
        for (Set<Long> g : groups) {
            boolean relatedToAll = groups.stream().allMatch(o -> o.stream().anyMatch(g::contains));
            if (relatedToAll) return false;
        }
        return true;
    }

    /** The canonical tag a tag filters under: its merger, or itself. */
    public long canonicalOf(long tagId) {
        return current().canonical(tagId);
    }

    /** All meta tags above a tag, transitively (not the tag itself). */
    public Set<Long> metaTags(long tagId) {
        return current().metas(tagId);
    }

    /**
     * The tags whose works' filter ids depend on {@code tagId}: the tag, its sub tags transitively, and the
     * synonyms of all of those. Used to find the works a wrangling change affects.
     */
    public Set<Long> dependents(long tagId) {
        Snapshot s = current();
        var out = new LinkedHashSet<Long>();
        var queue = new ArrayDeque<Long>();
        queue.add(tagId);
        while (!queue.isEmpty()) {
            long t = queue.poll();
            if (!out.add(t)) continue;
            out.addAll(s.synonyms.getOrDefault(t, List.of()));
            queue.addAll(s.subs.getOrDefault(t, List.of()));
        }
        return out;
    }

    /** Drops the snapshot; the next read loads the graph again. Call after a wrangling change commits. */
    public synchronized void invalidate() { // synchronized: never between current()'s check and its keeping
        generation.incrementAndGet();
        snapshot = null;
    }

    /** A snapshot loaded while a change committed is used once but not kept, so no stale graph outlives it. */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null) return s;
        long g = generation.get();
        Snapshot loaded = load();
        synchronized (this) {
            if (generation.get() == g && snapshot == null) snapshot = loaded;
        }
        return loaded;
    }

    private Snapshot load() {
        var merger = new HashMap<Long, Long>();
        var synonyms = new HashMap<Long, List<Long>>();
        jdbc.sql("SELECT id, merger_id FROM tags WHERE merger_id IS NOT NULL").query(rs -> {
            long id = rs.getLong(1), m = rs.getLong(2);
            merger.put(id, m);
            synonyms.computeIfAbsent(m, k -> new ArrayList<>()).add(id);
        });
        var metas = new HashMap<Long, List<Long>>();
        var subs = new HashMap<Long, List<Long>>();
        jdbc.sql("SELECT meta_id, sub_id FROM meta_taggings").query(rs -> {
            long meta = rs.getLong(1), sub = rs.getLong(2);
            metas.computeIfAbsent(sub, k -> new ArrayList<>()).add(meta);
            subs.computeIfAbsent(meta, k -> new ArrayList<>()).add(sub);
        });
        return new Snapshot(Map.copyOf(merger), Map.copyOf(synonyms), Map.copyOf(metas), Map.copyOf(subs));
    }

    private record Snapshot(
            Map<Long, Long> merger,
            Map<Long, List<Long>> synonyms,
            Map<Long, List<Long>> directMetas,
            Map<Long, List<Long>> subs,
            Map<Long, Set<Long>> memo) {

        Snapshot(
                Map<Long, Long> merger,
                Map<Long, List<Long>> synonyms,
                Map<Long, List<Long>> directMetas,
                Map<Long, List<Long>> subs) {
            this(merger, synonyms, directMetas, subs, new ConcurrentHashMap<>());
        }

        long canonical(long tagId) {
            return merger.getOrDefault(tagId, tagId);
        }

        Set<Long> metas(long tagId) {
            List<Long> direct = directMetas.get(tagId);
            if (direct == null) return Set.of();
            Set<Long> known = memo.get(tagId);
            if (known != null) return known;
            var all = new LinkedHashSet<Long>();
            var queue = new ArrayDeque<>(direct);
            while (!queue.isEmpty()) {
                long m = queue.poll();
                if (m != tagId && all.add(m)) queue.addAll(directMetas.getOrDefault(m, List.of()));
            }
            Set<Long> result = Collections.unmodifiableSet(all);
            memo.put(tagId, result);
            return result;
        }
    }
}
