package org.fanfold.tags;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A word typed in the tag search, keyed as names are ({@link TagNames#key}): the rule it must meet on a tag's name
 * key, as LIKE conditions, and the lookups in {@code tag_words} that stand for it.
 */
final class TypedWords {

    private TypedWords() {}

    /**
     * The tags with a word in a range of {@code tag_words}: words from {@code low} up to {@code high} (exclusive;
     * null: no bound), or exactly {@code low}.
     *
     * @param word which typed word it serves
     * @param whole whether a word in the range is exactly the typed word's rule (so its LIKE conditions may go)
     */
    record Lookup(int word, String low, @Nullable String high, boolean exact, boolean whole) {

        String condition() {
            if (exact) return "word = ?";
            return high == null ? "word >= ?" : "word >= ? AND word < ?";
        }

        List<Object> params() {
            return exact || high == null ? List.of(low) : List.of(low, high);
        }

        /** The tags' ids, each once, ascending (so they are found by id in order). */
        String ids() {
            return "SELECT tag_id AS id FROM tag_words WHERE " + condition() + (exact ? "" : " GROUP BY tag_id");
        }
    }

    /**
     * The lookups that stand for typed word number {@code i}, each a superset of the names it starts a word of. A
     * word without word-start characters is one prefix range, and exactly the rule. One with them ("harry/dra",
     * "(tv") lines up with the name's words piece by piece: a piece followed by another is a whole word of the name,
     * the last piece starts one; empty pieces say nothing, and a word of word-start characters alone has no lookup.
     */
    static List<Lookup> lookups(int i, String key) {
        List<String> pieces = TagWords.pieces(key);
        List<Lookup> lookups = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            String piece = pieces.get(p);
            if (piece.isEmpty()) continue;
            boolean last = p == pieces.size() - 1;
            lookups.add(new Lookup(i, piece, last ? TagWords.after(piece) : null, !last, pieces.size() == 1));
        }
        return lookups;
    }

    /** The rule itself for one typed word, keyed: a prefix of the name key at its start or after a word start. */
    static String matches(String key, List<Object> params) {
        String like = TagService.escapeLike(key);
        // anywhere first: most names fail that one test, rather than all the word starts after it
        var sql = new StringBuilder("t.name_key LIKE ? ESCAPE '!' AND (t.name_key LIKE ? ESCAPE '!'");
        params.add("%" + like + "%");
        params.add(like + "%");
        for (char before : TagWords.WORD_STARTS.toCharArray()) {
            sql.append(" OR t.name_key LIKE ? ESCAPE '!'");
            params.add("%" + before + like + "%");
        }
        return sql.append(')').toString();
    }
}
