package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TagWordsTest {

    @Test
    void aNameSplitsAtEveryWordStartIntoItsDistinctWords() {
        assertThat(TagWords.of("harry potter/draco malfoy")).containsExactly("harry", "potter", "draco", "malfoy");
        assertThat(TagWords.of("sherlock (tv)")).containsExactly("sherlock", "tv)");
        assertThat(TagWords.of("\"the\" end's -- the end")).containsExactly("the", "end", "s");
        assertThat(TagWords.of("火影忍者 - ナルト")).containsExactly("火影忍者", "ナルト");
        assertThat(TagWords.of("(/)")).containsExactly(")");
    }

    @Test
    void piecesKeepTheEmptyOnesBetweenWordStarts() {
        assertThat(TagWords.pieces("(tv")).containsExactly("", "tv");
        assertThat(TagWords.pieces("a//b ")).containsExactly("a", "", "b", "");
        assertThat(TagWords.pieces("word")).containsExactly("word");
    }

    @Test
    void afterIsTheLeastStringAboveEveryStringWithThePrefix() {
        assertThat(TagWords.after("dra")).isEqualTo("drb");
        assertThat(TagWords.after("é")).isEqualTo("ê");
        assertThat(TagWords.after("中")).isEqualTo("丮");
        assertThat(TagWords.after("a\uD7FF")).as("past the surrogates").isEqualTo("a\uE000");
        assertThat(TagWords.after("a\uFFFF"))
                .as("into the supplementary planes")
                .isEqualTo("a\uD800\uDC00");
        assertThat(TagWords.after("a😀")).isEqualTo("a😁");
        String max = Character.toString(Character.MAX_CODE_POINT);
        assertThat(TagWords.after("a" + max)).isEqualTo("b");
        assertThat(TagWords.after(max + max)).isNull();
    }

    @Test
    void aStringStartsWithThePrefixExactlyWhenItLiesInItsRange() {
        var random = new Random(17);
        List<String> alphabet =
                List.of("a", "b", "z", "é", "ÿ", "中", "\uD7FF", "\uE000", "\uFFFF", "😀", "\uDBFF\uDFFF");
        for (int n = 0; n < 20_000; n++) {
            String s = random(random, alphabet, 4), prefix = random(random, alphabet, 3);
            if (prefix.isEmpty()) continue;
            String high = TagWords.after(prefix);
            boolean inRange = compare(prefix, s) <= 0 && (high == null || compare(s, high) < 0);
            assertThat(inRange).as("%s in the range of %s", s, prefix).isEqualTo(s.startsWith(prefix));
        }
    }

    private static String random(Random random, List<String> alphabet, int most) {
        var s = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) s.append(alphabet.get(random.nextInt(alphabet.size())));
        return s.toString();
    }

    /** Code point order, as the databases compare words (Java's compareTo is UTF-16 order). */
    private static int compare(String a, String b) {
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
