package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
}
