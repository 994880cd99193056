package org.fanfold.downloads.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One self-contained HTML file with AO3's download markup. */
class HtmlWriterTest {

    private static Document html(BookSource source) throws IOException {
        var out = new ByteArrayOutputStream();
        new HtmlWriter(Books.TEMPLATES).write(BookBuilder.build(source, DownloadFormat.HTML), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFileHoldsPrefaceChaptersAndAfterwordWithItsStylesInline() throws IOException {
        Document doc = html(Books.threeChapters("en"));
        assertThat(doc.title()).isEqualTo("The Lighthouse & the Sea - keeper - Original Work");
        assertThat(doc.select("link, script")).isEmpty();
        assertThat(doc.select("head style").html()).contains(".meta dl.tags");
        assertThat(doc.select("#preface h1").text()).isEqualTo("The Lighthouse & the Sea");
        assertThat(doc.select("#preface dl.tags dd a").eachAttr("href"))
                .allMatch(href -> href.startsWith(Books.SITE + "/"));
        assertThat(doc.select("#chapters > div.meta.group > h2.heading").eachText())
                .containsExactly("Chapter 1: Part 1", "Chapter 2", "Chapter 3: Part 3");
        assertThat(doc.select("#chapters > div.userstuff")).hasSize(3);
        assertThat(doc.select("#endnotes3").text()).contains("Chapter end notes.");
        assertThat(doc.select("#afterword #endnotes").text()).contains("End notes after the work.");
        assertThat(doc.select("#afterword p.message a").attr("href")).isEqualTo(Books.SITE + "/works/42");
    }

    @Test
    void footnotesLinkWithinTheFileAndImagesStay() throws IOException {
        Document doc = html(Books.threeChapters("en"));
        assertThat(doc.select("a[href=#u1-fn1]").text()).isEqualTo("1");
        assertThat(doc.select("#u1-fn1").text()).isEqualTo("1.");
        assertThat(doc.select("a:contains(the later note)").attr("href")).isEqualTo("#u2-later");
        assertThat(doc.select("#u2-later")).hasSize(1);
        assertThat(doc.select("[epub:type]")).isEmpty();
        assertThat(doc.select("img").attr("src")).isEqualTo("https://images.example/cat.png");
    }

    @Test
    void aRightToLeftWorkIsRightToLeftWhileThePrefaceStaysEnglish() throws IOException {
        Document doc = html(Books.source("he", Books.RTL));
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("he");
        assertThat(doc.selectFirst("#preface").attr("dir")).isEqualTo("ltr");
        assertThat(doc.select("#preface blockquote.userstuff").first().attr("dir"))
                .isEqualTo("rtl");
    }
}
