package org.fanfold.importing.efiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.importing.efiction.ImportReport.Kind;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.testing.TestData;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import of the synthetic eFiction test archive (see {@code src/test/resources/efiction/README.md}) on every
 * database. Each test imports under an archive id of its own, so the shared database holds each import apart.
 */
abstract class EfictionImportContract {

    @Autowired
    EfictionImporter importer;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkReader reader;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    User archivist;
    String archive;

    @BeforeEach
    void archivist() {
        archivist = TestData.user(accounts);
        archive = TestData.unique("efiction-test");
    }

    ImportReport run(Path dump, boolean dryRun) {
        return run(dump, null, dryRun);
    }

    ImportReport run(Path dump, Path stories, boolean dryRun) {
        return importer.run(
                dump,
                stories,
                new EfictionOptions(archivist, null, null, dryRun, archive),
                EfictionImporter.Listener.NONE);
    }

    long workOf(long sid) {
        return jdbc.sql("SELECT target_id FROM import_sources WHERE source_archive = ? AND kind = 'story'"
                        + " AND source_id = ?")
                .params(archive, String.valueOf(sid))
                .query(Long.class)
                .single();
    }

    long worksImported() {
        return jdbc.sql("SELECT COUNT(*) FROM import_sources s JOIN works w ON w.id = s.target_id"
                        + " WHERE s.source_archive = ? AND s.kind = 'story'")
                .param(archive)
                .query(Long.class)
                .single();
    }

    @Test
    void theTestArchiveImportsWithCountsThatMatchItsDump() {
        ImportReport report = run(EfictionFixtures.copy(dir, "efiction.sql"), false);

        assertThat(report.fatal()).isNull();
        assertThat(report.archive()).isEqualTo("Efiction Test");
        // 15 stories in the dump; "Email story" (sid 4) has no chapters (its one chapter row belongs to sid 3)
        assertThat(report.count(Kind.STORIES)).isEqualTo(14);
        assertThat(report.count(Kind.CHAPTERS)).isEqualTo(17);
        assertThat(report.count(Kind.AUTHORS)).isEqualTo(4); // Author1 wrote nothing
        assertThat(report.count(Kind.SERIES)).isEqualTo(3);
        assertThat(report.count(Kind.REVIEWS)).isEqualTo(5); // the sixth was of the skipped story
        assertThat(report.count(Kind.TAGS)).isPositive();
        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::toString)
                .containsExactly("story 4 \"Email story\": it has no chapters");
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes())
                .contains(
                        "1 author has no stories: not imported, as there is nothing of theirs to claim.",
                        "story 835 \"Windows 1252 Story\": 5/842.txt is not UTF-8: read as Windows-1252");
        assertThat(worksImported()).isEqualTo(14);
    }

    @Test
    void aStoryArrivesWithItsTagsChaptersDatesCreditsAndReviews() {
        run(EfictionFixtures.copy(dir, "efiction.sql"), false);

        WorkView view = reader.view(workOf(3), Viewer.GUEST).orElseThrow();
        assertThat(view.work().title()).isEqualTo("Lorem ipsum");
        assertThat(view.work().importedAuthor()).isEqualTo("D Author 4");
        assertThat(view.creators()).extracting(p -> p.login()).containsExactly(archivist.login());
        assertThat(view.rating()).isEqualTo("Explicit"); // eFiction's "Adult"
        assertThat(names(view.tags(TagType.ARCHIVE_WARNING)))
                .containsExactly("Creator Chose Not To Use Archive Warnings");
        assertThat(names(view.tags(TagType.FANDOM))).containsExactly("Bill/Bob");
        assertThat(names(view.tags(TagType.CHARACTER)))
                .containsExactlyInAnyOrder("Bob Billson", "Bill O'Connell", "Fatima Habibi", "Václav");
        assertThat(names(view.tags(TagType.FREEFORM)))
                .containsExactlyInAnyOrder("Angst", "Drama", "First Time", "Humor", "Romance");
        assertThat(view.work().summary()).isEqualTo("<p>Short, and no tricky characters.</p>");
        assertThat(view.work().chaptersLabel()).isEqualTo("2/2");
        assertThat(view.published()).isEqualTo("2006-03-04");
        List<Chapter> chapters = reader.chapters(view, Viewer.GUEST);
        assertThat(chapters).extracting(Chapter::title).containsExactly("Chapter One", "Chapter Two");
        assertThat(chapters.getFirst().body()).startsWith("<p>");
        assertThat(view.work().wordCount())
                .isEqualTo(chapters.stream().mapToInt(Chapter::wordCount).sum())
                .isPositive();
        assertThat(view.work().commentsCount()).isEqualTo(1);
        var review = jdbc.sql("SELECT guest_name, guest_email, body, chapter_id, created_at FROM comments"
                        + " WHERE work_id = ?")
                .param(view.work().id())
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        String.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5)))
                .single();
        assertThat(review.get(0)).isEqualTo("Reviewer 1");
        assertThat(review.get(1)).isEqualTo("null");
        assertThat(review.get(2)).isEqualTo("<p>Absolutely beautiful!</p>");
        assertThat(review.get(3)).isEqualTo(chapters.getFirst().id());
        assertThat(review.get(4))
                .isEqualTo(java.time.Instant.parse("2006-03-28T17:36:50Z").toEpochMilli());

        WorkView bacon = reader.view(workOf(1), Viewer.GUEST).orElseThrow();
        assertThat(bacon.work().importedAuthor()).isEqualTo("B Author 2, E Author 5"); // with its co-author
        assertThat(bacon.work().summary()).isEqualTo("Meat-related text.");
        assertThat(bacon.rating()).isEqualTo("Teen And Up Audiences");
        // a one-shot's chapter notes are its notes: a single chapter has no preface of its own
        assertThat(bacon.work().notes()).isEqualTo("<p>Bacon-related notes.</p>");
        assertThat(reader.chapters(bacon, Viewer.GUEST).getFirst().notes()).isEmpty();

        WorkView japanese = reader.view(workOf(3721), Viewer.GUEST).orElseThrow();
        assertThat(names(japanese.tags(TagType.ARCHIVE_WARNING))).containsExactly("Graphic Depictions Of Violence");
        assertThat(japanese.series()).extracting(s -> s.title()).containsExactly("Japanese series");
        assertThat(japanese.work().endNotes()).isEqualTo("<p>Note about the story from the author.</p>");

        WorkView windows = reader.view(workOf(835), Viewer.GUEST).orElseThrow();
        assertThat(names(windows.tags(TagType.FREEFORM))).contains("Adult Themes"); // a warning AO3 doesn't have
        assertThat(reader.chapters(windows, Viewer.GUEST).getFirst().body()).contains("Eôs in ipsum ocûrrëret");
        assertThat(windows.series()).extracting(s -> s.position()).containsExactly(1);
        WorkView second = reader.view(workOf(838), Viewer.GUEST).orElseThrow();
        assertThat(second.series())
                .extracting(s -> s.title(), s -> s.position())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Windows 1252", 2));
    }

    @Test
    void eachWorkRecordsWhereItCameFromWithItsAddressAndDatesOnTheOldArchive() {
        run(EfictionFixtures.copy(dir, "efiction.sql"), false);

        var origin = jdbc.sql("SELECT file_name, file_format, url, archive, published_on, updated_on FROM work_origins"
                        + " WHERE work_id = ?")
                .param(workOf(3))
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        String.valueOf(rs.getString(6))))
                .single();
        WorkView view = reader.view(workOf(3), Viewer.GUEST).orElseThrow();
        String updated = view.updated().equals(view.published()) ? "null" : view.updated();
        assertThat(origin)
                .containsExactly(
                        "efiction.sql",
                        "EFICTION",
                        "http://www.example.com/viewstory.php?sid=3",
                        "Efiction Test",
                        "2006-03-04",
                        updated);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_origins o JOIN import_sources s ON s.target_id = o.work_id"
                                + " WHERE s.source_archive = ? AND s.kind = 'story'")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isEqualTo(worksImported());
    }

    @Test
    void aStoryWhoseChapterFileIsMissingIsReportedAndSkippedWhole() throws Exception {
        Path dump = EfictionFixtures.copy(dir, "efiction.sql");
        Files.delete(dir.resolve("storiesef/3/3906.txt"));

        ImportReport report = run(dump, false);

        assertThat(report.count(Kind.STORIES)).isEqualTo(13);
        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::toString)
                .contains("story 3519 \"Beans and other vegetables\": chapter 3906 has no text: it is not in the"
                        + " dump, and there is no file 3/3906.txt among the story files");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_sources WHERE source_archive = ? AND source_id = '3519'")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void importingTheSameArchiveAgainAddsNothing() {
        Path dump = EfictionFixtures.copy(dir, "efiction.sql");
        run(dump, false);
        long comments = commentsOfImport();
        long creators = jdbc.sql("SELECT COUNT(*) FROM imported_creators WHERE source_archive = ?")
                .param(archive)
                .query(Long.class)
                .single();

        ImportReport again = run(dump, false);

        assertThat(again.count(Kind.STORIES)).isZero();
        assertThat(again.count(Kind.AUTHORS)).isZero();
        assertThat(again.count(Kind.SERIES)).isZero();
        assertThat(again.alreadyImported()).isEqualTo(14);
        assertThat(worksImported()).isEqualTo(14);
        assertThat(commentsOfImport()).isEqualTo(comments);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM imported_creators WHERE source_archive = ?")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isEqualTo(creators);
    }

    @Test
    void aDryRunCountsWhatWouldBeImportedAndWritesNothing() {
        long worksBefore =
                jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single();

        ImportReport report = run(EfictionFixtures.copy(dir, "efiction.sql"), true);

        assertThat(report.count(Kind.STORIES)).isEqualTo(14);
        assertThat(report.count(Kind.AUTHORS)).isEqualTo(4);
        assertThat(report.count(Kind.SERIES)).isEqualTo(3);
        assertThat(report.lines().get(1)).startsWith("  Would import: 14 stories, 17 chapters, 4 authors");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single())
                .isEqualTo(worksBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_sources WHERE source_archive = ?")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void eFictionsOwnBackupWithoutColumnNamesImportsAlike() {
        ImportReport report = run(EfictionFixtures.copy(dir, "efiction_no_defs.sql"), false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.count(Kind.STORIES)).isEqualTo(14);
        assertThat(report.count(Kind.REVIEWS)).isEqualTo(5);
        WorkView view = reader.view(workOf(3), Viewer.GUEST).orElseThrow();
        assertThat(view.rating()).isEqualTo("Explicit");
        assertThat(view.work().importedAuthor()).isEqualTo("D Author 4");
    }

    @Test
    void storiesWhoseAuthorIsMissingAreReportedAndTheRestGoesOn() {
        // this dump keeps one author only, and has no settings table to name the story folder: it is given
        Path dump = EfictionFixtures.copy(dir, "efiction_string_ratings.sql");
        ImportReport report = run(dump, dir.resolve("storiesef"), false);

        assertThat(report.fatal()).isNull();
        assertThat(report.archive()).isEqualTo("fanfiction_");
        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::toString)
                .containsExactly(
                        "story 1 \"Bacon ipsum\": its author (uid 2) is not in the authors table",
                        "story 3 \"Lorem ipsum\": its author (uid 4) is not in the authors table");
        assertThat(report.hasFailures()).isTrue();
    }

    @Test
    void aStoryTheArchiveRefusesLeavesNothingBehindNotEvenItsAuthor() throws Exception {
        var sql = new StringBuilder("INSERT INTO fanfiction_authors VALUES"
                + " (1,'Lonely','L','lonely@example.com','','','','2009-01-01 00:00:00','0','x');\n"
                + "INSERT INTO fanfiction_categories VALUES (1,-1,'Original Work','','','0','0','1','0');\n"
                + "INSERT INTO fanfiction_characters VALUES ");
        var ids = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            sql.append(i > 1 ? "," : "")
                    .append("(")
                    .append(i)
                    .append(",-1,'Person ")
                    .append(i)
                    .append("','','')");
            ids.append(i > 1 ? "," : "").append(i);
        }
        sql.append(";\nINSERT INTO fanfiction_stories VALUES (1,'Crowded','Too many people.',NULL,'1','','")
                .append(ids)
                .append("','1','2009-02-03 04:05:06','2009-02-03 04:05:06',1,NULL,'0','1','1','0',0,0,0,0,'0');\n")
                .append("INSERT INTO fanfiction_chapters VALUES (1,'One',1,'','Text.',NULL,'1',0,0,0,1,1,0);\n");
        Path dump = dir.resolve("crowded.sql");
        Files.writeString(dump, sql);

        ImportReport report = run(dump, false);

        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::toString)
                .containsExactly("story 1 \"Crowded\": You have 81 tags: a work can have at most 75 fandom,"
                        + " relationship, character and additional tags in all.");
        assertThat(report.count(Kind.AUTHORS)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM imported_creators WHERE source_archive = ?")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_sources WHERE source_archive = ?")
                        .param(archive)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long commentsOfImport() {
        return jdbc.sql("SELECT COUNT(*) FROM comments c JOIN import_sources s ON s.target_id = c.work_id"
                        + " WHERE s.source_archive = ? AND s.kind = 'story'")
                .param(archive)
                .query(Long.class)
                .single();
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).toList();
    }
}
