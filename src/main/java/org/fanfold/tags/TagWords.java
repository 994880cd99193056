package org.fanfold.tags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of tag names, kept in {@code tag_words} so the tag search looks a typed word up in an index instead of
 * reading every name: one row per distinct word of each tag's name key. A word starts the name or follows one of
 * {@link #WORD_STARTS} and runs to the next of them, so "harry potter/draco (hp)" has the words "harry", "potter",
 * "draco" and "hp)". A typed word then starts a word of a name exactly when it is a prefix of one of its words —
 * provided it holds none of those characters itself ({@link TypedWords#lookups} handles the words that do).
 *
 * <p>The rows are written in the transaction that creates or renames the tag ({@link TagService#findOrCreate},
 * wrangling's rename, the generator's batches), so the table always matches the names; migration V18 filled it for
 * the tags made before it. Thread-safe.
 */
@Component
public class TagWords {

    /** What a word of a name follows: a space, a slash ("A/B"), a bracket ("(TV)"), a hyphen, a quote. */
    static final String WORD_STARTS = " /(-\"'";

    private static final String INSERT = "INSERT INTO tag_words (word, tag_id) VALUES (?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TagWords(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The distinct words of a name key ({@link TagNames#key}), in the order they first appear; none are empty. */
    public static Set<String> of(String nameKey) {
        var words = new LinkedHashSet<String>();
        for (String piece : pieces(nameKey)) {
            if (!piece.isEmpty()) words.add(piece);
        }
        return words;
    }

    /** The text between word starts, empty pieces included: "(tv)" is "" and "tv)". */
    static List<String> pieces(String s) {
        var pieces = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (WORD_STARTS.indexOf(s.charAt(i)) >= 0) {
                pieces.add(s.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(s.substring(start));
        return pieces;
    }

    /**
     * The least string above every string that starts with {@code prefix}, in code point order (which is how both
     * databases compare {@code tag_words.word}: SQLite's binary collation on UTF-8, PostgreSQL's "C"); null when
     * there is none (the prefix is all U+10FFFF). The last code point goes up by one, past the surrogates.
     */
    static @Nullable String after(String prefix) {
        String s = prefix;
        while (!s.isEmpty()) {
            int last = s.codePointBefore(s.length());
            s = s.substring(0, s.length() - Character.charCount(last));
            if (last < Character.MAX_CODE_POINT) {
                int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
                return s + Character.toString(next);
            }
        }
        return null;
    }

    /** Writes the words of a new tag; call in the transaction that inserts it. */
    void add(long tagId, String nameKey) {
        addAll(Map.of(tagId, nameKey));
    }

    /** Replaces a renamed tag's words; call in the transaction that renames it. */
    void rename(long tagId, String oldKey, String newKey) {
        Set<String> before = of(oldKey), after = of(newKey);
        for (String word : before) {
            if (!after.contains(word)) {
                jdbc.sql("DELETE FROM tag_words WHERE word = ? AND tag_id = ?")
                        .params(word, tagId)
                        .update();
            }
        }
        for (String word : after) {
            if (!before.contains(word)) jdbc.sql(INSERT).params(word, tagId).update();
        }
    }

    /**
     * Writes the words of many new tags in one batch, by tag id: for writers that insert tags in bulk themselves
     * (the generator); call in the transaction that inserts them.
     */
    public void addAll(Map<Long, String> nameKeysById) {
        List<Object[]> rows = new ArrayList<>();
        nameKeysById.forEach((id, key) -> {
            for (String word : of(key)) rows.add(new Object[] {word, id});
        });
        if (!rows.isEmpty()) batches.batchUpdate(INSERT, rows);
    }
}
