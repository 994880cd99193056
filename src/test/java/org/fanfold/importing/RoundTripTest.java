package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagType;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.Chapter;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.fanfold.works.WorkView;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A work downloaded from the archive's own {@code /downloads/{id}/{title}.html} and {@code .epub} (which write AO3's
 * preface) imports back as the same work: title, tags, language, series, notes, and every chapter with its title,
 * summary, notes, end notes and text.
 */
@SqliteTest
class RoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    ImportService imports;

    @Autowired
    Accounts accounts;

    private long postOriginal(User author, String title) {
        String fandom = TestData.unique("Round Trip Fandom ");
        var input = new WorkInput(
                title,
                List.of(fandom, "Second Fandom"),
                "Mature",
                List.of("Graphic Depictions Of Violence", "Major Character Death"),
                List.of("F/F", "Multi"),
                List.of("Ada/Grace", "Ada & Grace"),
                List.of("Ada", "Grace", "The Engine"),
                List.of("Steampunk", "Found Family", "Angst with a Happy Ending"),
                "en",
                h("<p>Two inventors, <em>one</em> engine.</p>"),
                h("<p>Notes before, with <a href=\"https://example.org/\">a link</a>.</p>"),
                h("<p>End notes: thank you.</p>"),
                4,
                false,
                null,
                new SeriesChoice(null, TestData.unique("Engine Series "), null),
                List.of());
        var chapters = List.of(
                ChapterInput.of(
                        "Brass",
                        h("<p>The first summary.</p>"),
                        h("<p>The first notes.</p>"),
                        h("<p>The first end notes.</p>"),
                        h("<p>The engine <strong>coughed</strong>.</p>\n<hr />\n<p>Later, it sang.</p>")),
                ChapterInput.of(
                        "",
                        "",
                        "",
                        "",
                        h("<blockquote><p>A letter.</p></blockquote>\n<ul><li>gears</li><li>springs</li></ul>")),
                ChapterInput.of(
                        "Steam & Light",
                        "",
                        h("<p>Third notes.</p>"),
                        "",
                        h("<table><tbody><tr><td>Ada</td><td>Grace</td></tr></tbody></table>\n<p>Fin — for now.</p>")));
        return works.create(accounts.defaultPseud(author.id()), input, chapters, WorkService.Mode.POST);
    }

    /** Sanitized, as the posting form stores every HTML field. */
    private static String h(String html) {
        return UserHtml.sanitize(html);
    }

    private byte[] download(long workId, String extension) throws Exception {
        Document page = html(mvc.perform(get("/works/" + workId + "?view_adult=true"))
                .andExpect(status().isOk())
                .andReturn());
        String href = page.select("li.download a").stream()
                .map(a -> a.attr("href"))
                .filter(h -> h.contains("." + extension + "?") || h.endsWith("." + extension))
                .findFirst()
                .orElseThrow();
        return mvc.perform(get(href))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "epub"})
    void aDownloadImportsBackAsTheSameWork(String extension) throws Exception {
        User author = TestData.user(accounts);
        long originalId = postOriginal(author, TestData.unique("Brass and Steam "));
        WorkView original = reader.view(originalId, Viewer.GUEST).orElseThrow();

        User importer = TestData.user(accounts);
        var result = imports.importFile(
                "download." + extension,
                download(originalId, extension),
                new ImportService.Options(importer, null, false));

        assertThat(result.error()).isNull();
        WorkView copy = reader.view(result.workId(), Viewer.GUEST).orElseThrow();
        assertThat(copy.work().title()).isEqualTo(original.work().title());
        for (TagType type : TagType.values()) {
            assertThat(copy.tags(type))
                    .as(type.label())
                    .extracting(t -> t.name())
                    .containsExactlyInAnyOrderElementsOf(
                            original.tags(type).stream().map(t -> t.name()).toList());
        }
        assertThat(copy.work().language()).isEqualTo("en");
        assertThat(copy.work().chaptersLabel()).isEqualTo("3/4");
        assertThat(copy.work().summary()).isEqualTo(original.work().summary());
        assertThat(copy.work().notes()).isEqualTo(original.work().notes());
        assertThat(copy.work().endNotes()).isEqualTo(original.work().endNotes());
        assertThat(copy.work().wordCount()).isEqualTo(original.work().wordCount());
        assertThat(copy.series())
                .extracting(s -> s.title())
                .isEqualTo(original.series().stream().map(s -> s.title()).toList());

        List<Chapter> before = reader.chapters(original, Viewer.GUEST);
        List<Chapter> after = reader.chapters(copy, Viewer.GUEST);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).title()).isEqualTo(before.get(i).title());
            assertThat(after.get(i).summary()).isEqualTo(before.get(i).summary());
            assertThat(after.get(i).notes()).isEqualTo(before.get(i).notes());
            assertThat(after.get(i).endNotes()).isEqualTo(before.get(i).endNotes());
            assertThat(after.get(i).body()).isEqualTo(before.get(i).body());
        }

        String origin = html(mvc.perform(get("/works/" + result.workId() + "?view_adult=true"))
                        .andReturn())
                .select("p.origin")
                .text();
        assertThat(origin).contains("/works/" + originalId).contains(original.published());
    }
}
