package org.fanfold.works;

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

/**
 * The tags of works' blurb rows, by type, looked up once per row rather than on every listing, and kept with the row
 * ({@link BlurbRows.Row#tags()}): finding the two hundred or so tags of a page's twenty works and sorting them by
 * type was about a tenth of what a popular fandom's page costs beyond its engine. A row's tags are looked up again
 * once any tag has changed since ({@link TagService#version}, read before the lookup and checked after it); a changed
 * work is a new row. A row read inside a transaction is the transaction's own and goes with it.
 */
@Component
class ResolvedTags {

    /** A row's tags by type as they were at {@code version} of the tags ({@link TagService#version}). */
    record Resolved(long version, Map<TagType, List<Tag>> byType) {}

    private final TagService tags;

    ResolvedTags(TagService tags) {
        this.tags = tags;
    }

    /** Each row's tags by type, in the order of {@code rows}; unknown tags are left out. */
    List<Map<TagType, List<Tag>>> of(List<BlurbRows.Row> rows) {
        long version = tags.version();
        List<Map<TagType, List<Tag>>> out = new ArrayList<>(Collections.nCopies(rows.size(), null));
        Set<Long> missing = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Resolved known = rows.get(i).tags();
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
            if (unchanged) row.tags(new Resolved(version, byType));
        }
        return out;
    }
    /** The tags with these ids that {@code byId} has, by type, in the ids' order; unmodifiable. */
    private static Map<TagType, List<Tag>> byType(Collection<Long> ids, Map<Long, Tag> byId) {
        Map<TagType, List<Tag>> out = new EnumMap<>(TagType.class);
        for (long id : ids) {
            Tag t = byId.get(id);
            if (t != null) out.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        out.replaceAll((type, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(out);
    }
}
