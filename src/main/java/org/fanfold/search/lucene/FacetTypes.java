package org.fanfold.search.lucene;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Small numbers for the facet dimensions (tag types: "Fandom", "Freeform"…), so a segment's columns keep a byte
 * per tag rather than a string. One numbering per process, shared by every index; it only grows, and a handful of
 * types ever exist.
 */
final class FacetTypes {

    private static final Map<String, Byte> INDEX = new ConcurrentHashMap<>();
    private static final List<String> NAMES = new CopyOnWriteArrayList<>();

    private FacetTypes() {}

    /** {@code type}'s number, given now if it has none. */
    static byte index(String type) {
        Byte known = INDEX.get(type);
        if (known != null) return known;
        synchronized (FacetTypes.class) {
            return INDEX.computeIfAbsent(type, t -> {
                if (NAMES.size() == Byte.MAX_VALUE) throw new IllegalStateException("too many tag types: " + t);
                NAMES.add(t);
                return (byte) (NAMES.size() - 1);
            });
        }
    }

    /** {@code type}'s number, or -1 when no index has shown it yet. */
    static int find(String type) {
        Byte known = INDEX.get(type);
        return known == null ? -1 : known;
    }

    /** How many types have numbers. */
    static int count() {
        return NAMES.size();
    }
}
