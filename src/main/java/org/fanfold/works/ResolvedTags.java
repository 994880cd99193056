package org.fanfold.works;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tags of works' blurb rows, by type. For rows kept in memory ({@link BlurbRows#cached}) they are looked up
 * once per row rather than on every listing: finding the two hundred or so tags of a page's twenty works and sorting
 * them by type was about a tenth of what a popular fandom's page costs beyond its engine. A row's tags are looked up
 * again once any tag has changed since ({@link TagService#version}); a changed work is a new row.
 */
@Component
class ResolvedTags {

    private record Resolved(long version, Map<TagType, List<Tag>> byType) {}

    private final TagService tags;

    /**
     * By row, compared by identity: a row read again is another, and rows leave the blurb cache within a minute
     * ({@link BlurbRows#KEPT}), after which nothing holds them here either.
     */
    private final Cache<BlurbRows.Row, Resolved> resolved =
            Caffeine.newBuilder().weakKeys().maximumSize(100_000).build();

    ResolvedTags(TagService tags) {
        this.tags = tags;
    }

    /**
     * Each row's tags by type, in the order of {@code rows}; unknown tags are left out.
     *
     * @param kept whether the rows are the blurb cache's own, whose tags may be kept with them (not rows just read
     *     for a work's page, nor inside a transaction, which may be changing tags)
     */
    List<Map<TagType, List<Tag>>> of(List<BlurbRows.Row> rows, boolean kept) {
        boolean keep = kept && !TransactionSynchronizationManager.isActualTransactionActive();
        long version = tags.version();
        List<Map<TagType, List<Tag>>> out = new ArrayList<>(Collections.nCopies(rows.size(), null));
        Set<Long> missing = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Resolved known = keep ? resolved.getIfPresent(rows.get(i)) : null;
            if (known != null && known.version() == version) out.set(i, known.byType());
            else missing.addAll(rows.get(i).tagIds());
        }
        if (missing.isEmpty()) return out;
        Map<Long, Tag> byId = tags.byIds(missing);
        boolean unchanged = tags.version() == version; // no tag changed while these were read
        for (int i = 0; i < rows.size(); i++) {
            if (out.get(i) != null) continue;
            BlurbRows.Row row = rows.get(i);
            Map<TagType, List<Tag>> byType = byType(row.tagIds(), byId);
            out.set(i, byType);
            if (keep && unchanged) resolved.put(row, new Resolved(version, byType));
        }
        return out;
    }

    /** The tags with these ids that {@code byId} has, by type, in the ids' order; unmodifiable. */
    static Map<TagType, List<Tag>> byType(Collection<Long> ids, Map<Long, Tag> byId) {
        Map<TagType, List<Tag>> out = new EnumMap<>(TagType.class);
        for (long id : ids) {
            Tag t = byId.get(id);
            if (t != null) out.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        out.replaceAll((type, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(out);
    }
}
