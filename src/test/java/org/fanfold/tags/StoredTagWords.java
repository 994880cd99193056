package org.fanfold.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks {@code tag_words} against the names of the tags: for tests of every way tags are written. */
public final class StoredTagWords {

    private StoredTagWords() {}

    /** The tags whose rows in {@code tag_words} are not the words of their name keys, described; none when right. */
    public static List<String> wrong(JdbcClient jdbc) {
        Map<Long, Set<String>> stored = new HashMap<>();
        jdbc.sql("SELECT tag_id, word FROM tag_words").query(rs -> {
            stored.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
        });
        List<String> wrong = new ArrayList<>();
        jdbc.sql("SELECT id, name_key FROM tags").query(rs -> {
            Set<String> found = stored.remove(rs.getLong(1));
            Set<String> expected = TagWords.of(rs.getString(2));
            if (!expected.equals(found == null ? Set.of() : found)) {
                wrong.add("tag " + rs.getLong(1) + " \"" + rs.getString(2) + "\" has the words " + found);
            }
        });
        stored.forEach((id, words) -> wrong.add("no tag " + id + " has the words " + words));
        return wrong;
    }
}
