package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** AO3's HTML downloads, in the markup AO3's download views write, read into stories. */
class Ao3HtmlParserTest {

    private static ParsedStory parse(String resource) {
        return Ao3HtmlParser.parse(resource, Fixtures.resource("ao3/" + resource), null);
    }

    @Test
    void aOneShotKeepsItsTagsSummaryTextAndOrigin() {
        ParsedStory story = parse("one-shot.html");

        assertThat(story.title()).isEqualTo("The Lighthouse Keeper's Tea");
        assertThat(story.creditedAuthor()).isEqualTo("tidewriter");
        assertThat(story.rating()).isEqualTo("General Audiences");
        assertThat(story.warnings()).containsExactly("No Archive Warnings Apply");
        assertThat(story.categories()).containsExactly("Gen");
        assertThat(story.fandoms()).containsExactly("Original Work");
        assertThat(story.characters()).containsExactly("Original Characters");
        assertThat(story.freeforms()).containsExactly("Fluff", "Tea", "Lighthouses");
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.summary())
                .isEqualTo("<p>A storm, a kettle, and a visitor who does not want to say why she came.</p>");
        assertThat(story.notes()).isEmpty();
        assertThat(story.endNotes()).isEmpty();
        assertThat(story.complete()).isTrue();
        assertThat(story.expectedChapters()).isEqualTo(1);
        assertThat(story.series()).isEmpty();
        assertThat(story.origin()).isNotNull();
        assertThat(story.origin().url()).isEqualTo("https://archiveofourown.org/works/40001");
        assertThat(story.origin().archive()).isEqualTo("the Archive of Our Own");
        assertThat(story.origin().published()).isEqualTo(LocalDate.of(2021, 6, 14));
        assertThat(story.origin().updated()).isNull();

        assertThat(story.chapters()).hasSize(1);
        ParsedChapter only = story.chapters().getFirst();
        assertThat(only.title()).isEmpty();
        assertThat(only.bodyHtml())
                .startsWith("<p>The storm had been at the windows since noon")
                .contains("<em>Of course</em>", "<hr />")
                .endsWith("The sea could wait.</p>");
    }

    @Test
    void aChapteredWorkKeepsEveryChapterWithItsSummaryNotesAndEndNotes() {
        ParsedStory story = parse("three-chapters.html");

        assertThat(story.title()).isEqualTo("Salt and Iron");
        assertThat(story.creditedAuthor()).isEqualTo("inkwell (quillfeather), saltmarsh");
        assertThat(story.rating()).isEqualTo("Teen And Up Audiences");
        assertThat(story.warnings()).containsExactly("Graphic Depictions Of Violence", "Major Character Death");
        assertThat(story.categories()).containsExactly("F/M", "Gen");
        assertThat(story.fandoms()).containsExactly("The Harbour Saga", "Tidewatch (Web Series)");
        assertThat(story.relationships()).containsExactly("Ines Varga/Tomas Holt");
        assertThat(story.characters()).containsExactly("Ines Varga", "Tomas Holt", "The Harbourmaster");
        assertThat(story.freeforms()).containsExactly("Alternate Universe - Pirates", "Slow Burn");
        assertThat(story.series()).containsExactly(new ParsedStory.SeriesPart("The Harbour Cycle", 2));
        assertThat(story.complete()).isFalse();
        assertThat(story.expectedChapters()).isEqualTo(5);
        assertThat(story.origin().published()).isEqualTo(LocalDate.of(2019, 2, 3));
        assertThat(story.origin().updated()).isEqualTo(LocalDate.of(2019, 4, 5));

        assertThat(story.summary())
                .isEqualTo("<p>The harbour has two masters and one bell. <em>Someone</em> has to ring it.</p>");
        assertThat(story.notes())
                .startsWith("<p>Written for Harbour Fest. Thanks to my beta, who knows who she is.</p>")
                .contains("Inspired by", "The Bell at Low Water", "https://archiveofourown.org/works/39000");
        assertThat(Fixtures.text(story.endNotes())).isEqualTo("Thank you for reading! Come find me on my site.");
        assertThat(story.endNotes()).contains("href=\"https://example.org/quill\"");

        assertThat(story.chapters()).extracting(ParsedChapter::title).containsExactly("Low Tide", "", "The Iron Bell");
        ParsedChapter first = story.chapters().get(0);
        assertThat(first.summary()).isEqualTo("<p>Ines finds the bell rope cut.</p>");
        assertThat(first.notes()).isEqualTo("<p>Content note for a brief fight.</p>");
        assertThat(first.endNotes()).isEqualTo("<p>More soon: chapter two is with my beta.</p>");
        assertThat(first.bodyHtml())
                .startsWith("<p>The tide went out at six")
                .contains("src=\"https://example.org/harbour.png\"", "alt=\"the harbour at dawn\"")
                .doesNotContain("Chapter Summary", "Chapter 1");
        ParsedChapter second = story.chapters().get(1);
        assertThat(second.summary()).isEmpty();
        assertThat(second.notes()).isEmpty();
        assertThat(second.bodyHtml()).contains("<table>").doesNotContain("script", "alert");
        ParsedChapter third = story.chapters().get(2);
        assertThat(third.notes()).isEqualTo("<p>The song in this chapter is traditional.</p>");
        assertThat(third.endNotes()).isEqualTo("<p>Two chapters to go.</p>");
        assertThat(Fixtures.text(third.bodyHtml()))
                .isEqualTo(
                        "The bell rang once, at midnight, and the whole harbour woke. Nobody would say who had rung it."
                                + " Everybody knew.");
    }

    @Test
    void anArchivistsImportNamesTheAuthorAlone() {
        String html = new String(Fixtures.resource("ao3/one-shot.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "by <a rel=\"author\" href=\"https://archiveofourown.org/users/tidewriter/pseuds/tidewriter\">"
                                + "tidewriter</a>",
                        "by Old Author [archived by <a href=\"https://archiveofourown.org/users/od/pseuds/od\">od</a>]");

        ParsedStory story = Ao3HtmlParser.parse("x.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        assertThat(story.creditedAuthor()).isEqualTo("Old Author");
    }

    @Test
    void whatTheAuthorWroteIsNeverTakenForTheDownloadsOwnLabels() {
        String html = new String(Fixtures.resource("ao3/one-shot.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "<blockquote class=\"userstuff\"><p>A storm, a kettle",
                        "<blockquote class=\"userstuff\"><p>Notes</p><blockquote><p>not the notes</p></blockquote>"
                                + "<ul><li>Inspired by nothing at all</li></ul><p>A storm, a kettle");

        ParsedStory story = Ao3HtmlParser.parse("x.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        assertThat(story.notes()).isEmpty();
        assertThat(story.summary()).startsWith("<p>Notes</p><blockquote><p>not the notes</p></blockquote>");
    }
}
