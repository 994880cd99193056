package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.StoredTagWords;
import org.fanfold.tags.TagSearch;
import org.fanfold.tags.TagType;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SqliteTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkReader reader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TagSearch search;

    static byte[] sample(String name) throws IOException {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anArchivistImportsGreatestFailureCreditingItsAuthor() throws IOException {
        User archivist = TestData.user(accounts);
        var result = imports.importFile(
                "greatest-failure.txt",
                sample("greatest-failure.txt"),
                new ImportService.Options(archivist, "Naruto", true));
        assertThat(result.error()).isNull();
        assertThat(result.line()).isEqualTo("greatest-failure.txt -> /works/" + result.workId());

        WorkView view = reader.view(result.workId(), Viewer.GUEST).orElseThrow();
        assertThat(view.work().title()).isEqualTo("Greatest Failure");
        assertThat(view.work().importedAuthor()).isEqualTo("Isiri");
        assertThat(view.creators()).extracting(p -> p.name()).containsExactly(archivist.login());
        assertThat(view.rating()).isEqualTo("Teen And Up Audiences");
        assertThat(view.tags(TagType.RELATIONSHIP)).extracting(t -> t.name()).containsExactly("NaruSaku");
        assertThat(view.tags(TagType.FANDOM)).extracting(t -> t.name()).containsExactly("Naruto");
        assertThat(view.gifts()).extracting(g -> g.name()).containsExactly("RavenScarlett-san");
        assertThat(view.work().endNotes()).isNotBlank();
        assertThat(view.work().notes()).contains("RavenScarlett-san");
        var chapters = reader.chapters(view, Viewer.GUEST);
        assertThat(chapters).hasSize(1);
        assertThat(chapters.getFirst().body())
                .startsWith("<p>Her skin was pale")
                .contains("Hey God");
        assertThat(view.work().complete()).isTrue();
    }

    @Test
    void lanternsBecomesAThreeChapterWork() throws IOException {
        User archivist = TestData.user(accounts);
        var result = imports.importFile(
                "lanterns.txt", sample("lanterns.txt"), new ImportService.Options(archivist, null, true));
        WorkView view = reader.view(result.workId(), Viewer.GUEST).orElseThrow();
        assertThat(reader.chapters(view, Viewer.GUEST))
                .extracting(c -> c.title())
                .containsExactly("The Paper", "The Name", "The Water");
        assertThat(view.rating()).isEqualTo("General Audiences");
        assertThat(view.tags(TagType.ARCHIVE_WARNING))
                .extracting(t -> t.name())
                .containsExactly("Major Character Death");
        assertThat(view.tags(TagType.FREEFORM)).extracting(t -> t.name()).contains("Romance", "Hurt/Comfort");
        assertThat(view.work().wordCount()).isBetween(150, 200);
    }

    @Test
    void theTagsAnImportMakesAreFoundByTheTagSearch() {
        User archivist = TestData.user(accounts);
        String word = TestData.unique("Imported").replace("_", "");
        byte[] story = ("Title: Found Again\nFandom: " + word + " (Web Series)\nRating: K\nPairing: " + word
                        + " Ines/Tomas\nCharacters: " + word + "-Harbormaster\n\nText.\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importFile("found.txt", story, new ImportService.Options(archivist, null, true))
                        .ok())
                .isTrue();

        var byName = new TagSearch.Criteria(List.of(word), List.of(), null, TagSearch.Status.ANY);
        assertThat(search.count(byName)).isEqualTo(3);
        assertThat(search.all(new TagSearch.Criteria(List.of("tomas", word), List.of(), null, TagSearch.Status.ANY), 5))
                .extracting(t -> t.name())
                .containsExactly(word + " Ines/Tomas");
        assertThat(search.all(new TagSearch.Criteria(List.of("(web", word), List.of(), null, TagSearch.Status.ANY), 5))
                .extracting(t -> t.name())
                .containsExactly(word + " (Web Series)");
        assertThat(StoredTagWords.wrong(jdbc)).isEmpty();
    }

    @Test
    void aFileThatFailsLeavesNothingBehindAndNamesTheLine() {
        User archivist = TestData.user(accounts);
        long works = jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single();
        String fandom = TestData.unique("Never Fandom ");
        byte[] bad = ("Title: Broken\nFandom: " + fandom + "\nRating: Q\n\nText.\n").getBytes();
        var result = imports.importFile("broken.txt", bad, new ImportService.Options(archivist, null, true));
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo("broken.txt: error: bad rating \"Q\" (line 3)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single())
                .isEqualTo(works);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tags WHERE name = ?")
                        .param(fandom)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withoutAnAccountToPostAsTheFileIsRefusedWithTheReason() throws IOException {
        var result = imports.importFile(
                "lanterns.txt", sample("lanterns.txt"), new ImportService.Options(null, null, false));
        assertThat(result.error()).contains("quietmoth").contains("--as");
    }

    @Test
    void aFileWithoutAFandomNeedsADefault() throws IOException {
        User me = TestData.user(accounts);
        var result = imports.importFile(
                "greatest-failure.txt", sample("greatest-failure.txt"), new ImportService.Options(me, null, false));
        assertThat(result.error()).startsWith("no fandom");
    }

    @Test
    void importingYourOwnStoryCreditsYou() throws IOException {
        User me = TestData.user(accounts);
        var result =
                imports.importFile("lanterns.txt", sample("lanterns.txt"), new ImportService.Options(me, null, false));
        assertThat(reader.view(result.workId(), Viewer.GUEST)
                        .orElseThrow()
                        .work()
                        .importedAuthor())
                .isNull();
    }
}
