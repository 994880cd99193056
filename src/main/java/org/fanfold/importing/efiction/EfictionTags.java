package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fanfold.importing.Warnings;
import org.fanfold.importing.efiction.EfictionArchive.Category;
import org.fanfold.importing.efiction.EfictionArchive.ClassType;
import org.fanfold.importing.efiction.EfictionArchive.Classification;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.fanfold.tags.TagNames;
import org.jspecify.annotations.Nullable;

/**
 * A story's eFiction classifications as AO3's tags, as Open Doors maps them: categories become fandoms, characters
 * characters, classes additional tags. Classes of a warning type ("Warnings") become AO3's archive warnings where
 * they mean one (Major Character Death, Graphic Depictions Of Violence, Rape/Non-Con, Underage Sex) and additional
 * tags where they don't; a story left without an archive warning gets "Creator Chose Not To Use Archive Warnings",
 * or "No Archive Warnings Apply" when its warnings said "None". The rating is AO3's by name ("Not Rated" when
 * unknown). Lists of ids may hold names instead (some archives wrote those): a name is taken as it is.
 */
final class EfictionTags {

    /** A story's tags by AO3 type; names are valid tag names, each list without repeats. */
    record Mapped(
            String rating,
            List<String> warnings,
            List<String> categories,
            List<String> fandoms,
            List<String> characters,
            List<String> freeforms) {}

    private final EfictionArchive archive;

    EfictionTags(EfictionArchive archive) {
        this.archive = archive;
    }

    Mapped of(Story story) {
        var warnings = new LinkedHashSet<String>();
        var categories = new LinkedHashSet<String>();
        var freeforms = new Names();
        boolean noneApply = false;
        for (String token : tokens(story.classes())) {
            Classification c = byIdOrName(token);
            String name = c != null ? c.name() : token;
            boolean warningType =
                    c != null && isWarningType(archive.classTypes().get(c.type()));
            String category = warningType ? null : AO3Names.category(name);
            String warning = warningType ? AO3Names.warning(name) : null;
            if (Warnings.NONE_APPLY.equals(warning)) noneApply = true;
            else if (warning != null) warnings.add(warning);
            else if (category != null) categories.add(category);
            else freeforms.add(name);
        }
        for (String token : tokens(story.wid())) { // eFiction 3.0's warnings
            String name = lookUp(archive.warnings(), token);
            if (name == null) continue;
            String warning = AO3Names.warning(name);
            if (Warnings.NONE_APPLY.equals(warning)) noneApply = true;
            else if (warning != null) warnings.add(warning);
            else freeforms.add(name);
        }
        for (String token : tokens(story.gid())) freeforms.add(lookUp(archive.genres(), token));
        if (warnings.isEmpty()) warnings.add(noneApply ? Warnings.NONE_APPLY : Warnings.CHOSE_NOT_TO_WARN);

        var fandoms = new Names();
        for (String token : tokens(story.catid())) fandoms.add(category(token));
        var characters = new Names();
        for (String token : tokens(story.charid())) characters.add(lookUp(archive.characters(), token));
        return new Mapped(
                rating(story.rid()),
                List.copyOf(warnings),
                List.copyOf(categories),
                fandoms.list(),
                characters.list(),
                freeforms.list());
    }

    private String rating(String rid) {
        List<String> tokens = tokens(rid);
        if (tokens.isEmpty()) return AO3Names.rating("");
        String name = lookUp(archive.ratings(), tokens.getFirst());
        return AO3Names.rating(name == null ? "" : name);
    }

    private @Nullable String category(String token) {
        Long id = number(token);
        if (id == null) return token;
        Category c = archive.categories().get(id);
        return c == null ? null : c.name();
    }

    private @Nullable Classification byIdOrName(String token) {
        Long id = number(token);
        if (id != null) return archive.classes().get(id);
        for (Classification c : archive.classes().values()) if (c.name().equalsIgnoreCase(token)) return c;
        return null;
    }

    /** The name {@code token} stands for: the row of that id, or the token itself when it is a name. */
    private static @Nullable String lookUp(Map<Long, String> names, String token) {
        Long id = number(token);
        return id == null ? token : names.get(id);
    }

    private static boolean isWarningType(@Nullable ClassType type) {
        if (type == null) return false;
        return (type.name() + " " + type.title()).toLowerCase(Locale.ROOT).contains("warning");
    }

    /** A comma-separated list, without blanks and eFiction's "none" ids (0 and -1). */
    static List<String> tokens(String list) {
        List<String> out = new ArrayList<>();
        for (String t : list.split(",")) {
            String s = t.strip();
            if (!s.isEmpty() && !s.equals("0") && !s.equals("-1")) out.add(s);
        }
        return out;
    }

    private static @Nullable Long number(String token) {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tag names in order, once each (case and spacing aside), cleaned to be valid. */
    private static final class Names {
        private final Map<String, String> byKey = new LinkedHashMap<>();

        void add(@Nullable String name) {
            if (name == null) return;
            String tag = AO3Names.tag(name);
            if (!tag.isEmpty()) byKey.putIfAbsent(TagNames.key(tag), tag);
        }

        List<String> list() {
            return List.copyOf(byKey.values());
        }
    }

    static Set<String> allNames(Mapped m) {
        var all = new LinkedHashSet<String>();
        all.addAll(m.fandoms());
        all.addAll(m.characters());
        all.addAll(m.freeforms());
        return all;
    }
}
