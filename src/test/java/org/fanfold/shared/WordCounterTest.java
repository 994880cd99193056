package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void englishWordsAreSeparatedBySpaces() {
        assertThat(WordCounter.count("The quick brown fox jumps over the lazy dog."))
                .isEqualTo(9);
        assertThat(WordCounter.count("  lots\tof\n\nwhite   space  ")).isEqualTo(4);
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(WordCounter.count("")).isZero();
        assertThat(WordCounter.countHtml(null)).isZero();
        assertThat(WordCounter.countHtml("")).isZero();
    }

    @Test
    void tokensOfPunctuationAloneAreNotWords() {
        assertThat(WordCounter.count("Wait - what ... ?! — no")).isEqualTo(3);
        assertThat(WordCounter.count("*** --- ...")).isZero();
    }

    @Test
    void contractionsAndHyphenatedWordsAreOneWord() {
        assertThat(WordCounter.count("don't")).isEqualTo(1);
        assertThat(WordCounter.count("well-known")).isEqualTo(1);
        assertThat(WordCounter.count("I don't know the well-known answer.")).isEqualTo(6);
    }

    @Test
    void numbersAreWords() {
        assertThat(WordCounter.count("Chapter 12 of 2026")).isEqualTo(4);
    }

    @Test
    void eachHanKanaOrThaiCharacterIsAWord() {
        assertThat(WordCounter.count("我爱你")).isEqualTo(3);
        assertThat(WordCounter.count("ありがとう")).isEqualTo(5);
        assertThat(WordCounter.count("カタカナ")).isEqualTo(4);
        assertThat(WordCounter.count("สวัสดี")).isEqualTo(6);
    }

    @Test
    void mixedScriptsCountEachTheirOwnWay() {
        assertThat(WordCounter.count("Naruto 说 你好 today")).isEqualTo(5);
        assertThat(WordCounter.count("abc我def")).isEqualTo(3);
    }

    @Test
    void htmlTagsAreIgnored() {
        assertThat(WordCounter.countHtml("<p>Hello <em>brave</em> new<br/>world</p>"))
                .isEqualTo(4);
        assertThat(WordCounter.countHtml("<p class=\"long attribute value here\">One</p><p>two</p>"))
                .isEqualTo(2);
        assertThat(WordCounter.countHtml("<hr /><div><img src=\"a.png\" alt=\"many words here\"></div>"))
                .isZero();
    }

    @Test
    void entitiesAreText() {
        assertThat(WordCounter.countHtml("<p>Tom&nbsp;&amp;&nbsp;Jerry</p>")).isEqualTo(2);
    }

    @Test
    void plainTextInOnePassEqualsTheRegexesAndReplacements() {
        assertThat(WordCounter.plainText("<p>Hello&nbsp; <b>there</b>\t&amp;lt;</p> &lt;i&gt; a<b"))
                .isEqualTo("Hello there &lt; <i> a<b");
        String[] pieces = {
            "<",
            ">",
            "<p>",
            "</p>",
            "&",
            ";",
            "&nbsp;",
            "&#160;",
            "&lt;",
            "&gt;",
            "&quot;",
            "&#39;",
            "&#64;",
            "&amp;",
            "&amp;lt;",
            "amp;",
            "lt;",
            " ",
            "  ",
            "\t",
            "\n",
            "\u00a0",
            "a",
            "word",
            "é",
            "漢",
            "#"
        };
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) html.append(pieces[random.nextInt(pieces.length)]);
            String h = html.toString();
            String expected = h.isEmpty()
                    ? ""
                    : WordCounter.stripTags(h).replaceAll("[ \\t]+", " ").strip();
            assertThat(WordCounter.plainText(h)).as(h).isEqualTo(expected);
        }
    }
}
