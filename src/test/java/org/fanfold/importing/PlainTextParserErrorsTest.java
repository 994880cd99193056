package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that cannot become works fail with the reason and the line at fault. */
class PlainTextParserErrorsTest {

    private static ImportException failure(String text) {
        return failure(text.getBytes(UTF_8));
    }

    private static ImportException failure(byte[] content) {
        return catchThrowableOfType(ImportException.class, () -> PlainTextParser.parse("story.txt", content));
    }

    @Test
    void badRatingNamesTheValueAndItsLine() {
        ImportException e = failure("Title: X\nAuthor: Y\nRating: Q\n\nText.\n");

        assertThat(e).hasMessage("bad rating \"Q\" (line 3)");
        assertThat(e.reason()).isEqualTo("bad rating \"Q\"");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] latin1 = "Title: Caf\u00e9\r\n\r\nOne.\r\nTwo caf\u00e9.\r\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] goodThenBad = "Title: X\n\nOne.\nTwo.\n\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(failure(latin1)).hasMessage("the file is not UTF-8 text (line 1)");
        assertThat(failure(goodThenBad).line()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n\t\n", "\uFEFF", "\uFEFF\r\n"})
    void emptyFileIsAnError(String text) {
        assertThat(failure(text)).hasMessage("the file is empty");
    }

    @Test
    void headerWithoutStoryIsAnError() {
        assertThat(failure("Title: Only a header\nRating: T\n").reason()).isEqualTo("no story text");
    }

    @Test
    void titleOver255CharactersIsAnErrorAtItsLine() {
        ImportException e = failure("Rating: T\nTitle: " + "x".repeat(256) + "\n\nText.\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("255");
    }

    @Test
    void noTitleAnywhereIsAnError() {
        ImportException e = catchThrowableOfType(
                ImportException.class, () -> PlainTextParser.parse(".txt", "Just text.\n".getBytes(UTF_8)));

        assertThat(e.reason()).startsWith("no title");
    }

    @Test
    void summaryOver1250CharactersIsAnErrorAtItsLine() {
        ImportException e = failure("Title: X\nSummary: " + "word ".repeat(260) + "\n\nText.\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("1250");
    }

    @Test
    void notesOver5000CharactersAreAnErrorNotTruncated() {
        String keys = IntStream.range(0, 60)
                .mapToObj(i -> "Key" + i + ": " + "n".repeat(90))
                .collect(Collectors.joining("\n"));

        ImportException e = failure("Title: X\n" + keys + "\n\nText.\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("5000");
    }

    @Test
    void tagOver150CharactersIsAnError() {
        assertThat(failure("Title: X\nFandom: F\nTags: " + "t".repeat(151) + "\n\nText.\n")
                        .line())
                .isEqualTo(3);
    }

    @Test
    void moreThan75TagsIsAnError() {
        String tags = IntStream.range(0, 76).mapToObj(i -> "tag" + i).collect(Collectors.joining(", "));

        ImportException e = failure("Title: X\nTags: " + tags + "\n\nText.\n");

        assertThat(e.reason()).isEqualTo("more than 75 tags");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void chapterOver510000CharactersIsAnErrorAtItsHeading() {
        String big = ("y".repeat(999) + "\n\n").repeat(511);

        ImportException e = failure("Title: X\n\nChapter 1\n\nShort.\n\nChapter 2\n\n" + big);

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.reason()).contains("510000");
    }
}
