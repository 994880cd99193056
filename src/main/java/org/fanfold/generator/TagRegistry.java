package org.fanfold.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fanfold.tags.TagType;

/**
 * The generator's tags in memory: name key → id for every tag the database has or the generator made, with new
 * tags numbered from the next free id and collected until they are written. As on AO3 one name is one tag, so a
 * name already taken by a tag of another type resolves to that tag, just as {@code TagService.findOrCreate} does.
 * Not thread-safe: only the planning thread uses it.
 */
final class TagRegistry {

    /** A tag to insert. */
    record NewTag(long id, String name, String key, String type, long createdAt) {}

    private final Map<String, Long> ids;
    private final Set<String> fixedKeys;
    private long nextId;
    private List<NewTag> pending = new ArrayList<>();

    TagRegistry(Map<String, Long> existing, Set<String> fixedKeys, long nextId) {
        this.ids = new HashMap<>(existing);
        this.fixedKeys = Set.copyOf(fixedKeys);
        this.nextId = nextId;
    }

    /** The id of the tag called {@code name} (already clean: trimmed, single spaces), made if new. */
    long id(String name, TagType type, long createdAt) {
        String key = name.toLowerCase(Locale.ROOT);
        Long id = ids.get(key);
        if (id != null) return id;
        long fresh = nextId++;
        ids.put(key, fresh);
        pending.add(new NewTag(fresh, name, key, type.dbName(), createdAt));
        return fresh;
    }

    /** Whether a name is taken by a rating, warning or category, which no generated tag may be called. */
    boolean fixed(String name) {
        return fixedKeys.contains(name.toLowerCase(Locale.ROOT));
    }

    boolean known(String name) {
        return ids.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The tags made since the last call. */
    List<NewTag> drain() {
        List<NewTag> out = pending;
        pending = new ArrayList<>();
        return out;
    }

    long created(long firstNewId) {
        return nextId - firstNewId;
    }
}
