package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.importing.StoryFiles.parse;
import static org.fanfold.importing.StoryFiles.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles, paragraphs, scene breaks, chapters and end notes of the body. */
class PlainTextParserBodyTest {

    @Test
    void byteOrderMarkAndWindowsLineEndsAreNormalized() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Title: Crlf\r\nRating: M\r\n\r\nFirst line\r\nsecond line\r\n\r\nNext.\rStill next.\r\n"
                .getBytes(UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        ParsedStory story = PlainTextParser.parse("crlf.txt", content);

        assertThat(story.title()).isEqualTo("Crlf");
        assertThat(story.rating()).isEqualTo("Mature");
        assertThat(story.chapters().getFirst().bodyHtml())
                .isEqualTo("<p>First line<br />\nsecond line</p>\n<p>Next.<br />\nStill next.</p>")
                .doesNotContain("\r");
    }

    @Test
    void headerlessFileTakesItsTitleFromAShortFirstLine() {
        ParsedStory story = parse("The Long Way Home\n\nShe walked.\n\nHe waited.\n");

        assertThat(story.title()).isEqualTo("The Long Way Home");
        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>She walked.</p>\n<p>He waited.</p>");
        assertThat(story.rating()).isEqualTo("Not Rated");
        assertThat(story.creditedAuthor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It was a dark and stormy night.\n\nThe end.\n",
                "\"Run,\" she said\n\nThey ran.\n",
                "One line only, no blank after\nand a second.\n\nMore.\n"
            })
    void headerlessFileWithoutATitleLineIsNamedAfterTheFile(String text) {
        ParsedStory story = PlainTextParser.parse("stories/my_old-story.final.txt", text.getBytes(UTF_8));

        assertThat(story.title()).isEqualTo("my old story.final");
        assertThat(text(story.chapters().getFirst().bodyHtml())).startsWith("<p>" + text.substring(0, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"***", "* * *", "~~~", "-x-", "oOo", "---", "xXx", "o0o", "###", "=====", "~*~", "- o -"})
    void loneMarkerLinesAreSceneBreaks(String marker) {
        ParsedStory story = parse("Title: Breaks\n\nBefore.\n\n" + marker + "\n\nAfter.\n");

        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>Before.</p>\n<hr />\n<p>After.</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "xxx", "ooo", "Oh.", "?!?", "OK", "Box"})
    void proseThatLooksShortIsNoSceneBreak(String line) {
        ParsedStory story = parse("Title: Breaks\n\nBefore.\n\n" + line + "\n\nAfter.\n");

        assertThat(story.chapters().getFirst().bodyHtml()).doesNotContain("<hr");
    }

    @Test
    void twoBlankLinesAreASceneBreakButNotAtTheEdgesOrTwiceInARow() {
        ParsedStory story = parse("Title: Gaps\n\n\n\nOne.\n\n\n* * *\n\n\nTwo.\n\n\n\n");

        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>One.</p>\n<hr />\n<p>Two.</p>");
    }

    @Test
    void textIsEscapedAndSanitized() {
        ParsedStory story = parse("Title: Markup\n\n<script>alert(1)</script> & <b>bold</b>\n");

        String html = story.chapters().getFirst().bodyHtml();
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").startsWith("<p>");
        assertThat(text(html)).contains("<script>alert(1)</script> & <b>bold</b>");
    }

    @Test
    void chapterHeadingsInTheirFormatsSplitChapters() {
        ParsedStory story = parse(
                "Title: Chapters\n\nChapter 1\n\nOne.\n\nChapter 2: The Second\n\nTwo.\n\nCHAPTER III - Third\n\nThree.\n\n"
                        + "chapter four. Fourth\n\nFour.\n");

        assertThat(story.chapters())
                .extracting(ParsedChapter::title)
                .containsExactly("", "The Second", "Third", "Fourth");
        assertThat(story.chapters())
                .extracting(ParsedChapter::bodyHtml)
                .containsExactly("<p>One.</p>", "<p>Two.</p>", "<p>Three.</p>", "<p>Four.</p>");
    }

    @Test
    void textBeforeTheFirstChapterHeadingIsPartOfChapterOne() {
        ParsedStory story = parse("Title: Early\n\nA start.\n\nChapter 1: Proper\n\nOne.\n\nChapter 2\n\nTwo.\n");

        assertThat(story.chapters()).hasSize(2);
        assertThat(story.chapters().getFirst().title()).isEqualTo("Proper");
        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>A start.</p>\n<p>One.</p>");
    }

    @Test
    void chapterWordsInsideProseDoNotSplit() {
        ParsedStory story = parse("Title: Prose\n\nChapter 3 of the book lay open.\n\nShe read it.\n");

        assertThat(story.chapters()).hasSize(1);
        assertThat(story.chapters().getFirst().bodyHtml()).startsWith("<p>Chapter 3 of the book");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/N: Thanks!", "a/n: Thanks!", "AN: Thanks!", "Author's Note: Thanks!", "A/N Thanks!"})
    void closingAuthorsNoteBecomesEndNotes(String closing) {
        ParsedStory story = parse("Title: Notes\n\nThe story.\n\n" + closing + "\n");

        assertThat(text(story.endNotes())).isEqualTo("<p>Thanks!</p>");
        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>The story.</p>");
    }

    @Test
    void aParagraphOpeningWithAnIsStoryText() {
        ParsedStory story = parse("Title: Notes\n\nThe story.\n\nAn old man watched.\n");

        assertThat(story.endNotes()).isEmpty();
        assertThat(story.chapters().getFirst().bodyHtml()).endsWith("<p>An old man watched.</p>");
    }

    @Test
    void repeatedTitleLineIsDroppedIgnoringCaseAndPunctuation() {
        ParsedStory story = parse("Title: Greatest Failure\n\n~ GREATEST FAILURE! ~\n\nText.\n");

        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>Text.</p>");
    }
}
