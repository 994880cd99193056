package org.fanfold.importing.efiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.junit.jupiter.api.Test;

/** What eFiction's texts and classifications become, without a database. */
class EfictionMappingTest {

    private static EfictionArchive archive(String sql) throws IOException {
        DumpTables tables = DumpParser.parse(
                new StringReader(sql), "test.sql", EfictionSchema::wanted, EfictionSchema::defaultColumns);
        assertThat(tables.problems()).isEmpty();
        return ArchiveReader.read(tables, null);
    }

    private static final String ARCHIVE = """
            INSERT INTO fanfiction_authors VALUES (7,'Quill','Q','quill@example.com','','','','2009-01-01 00:00:00','0','x');
            INSERT INTO fanfiction_categories VALUES (3,-1,'Stargate Atlantis','','','0','0','1','0');
            INSERT INTO fanfiction_characters VALUES (4,3,'Rodney McKay','','');
            INSERT INTO fanfiction_classtypes VALUES (1,'genres','Genres'),(2,'warnings','Warnings'),(3,'pairing','Pairing');
            INSERT INTO fanfiction_classes VALUES (1,1,'Hurt/Comfort'),(2,2,'Non-Consensual Sex Acts'),(3,2,'Language'),
              (4,2,'None'),(5,3,'Slash'),(6,2,'Major Character Death');
            INSERT INTO fanfiction_ratings VALUES (1,'PG-13','',''),(2,'NC-17','',''),(3,'Frightening','','');
            INSERT INTO fanfiction_stories VALUES
              (10,'Tea &amp;amp; Sympathy','%s',NULL,'3','1,2,3,5','4','1','2009-02-03 04:05:06','2009-03-04 00:00:00',7,NULL,'0','1','1','0',0,0,0,0,'0'),
              (11,'Quiet','Short.',NULL,'0','4','','2','2009-02-03 04:05:06','0000-00-00 00:00:00',7,NULL,'0','1','0','0',0,0,0,0,'0'),
              (12,'Queued','Never approved.',NULL,'3','','','3','2009-02-03 04:05:06','2009-02-03 04:05:06',7,NULL,'0','0','0','0',0,0,0,0,'0'),
              (13,'Names','In names.',NULL,'Stargate Atlantis','Major Character Death','Rodney McKay','Frightening','2009-02-03','2009-02-03',7,NULL,'0','1','0','0',0,0,0,0,'0');
            INSERT INTO fanfiction_chapters VALUES
              (100,'One',1,'','First line\\nsecond line\\n\\nNew paragraph with &amp;#8217;quotes&amp;#8217;.',NULL,'1',0,0,0,10,7,0),
              (101,'Two',2,'Notes.','Para one<br><br>Para two<br>same para<script>alert(1)</script>','End.','1',0,0,0,10,7,0),
              (102,'Unapproved',3,'','Hidden.',NULL,'0',0,0,0,10,7,0),
              (110,'Only',1,'','&nbsp;<p>&nbsp;</p><p>Real text.</p>',NULL,'1',0,0,0,11,7,0),
              (130,'Only',1,'','Text.',NULL,'1',0,0,0,13,7,0);
            """;

    @Test
    void textsBecomeSanitizedParagraphs() {
        assertThat(EfictionText.html("&nbsp;<p> &nbsp;</p>Meat-related text.")).isEqualTo("Meat-related text.");
        assertThat(EfictionText.html("One\ntwo\n\nThree")).isEqualTo("<p>One<br />\ntwo</p>\n<p>Three</p>");
        assertThat(EfictionText.html("A<br><br>B<br />C")).isEqualTo("<p>A</p>\n<p>B<br />\nC</p>");
        assertThat(EfictionText.html("It&amp;#8217;s <b>bold</b><script>x()</script>"))
                .isEqualTo("<p>It’s <b>bold</b></p>");
        assertThat(EfictionText.html("<center>* * *</center>\n\nAfter"))
                .isEqualTo("<center>* * *</center>\n<p>After</p>");
        assertThat(EfictionText.html(null)).isEmpty();
        assertThat(EfictionText.plain("Tea &amp;amp; <i>Sympathy</i>")).isEqualTo("Tea & Sympathy");
    }

    @Test
    void classesBecomeWarningsCategoriesAndTagsAndRatingsGoByName() throws IOException {
        EfictionArchive archive = archive(ARCHIVE.formatted("Summary."));
        var tags = new EfictionTags(archive);

        Story tea = archive.stories().getFirst();
        EfictionTags.Mapped mapped = tags.of(tea);
        assertThat(mapped.rating()).isEqualTo("Teen And Up Audiences");
        assertThat(mapped.warnings()).containsExactly("Rape/Non-Con");
        assertThat(mapped.categories()).containsExactly("M/M");
        assertThat(mapped.fandoms()).containsExactly("Stargate Atlantis");
        assertThat(mapped.characters()).containsExactly("Rodney McKay");
        assertThat(mapped.freeforms()).containsExactly("Hurt/Comfort", "Language");

        EfictionTags.Mapped quiet = tags.of(archive.stories().get(1));
        assertThat(quiet.warnings()).containsExactly("No Archive Warnings Apply");
        assertThat(quiet.rating()).isEqualTo("Explicit");
        assertThat(quiet.fandoms()).isEmpty();

        assertThat(tags.of(archive.stories().get(2)).rating()).isEqualTo("Not Rated");

        EfictionTags.Mapped byName = tags.of(archive.stories().get(3)); // an archive that wrote names, not ids
        assertThat(byName.warnings()).containsExactly("Major Character Death");
        assertThat(byName.fandoms()).containsExactly("Stargate Atlantis");
        assertThat(byName.characters()).containsExactly("Rodney McKay");
        assertThat(byName.rating()).isEqualTo("Not Rated");

        assertThat(AO3Names.tag("Threesomes, Moresomes")).isEqualTo("Threesomes Moresomes");
        assertThat(AO3Names.rating("Mature")).isEqualTo("Mature");
        assertThat(AO3Names.rating("All Ages")).isEqualTo("General Audiences");
        assertThat(AO3Names.rating("Adult")).isEqualTo("Explicit");
    }

    @Test
    void aStoryWithTextInTheDatabaseIsPlannedWithItsApprovedChaptersAndDates() throws IOException {
        EfictionArchive archive = archive(ARCHIVE.formatted("Summary."));
        var mapper = new StoryMapper(archive, StoryFiles.none(), null, 0);

        StoryPlan plan = mapper.plan(archive.stories().getFirst());
        assertThat(plan.work().title()).isEqualTo("Tea & Sympathy");
        assertThat(plan.work().expectedChapters()).isEqualTo(2); // complete: the unapproved chapter is left out
        assertThat(plan.chapters()).extracting(c -> c.title()).containsExactly("One", "Two");
        assertThat(plan.chapters().getFirst().body())
                .isEqualTo("<p>First line<br />\nsecond line</p>\n<p>New paragraph with ’quotes’.</p>");
        assertThat(plan.chapters().get(1).body()).isEqualTo("<p>Para one</p>\n<p>Para two<br />\nsame para</p>");
        assertThat(plan.chapters().get(1).notes()).isEqualTo("<p>Notes.</p>");
        assertThat(plan.chapters().get(1).endNotes()).isEqualTo("<p>End.</p>");
        assertThat(plan.chapters().getFirst().wordCount()).isEqualTo(8);
        assertThat(plan.publishedAt())
                .isEqualTo(java.time.Instant.parse("2009-02-03T04:05:06Z").toEpochMilli());
        assertThat(plan.updatedAt())
                .isEqualTo(java.time.Instant.parse("2009-03-04T00:00:00Z").toEpochMilli());
        assertThat(plan.notes()).containsExactly("chapter 102 was never approved on the old archive: left out");
    }

    @Test
    void aLongSummaryIsCutShortAndKeptWholeInTheNotes() throws IOException {
        String longSummary = "Word ".repeat(400).strip();
        EfictionArchive archive = archive(ARCHIVE.formatted(longSummary));
        StoryPlan plan = new StoryMapper(archive, StoryFiles.none(), null, 0)
                .plan(archive.stories().getFirst());

        assertThat(plan.work().summary().length()).isLessThanOrEqualTo(1_250);
        assertThat(plan.work().summary()).startsWith("<p>Word Word").endsWith(" (…)</p>");
        assertThat(plan.work().notes())
                .startsWith("<p><strong>Summary:</strong></p>")
                .contains(longSummary);
    }

    @Test
    void aStoryInNoCategoryNeedsADefaultFandom() throws IOException {
        EfictionArchive archive = archive(ARCHIVE.formatted("Summary."));
        Story quiet = archive.stories().get(1);

        assertThatThrownBy(() -> new StoryMapper(archive, StoryFiles.none(), null, 0).plan(quiet))
                .isInstanceOf(StorySkipped.class)
                .hasMessage("it is in no category to make a fandom of; give a fandom for such stories");
        StoryPlan plan = new StoryMapper(archive, StoryFiles.none(), "Original Work", 0).plan(quiet);
        assertThat(plan.work().fandoms()).containsExactly("Original Work");
        assertThat(plan.chapters().getFirst().body()).isEqualTo("<p>Real text.</p>");
        assertThat(plan.work().expectedChapters()).isNull(); // not completed: "1/?"
    }
}
