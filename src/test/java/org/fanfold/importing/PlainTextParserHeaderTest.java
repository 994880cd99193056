package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.importing.StoryFiles.parse;
import static org.fanfold.importing.StoryFiles.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header block: keys, ratings, warnings, tags, summary tags, dedications and what the parser keeps in notes. */
class PlainTextParserHeaderTest {

    @Test
    void unknownHeaderKeysAreKeptInNotes() {
        ParsedStory story = parse("Title: Kept\nDisclaimer: I own nothing.\nA/N: Be kind.\nWord Count: 500\n\nText.\n");

        assertThat(text(story.notes()))
                .isEqualTo("<p>Be kind.</p>\n<p>Disclaimer: I own nothing.<br />\nWord Count: 500</p>");
    }

    @Test
    void aLinkOnItsOwnLineContinuesTheNoteAbove() {
        ParsedStory story = parse("Title: L\nA/N: The picture is at\nhttps://example.com/pic\n\nText.\n");

        assertThat(text(story.notes())).isEqualTo("<p>The picture is at<br />\nhttps://example.com/pic</p>");
    }

    @Test
    void dialogueWithAColonIsNotAHeader() {
        ParsedStory story = PlainTextParser.parse(
                "argument.txt", "Sakura: Why did you do that?\nNaruto: Because.\n\nShe sighed.\n".getBytes(UTF_8));

        assertThat(story.title()).isEqualTo("argument");
        assertThat(story.notes()).isEmpty();
        assertThat(text(story.chapters().getFirst().bodyHtml()))
                .startsWith("<p>Sakura: Why did you do that?<br />\nNaruto: Because.</p>");
    }

    @Test
    void keysAreCaseInsensitiveAndWrappedValuesContinue() {
        ParsedStory story =
                parse("TITLE: Loud\npairing: A/B, C/D\nsummary: A summary that\n  wraps onto a second line.\n"
                        + "author's note: Hi.\n\nText.\n");

        assertThat(story.title()).isEqualTo("Loud");
        assertThat(story.relationships()).containsExactly("A/B", "C/D");
        assertThat(text(story.summary())).isEqualTo("<p>A summary that<br />\nwraps onto a second line.</p>");
        assertThat(text(story.notes())).isEqualTo("<p>Hi.</p>");
    }

    @ParameterizedTest
    @CsvSource({
        "K, General Audiences",
        "K+, General Audiences",
        "T, Teen And Up Audiences",
        "M, Mature",
        "MA, Explicit",
        "G, General Audiences",
        "E, Explicit",
        "explicit, Explicit",
        "Fiction T, Teen And Up Audiences",
        "teen and up audiences, Teen And Up Audiences",
        "Not Rated, Not Rated"
    })
    void ratingsMapToAo3Names(String written, String ao3) {
        assertThat(parse("Title: R\nRating: " + written + "\n\nText.\n").rating())
                .isEqualTo(ao3);
    }

    @Test
    void warningsMapToAo3NamesAndTheRestBecomeTags() {
        ParsedStory story = parse("Title: W\nWarnings: graphic violence, Non-Con; UNDERAGE, blood, MCD\n\nText.\n");

        assertThat(story.warnings())
                .containsExactly(
                        "Graphic Depictions Of Violence", "Rape/Non-Con", "Underage Sex", "Major Character Death");
        assertThat(story.freeforms()).containsExactly("blood");
    }

    @Test
    void noWarningsMeansNoArchiveWarningsApply() {
        assertThat(parse("Title: W\nWarnings: none\n\nText.\n").warnings())
                .containsExactly("No Archive Warnings Apply");
    }

    @Test
    void categoriesAreAo3sAndOtherCategoryValuesGoToNotes() {
        ParsedStory story = parse("Title: C\nCategory: F/M, gen, Anime\n\nText.\n");

        assertThat(story.categories()).containsExactly("F/M", "Gen");
        assertThat(text(story.notes())).isEqualTo("<p>Category: Anime</p>");
    }

    @Test
    void genresSplitOnSlashesKeepingHurtComfortWhole() {
        ParsedStory story = parse("Title: G\nGenre: romance/Hurt/Comfort, Humor\nTags: fluff / angst\n\nText.\n");

        assertThat(story.freeforms()).containsExactly("Romance", "Hurt/Comfort", "Humor", "fluff", "Angst");
    }

    @Test
    void defaultFandomIsUsedOnlyWhenTheHeaderNamesNone() {
        byte[] without = "Title: F\n\nText.\n".getBytes(UTF_8);
        byte[] with = "Title: F\nFandom: Naruto\n\nText.\n".getBytes(UTF_8);

        assertThat(PlainTextParser.parse("f.txt", without, "Bleach").fandoms()).containsExactly("Bleach");
        assertThat(PlainTextParser.parse("f.txt", with, "Bleach").fandoms()).containsExactly("Naruto");
        assertThat(PlainTextParser.parse("f.txt", without, null).fandoms()).isEmpty();
    }

    @Test
    void languageIsACodeAndAnUnknownOneIsKeptInNotes() {
        assertThat(parse("Title: L\nLanguage: Español\n\nTexto.\n").language()).isEqualTo("es");
        ParsedStory klingon = parse("Title: L\nLanguage: Klingon\n\nText.\n");
        assertThat(klingon.language()).isEqualTo("en");
        assertThat(text(klingon.notes())).contains("Language: Klingon");
    }

    @Test
    void statusSaysWhetherTheWorkIsComplete() {
        assertThat(parse("Title: S\nStatus: Complete\n\nText.\n").complete()).isTrue();
        assertThat(parse("Title: S\nStatus: In Progress\n\nText.\n").complete()).isFalse();
        assertThat(parse("Title: S\n\nText.\n").complete()).isNull();
    }

    @Test
    void summaryTagsAtTheEndsBecomeTagsAndProseStays() {
        ParsedStory story = parse("Title: S\nSummary: Naruto x Hinata; Drabble. He proposes at the ramen stand."
                + " Sasuke Uchiha/Sakura Haruno. Oneshot\n\nText.\n");

        assertThat(story.relationships()).containsExactly("Naruto x Hinata", "Sasuke Uchiha/Sakura Haruno");
        assertThat(story.freeforms()).containsExactly("Drabble", "Oneshot");
        assertThat(text(story.summary())).isEqualTo("<p>He proposes at the ramen stand.</p>");
        assertThat(story.complete()).isTrue();
    }

    @Test
    void shortProseSentencesInTheSummaryAreNotTags() {
        ParsedStory story = parse("Title: S\nSummary: Sasuke returns. Sakura waits. Romance Blooms.\n\nText.\n");

        assertThat(story.relationships()).isEmpty();
        assertThat(story.freeforms()).isEmpty();
        assertThat(text(story.summary())).isEqualTo("<p>Sasuke returns. Sakura waits. Romance Blooms.</p>");
    }

    @Test
    void dedicationNamesGiftRecipientsAndStaysInNotes() {
        ParsedStory story = parse("Title: D\nDedication: For Mia and Sam, because they asked.\n\nText.\n");

        assertThat(story.giftRecipients()).containsExactly("Mia", "Sam");
        assertThat(text(story.notes())).isEqualTo("<p>Dedication: For Mia and Sam, because they asked.</p>");
    }

    @Test
    void headerWithoutTitleTakesTheTitleLineOfTheBody() {
        ParsedStory story = parse("Author: someone\nRating: T\n\nWinter Light\n\nSnow fell.\n");

        assertThat(story.title()).isEqualTo("Winter Light");
        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>Snow fell.</p>");
    }
}
