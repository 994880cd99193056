package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a,b",
                "caret^",
                "star*",
                "<less",
                "more>",
                "{brace",
                "brace}",
                "eq=",
                "tick`",
                "全角，逗号",
                "顿、号",
                "back\\slash",
                "100%"
            })
    void namesWithForbiddenCharactersAreRefused(String name) {
        assertThat(TagNames.problem(name)).contains("contains a character");
    }

    @Test
    void ordinaryNamesAreFine() {
        assertThat(TagNames.problem("Hurt/Comfort")).isNull();
        assertThat(TagNames.problem("Harry Potter - J. K. Rowling")).isNull();
        assertThat(TagNames.problem("Tom & Jerry?! #1")).isNull();
    }

    @Test
    void blankNamesAreRefused() {
        assertThat(TagNames.problem("   ")).contains("blank");
    }

    @Test
    void namesMayBeAtMost150Characters() {
        assertThat(TagNames.problem("x".repeat(150))).isNull();
        assertThat(TagNames.problem("x".repeat(151))).contains("longer than 150");
        assertThat(TagNames.problem("  " + "x".repeat(150) + "  "))
                .as("spaces around do not count")
                .isNull();
    }

    @Test
    void cleaningTrimsAndFoldsSpaces() {
        assertThat(TagNames.clean("  Hurt \t  Comfort \n")).isEqualTo("Hurt Comfort");
        assertThat(TagNames.key(" HURT   comfort")).isEqualTo(TagNames.key("hurt comfort"));
    }

    @Test
    void splittingDropsBlanksAndRepeatsWhateverTheirCase() {
        assertThat(TagNames.split(" Fluff, angst ,, FLUFF,Angst, Hurt  /  Comfort "))
                .containsExactly("Fluff", "angst", "Hurt / Comfort");
    }

    @Test
    void splittingAcceptsFullWidthAndIdeographicCommas() {
        assertThat(TagNames.split("甲，乙、丙")).containsExactly("甲", "乙", "丙");
    }

    @Test
    void splittingNothingGivesNoNames() {
        assertThat(TagNames.split(null)).isEmpty();
        assertThat(TagNames.split("  ")).isEmpty();
        assertThat(TagNames.split(" , ,")).isEmpty();
    }

    @Test
    void urlFormUsesAo3Escapes() {
        assertThat(TagNames.toUrl("Hurt/Comfort")).isEqualTo("Hurt*s*Comfort");
        assertThat(TagNames.toUrl("Tom & Jerry")).isEqualTo("Tom *a* Jerry");
        assertThat(TagNames.toUrl("J.K.")).isEqualTo("J*d*K*d*");
        assertThat(TagNames.toUrl("Why?")).isEqualTo("Why*q*");
        assertThat(TagNames.toUrl("#1")).isEqualTo("*h*1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hurt/Comfort",
                "Harry Potter - J. K. Rowling",
                "Tom & Jerry?! #1 / Part 2.5",
                "Plain Name",
                "中文/日本語"
            })
    void urlFormRoundTrips(String name) {
        assertThat(TagNames.fromUrl(TagNames.toUrl(name))).isEqualTo(name);
    }

    @Test
    void urlFormIsReadWithTheStarEscape() {
        assertThat(TagNames.fromUrl("Kirk*s*Spock")).isEqualTo("Kirk/Spock");
        assertThat(TagNames.fromUrl("a*x*b")).isEqualTo("a*b");
    }

    @Test
    void pathSegmentsArePercentEncodedWithSpacesAsPercent20() {
        assertThat(TagNames.encodePath(TagNames.toUrl("Hurt/Comfort & Angst")))
                .isEqualTo("Hurt*s*Comfort%20*a*%20Angst");
        assertThat(TagNames.encodePath("中")).isEqualTo("%E4%B8%AD");
    }

    @Test
    void aTagsUrlSegmentIsItsAo3EscapesPercentEncodedInOnePass() {
        assertThat(TagNames.pathSegment("Haruno Sakura/Uzumaki Naruto"))
                .isEqualTo("Haruno%20Sakura*s*Uzumaki%20Naruto");
        assertThat(TagNames.pathSegment("Dr. Who & Co? #1")).isEqualTo("Dr*d*%20Who%20*a*%20Co*q*%20*h*1");
        assertThat(TagNames.pathSegment("Plain_tag-2")).isSameAs("Plain_tag-2".intern());
        // the same as the two steps it replaces, on names of every kind of character (whole code points: names
        // come from UTF-8 forms and files, which hold no lone surrogates)
        int[] pool =
                "aZ09 -_*.~/&?#%+,;:=@!$'()[]{}<>\"|^`\\é全角，😀\tñ".codePoints().toArray();
        var random = new java.util.Random(7);
        for (int n = 0; n < 5_000; n++) {
            var name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) name.appendCodePoint(pool[random.nextInt(pool.length)]);
            String s = name.toString();
            assertThat(TagNames.pathSegment(s)).as(s).isEqualTo(TagNames.encodePath(TagNames.toUrl(s)));
        }
    }
}
