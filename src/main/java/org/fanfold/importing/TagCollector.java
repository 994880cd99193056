package org.fanfold.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers a story's user tags (fandoms, relationships, characters, additional tags) without duplicates, enforcing
 * AO3's limits as they come: 150 characters a tag, 75 tags a work. A tag over a limit is an error at its line.
 */
final class TagCollector {

    static final int MAX_TAG_LENGTH = 150;
    static final int MAX_TAGS = 75;

    enum Type {
        FANDOM,
        RELATIONSHIP,
        CHARACTER,
        FREEFORM
    }

    private final Map<Type, Map<String, String>> tags = new LinkedHashMap<>();
    private int count;

    TagCollector() {
        for (Type t : Type.values()) tags.put(t, new LinkedHashMap<>());
    }

    /** Adds {@code tag} (from {@code line}) unless a tag of the same type already differs only in case. */
    void add(Type type, String tag, int line) {
        add(type, tag, line, "");
    }

    /** Adds {@code tag} (from {@code place}, as {@link ImportException} names places) unless already there. */
    void add(Type type, String tag, String place) {
        add(type, tag, 0, place);
    }

    void addAll(Type type, List<String> names, int line) {
        for (String name : names) add(type, name, line);
    }

    /** Adds {@code tag} when it is within the limits; a tag too long, or beyond the 75th, is left out. */
    boolean addIfFits(Type type, String tag) {
        String name = tag.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_TAG_LENGTH) return false;
        if (tags.get(type).containsKey(name.toLowerCase(Locale.ROOT))) return true;
        if (count >= MAX_TAGS) return false;
        add(type, name, 0, "");
        return true;
    }

    private void add(Type type, String tag, int line, String place) {
        String name = tag.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) return;
        if (name.length() > MAX_TAG_LENGTH) {
            throw failure(
                    "tag \"" + name.substring(0, 30) + "…\" is longer than " + MAX_TAG_LENGTH + " characters",
                    line,
                    place);
        }
        if (tags.get(type).putIfAbsent(name.toLowerCase(Locale.ROOT), name) != null) return;
        if (++count > MAX_TAGS) throw failure("more than " + MAX_TAGS + " tags", line, place);
    }

    private static ImportException failure(String reason, int line, String place) {
        return line > 0 || place.isEmpty() ? new ImportException(reason, line) : new ImportException(reason, place);
    }

    List<String> get(Type type) {
        return new ArrayList<>(tags.get(type).values());
    }
}
