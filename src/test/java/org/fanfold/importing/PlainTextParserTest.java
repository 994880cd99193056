package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.importing.StoryFiles.parseSample;
import static org.fanfold.importing.StoryFiles.text;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two samples in {@code samples/README.md} import exactly as it says. */
class PlainTextParserTest {

    @Nested
    class GreatestFailure {

        private final ParsedStory story = parseSample("greatest-failure.txt");

        @Test
        void titleAndCreditedAuthorComeFromTheHeader() {
            assertThat(story.title()).isEqualTo("Greatest Failure");
            assertThat(story.creditedAuthor()).isEqualTo("Isiri");
        }

        @Test
        void ratingTMapsToTeenAndUpAudiences() {
            assertThat(story.rating()).isEqualTo("Teen And Up Audiences");
        }

        @Test
        void summaryTagsBecomeTagsWithThePairingShorthandAsRelationship() {
            assertThat(story.relationships()).containsExactly("NaruSaku");
            assertThat(story.freeforms()).containsExactly("AU Future", "One Shot");
        }

        @Test
        void summaryIsTheQuotedText() {
            assertThat(text(story.summary()))
                    .isEqualTo("<p>Her skin was pale, so, so pale. It reminded him of the moon. Her skin that had"
                            + " always been warm and coloured peach was now cold and grey. Like the moon.</p>");
        }

        @Test
        void dedicationGivesAGiftToTheNamedPerson() {
            assertThat(story.giftRecipients()).containsExactly("RavenScarlett-san");
            assertThat(text(story.notes())).contains("Dedication: To RavenScarlett-san, who drew the amazing picture");
        }

        @Test
        void notesComeFromTheHeadersAuthorsNote() {
            assertThat(text(story.notes()))
                    .contains("It's really, really depressing, I'm warning you all now.")
                    .contains("Thank you for giving me the inspiration I needed to write this.")
                    .doesNotContain("A/N");
        }

        @Test
        void endNotesComeFromTheTrailingAnParagraph() {
            assertThat(text(story.endNotes()))
                    .startsWith("<p>Since I seem to write so many freakin' one-shots and drabbles,")
                    .endsWith("what didn't and why!</p>")
                    .doesNotContain("AN:");
        }

        @Test
        void isOneChapterFromHerSkinToTheEpigraph() {
            assertThat(story.chapters()).hasSize(1);
            ParsedChapter chapter = story.chapters().getFirst();
            assertThat(chapter.title()).isEmpty();
            assertThat(text(chapter.bodyHtml()))
                    .startsWith("<p>Her skin was pale")
                    .endsWith("<p>Hey God, I know I'm just a dot in this world, but have you forgotten about me?</p>")
                    .doesNotContain("Since I seem to write")
                    .doesNotContain("<hr");
        }

        @Test
        void repeatedTitleLineIsDropped() {
            assertThat(story.chapters().getFirst().bodyHtml()).doesNotContain("Greatest Failure");
        }

        @Test
        void oneShotIsComplete() {
            assertThat(story.complete()).isTrue();
        }

        @Test
        void withoutWarningsTheCreatorChoseNotToWarn() {
            assertThat(story.warnings()).containsExactly("Creator Chose Not To Use Archive Warnings");
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.fandoms()).isEmpty();
        }
    }

    @Nested
    class Lanterns {

        private final ParsedStory story = parseSample("lanterns.txt");

        @Test
        void hasThreeChaptersWithTheirTitles() {
            assertThat(story.chapters())
                    .extracting(ParsedChapter::title)
                    .containsExactly("The Paper", "The Name", "The Water");
            assertThat(story.chapters().get(1).bodyHtml()).startsWith("<p>Writing the name was the hard part.");
        }

        @Test
        void starsAndBlankRunsAndTildesAreSceneBreaks() {
            String first = story.chapters().get(0).bodyHtml();
            assertThat(first.split("<hr", -1)).hasSize(3);
            assertThat(first).doesNotContain("* * *");
            assertThat(first.indexOf("At home")).isGreaterThan(first.indexOf("<hr"));
            assertThat(first.lastIndexOf("<hr")).isLessThan(first.indexOf("The first lantern tore."));
            assertThat(story.chapters().get(1).bodyHtml()).doesNotContain("<hr");
            assertThat(story.chapters().get(2).bodyHtml().split("<hr", -1)).hasSize(2);
        }

        @Test
        void headerTagsLandInTheirTypes() {
            assertThat(story.fandoms()).containsExactly("Original Work");
            assertThat(story.relationships()).containsExactly("Ines/Tomas");
            assertThat(story.characters()).containsExactly("Ines", "Tomas", "The Harbormaster");
        }

        @Test
        void hurtComfortIsOneGenre() {
            assertThat(story.freeforms()).containsExactly("Romance", "Hurt/Comfort");
        }

        @Test
        void ratingKPlusMapsToGeneralAudiences() {
            assertThat(story.rating()).isEqualTo("General Audiences");
        }

        @Test
        void majorCharacterDeathIsTheWarning() {
            assertThat(story.warnings()).containsExactly("Major Character Death");
        }

        @Test
        void endNotesComeFromTheLastParagraph() {
            assertThat(text(story.endNotes()))
                    .isEqualTo("<p>Thank you for reading. This one sat in a drawer for two years. Reviews are lovely"
                            + " but never owed.</p>");
            assertThat(story.chapters().getLast().bodyHtml())
                    .doesNotContain("Author")
                    .endsWith("went out to join the others.</p>");
        }

        @Test
        void summaryAndAuthorComeFromTheHeader() {
            assertThat(story.title()).isEqualTo("Lanterns Over the Harbor");
            assertThat(story.creditedAuthor()).isEqualTo("quietmoth");
            assertThat(text(story.summary())).startsWith("<p>Every autumn the harbor town");
            assertThat(story.notes()).isEmpty();
            assertThat(story.complete()).isNull();
        }
    }
}
