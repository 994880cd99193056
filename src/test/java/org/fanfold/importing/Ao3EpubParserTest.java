package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** AO3's EPUB downloads, as Calibre lays them out, read like AO3's HTML. */
class Ao3EpubParserTest {

    @Test
    void anAo3EpubReadsLikeTheHtmlItWasMadeFrom() {
        ParsedStory epub =
                EpubParser.parse("Salt_and_Iron.epub", CalibreAo3Epub.epub().zip(), null);
        ParsedStory html = Ao3HtmlParser.parse("x.html", Fixtures.resource("ao3/three-chapters.html"), null);

        assertThat(epub.title()).isEqualTo("Salt and Iron");
        assertThat(epub.creditedAuthor()).isEqualTo(html.creditedAuthor());
        assertThat(epub.rating()).isEqualTo(html.rating());
        assertThat(epub.warnings()).isEqualTo(html.warnings());
        assertThat(epub.categories()).isEqualTo(html.categories());
        assertThat(epub.fandoms()).isEqualTo(html.fandoms());
        assertThat(epub.relationships()).isEqualTo(html.relationships());
        assertThat(epub.characters()).isEqualTo(html.characters());
        assertThat(epub.freeforms()).isEqualTo(html.freeforms());
        assertThat(epub.language()).isEqualTo("en");
        assertThat(epub.series()).containsExactly(new ParsedStory.SeriesPart("The Harbour Cycle", 2));
        assertThat(epub.expectedChapters()).isEqualTo(5);
        assertThat(epub.complete()).isFalse();
        assertThat(epub.origin().url()).isEqualTo("https://archiveofourown.org/works/40002");
        assertThat(epub.origin().published()).isEqualTo(LocalDate.of(2019, 2, 3));
        assertThat(Fixtures.text(epub.summary())).isEqualTo(Fixtures.text(html.summary()));
        assertThat(epub.summary()).contains("<i>Someone</i>").doesNotContain("calibre");
        assertThat(epub.notes()).isEqualTo("<p>Written for Harbour Fest. Thanks to my beta, who knows who she is.</p>");
        assertThat(epub.endNotes()).isEqualTo(html.endNotes());

        assertThat(epub.chapters()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ParsedChapter e = epub.chapters().get(i);
            ParsedChapter h = html.chapters().get(i);
            assertThat(e.title()).isEqualTo(h.title());
            assertThat(e.summary()).isEqualTo(h.summary());
            assertThat(e.notes()).isEqualTo(h.notes());
            assertThat(e.endNotes()).isEqualTo(h.endNotes());
        }
        assertThat(epub.chapters().get(0).bodyHtml())
                .contains("[the harbour at dawn]")
                .doesNotContain("<img", "images/00001.jpg", "calibre");
        assertThat(Fixtures.text(epub.chapters().get(1).bodyHtml()))
                .isEqualTo("Tomas Holt had never climbed the tower at night. He did it now, with a lantern in his"
                        + " teeth and a knife in his belt.");
        assertThat(Fixtures.text(epub.chapters().get(2).bodyHtml()))
                .isEqualTo(Fixtures.text(html.chapters().get(2).bodyHtml()));
    }

    @Test
    void anAo3OneShotEpubHasOneUntitledChapter() {
        var epub = Fixtures.Epub.withContainer("content.opf")
                .add(
                        "content.opf",
                        CalibreAo3Epub.OPF
                                .replace("<itemref idref=\"id4\"/>", "")
                                .replace("<itemref idref=\"id3\"/>", "")
                                .replace("<itemref idref=\"id2\"/>", ""))
                .add("index_split_000.html", page(CalibreAo3Epub.PREFACE.replace("Chapters: 3/5", "Chapters: 1/1")))
                .add("index_split_001.html", page("""
                                <div class="userstuff1" id="chapters">
                                  <h2 class="toc-heading" id="calibre_toc_2">Salt and Iron</h2>
                                  <div class="userstuff2"><p class="calibre8">Only the one night.</p></div>
                                </div>
                                """))
                .add("index_split_005.html", page(CalibreAo3Epub.AFTERWORD));

        ParsedStory story = EpubParser.parse("one.epub", epub.zip(), null);

        assertThat(story.chapters()).hasSize(1);
        assertThat(story.chapters().getFirst().title()).isEmpty();
        assertThat(story.chapters().getFirst().bodyHtml()).isEqualTo("<p>Only the one night.</p>");
        assertThat(story.complete()).isTrue();
        assertThat(story.expectedChapters()).isEqualTo(1);
    }

    private static String page(String body) {
        return "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t"
                + "</title></head><body class=\"calibre\">" + body + "</body></html>";
    }
}
