package org.fanfold.downloads.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUB 3 files that pass the W3C's EPUBCheck without an error or a warning, whatever authors wrote. */
class EpubWriterTest {

    @TempDir
    Path dir;

    private final EpubWriter writer = new EpubWriter(Books.TEMPLATES);

    private byte[] epub(BookSource source) throws IOException {
        var out = new ByteArrayOutputStream();
        writer.write(BookBuilder.build(source, DownloadFormat.EPUB), out);
        return out.toByteArray();
    }

    private List<String> check(byte[] epub) throws IOException {
        Path file = dir.resolve("book-" + System.nanoTime() + ".epub");
        Files.write(file, epub);
        var report = new CollectingReport();
        new EpubCheck(file.toFile(), report).doValidate();
        return report.problems;
    }

    private static Map<String, String> entries(byte[] epub) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void aThreeChapterWorkWithTablesFootnotesCjkAndRightToLeftTextPassesEpubCheck() throws IOException {
        byte[] epub = epub(Books.threeChapters("en"));
        assertThat(check(epub)).isEmpty();
    }

    @Test
    void aRightToLeftWorkPassesEpubCheckAndTurnsItsPagesRightToLeft() throws IOException {
        byte[] epub = epub(Books.source("ar", Books.RTL, Books.RTL, Books.FORMATTING));
        assertThat(check(epub)).isEmpty();
        Map<String, String> files = entries(epub);
        assertThat(files.get("EPUB/package.opf")).contains("page-progression-direction=\"rtl\"");
        Document chapter = xml(files.get("EPUB/chapter-001.xhtml"));
        assertThat(chapter.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(chapter.selectFirst("html").attr("xml:lang")).isEqualTo("ar");
    }

    @Test
    void aOneShotWithoutNotesOrSeriesAndAControlCharacterInItsTitlePassesEpubCheck() throws IOException {
        BookSource three = Books.threeChapters("zh");
        var w = three.view().work();
        var plain = new org.fanfold.works.Work(
                w.id(),
                "一\u0007二",
                "",
                "",
                "",
                "zh",
                1,
                true,
                false,
                false,
                false,
                false,
                5,
                1,
                0,
                0,
                0,
                0,
                "Original Author",
                null,
                w.updatedAt(),
                w.createdAt());
        var view = Records.of(
                org.fanfold.works.WorkView.class,
                Map.of("work", plain, "creators", three.view().creators(), "creatorUserIds", List.of(8L)));
        byte[] epub = epub(new BookSource(view, List.of(three.chapters().get(1)), "Fanfold", Books.SITE));
        assertThat(check(epub)).isEmpty();
        assertThat(xml(entries(epub).get("EPUB/package.opf"))
                        .select("metadata > dc|title")
                        .text())
                .isEqualTo("一二");
    }

    @Test
    void theMimetypeComesFirstUncompressedAndTheSameBookGivesTheSameBytes() throws IOException {
        byte[] epub = epub(Books.threeChapters("en"));
        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(epub, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        assertThat(epub(Books.threeChapters("en"))).isEqualTo(epub);
    }

    @Test
    void theMetadataCarriesTitleCreatorsLanguageTagsAndSeries() throws IOException {
        Document opf = xml(entries(epub(Books.threeChapters("en"))).get("EPUB/package.opf"));
        assertThat(opf.select("metadata > dc|title").text()).isEqualTo("The Lighthouse & the Sea");
        assertThat(opf.select("metadata > dc|creator").text()).isEqualTo("keeper");
        assertThat(opf.select("metadata > dc|language").text()).isEqualTo("en");
        assertThat(opf.select("metadata > dc|subject").eachText())
                .containsExactly(
                        "Fanworks",
                        "General Audiences",
                        "No Archive Warnings Apply",
                        "Gen",
                        "Original Work",
                        "Keeper",
                        "The Sea",
                        "Fluff & Angst");
        assertThat(opf.select("metadata > dc|source").text()).isEqualTo(Books.SITE + "/works/42");
        assertThat(opf.select("meta[property=belongs-to-collection]").text()).isEqualTo("Coastal Tales");
        assertThat(opf.select("meta[property=collection-type]").text()).isEqualTo("series");
        assertThat(opf.select("meta[property=group-position]").text()).isEqualTo("2");
        assertThat(opf.select("spine > itemref").eachAttr("idref"))
                .containsExactly("preface", "chapter-1", "chapter-2", "chapter-3", "afterword");
    }

    @Test
    void footnotesLinkAcrossFilesAndCarryEpubSemantics() throws IOException {
        Map<String, String> files = entries(epub(Books.threeChapters("en")));
        Document one = xml(files.get("EPUB/chapter-001.xhtml"));
        assertThat(one.select("a[epub:type=noteref]").eachAttr("href")).containsExactly("#u1-fn1");
        assertThat(one.select("[epub:type=footnote]").text()).contains("The first footnote.");
        assertThat(one.select("a:contains(the later note)").attr("href")).isEqualTo("chapter-002.xhtml#u2-later");
        assertThat(one.select("a:contains(another work)").attr("href")).isEqualTo(Books.SITE + "/works/1");
        assertThat(one.select("a:contains(a missing anchor)").hasAttr("href")).isFalse();
        assertThat(one.select("a.image").attr("href")).isEqualTo("https://images.example/cat.png");
        assertThat(one.select("img")).isEmpty();
        assertThat(files.get("EPUB/preface.xhtml")).contains("href=\"afterword.xhtml#endnotes\"");
    }

    @Test
    void thePrefaceShowsAo3sMetadataAndTheAfterwordTheEndNotes() throws IOException {
        Map<String, String> files = entries(epub(Books.threeChapters("en")));
        Document preface = xml(files.get("EPUB/preface.xhtml"));
        assertThat(preface.select("p.message").text())
                .contains("The Lighthouse & the Sea", "Posted originally on Fanfold at " + Books.SITE + "/works/42");
        assertThat(preface.select("dl.tags > dt").eachText())
                .containsExactly(
                        "Rating:",
                        "Archive Warning:",
                        "Category:",
                        "Fandom:",
                        "Characters:",
                        "Additional Tags:",
                        "Language:",
                        "Series:",
                        "Stats:");
        assertThat(preface.select("dl.tags > dd").eachText()).contains("Keeper, The Sea", "Part 2 of Coastal Tales");
        assertThat(preface.select("div.byline").text()).isEqualTo("by keeper");
        assertThat(preface.select("blockquote.userstuff").eachText())
                .containsExactly("A summary with emphasis & an ampersand.", "Notes before the work.");
        Document afterword = xml(files.get("EPUB/afterword.xhtml"));
        assertThat(afterword.select("#endnotes blockquote").text()).isEqualTo("End notes after the work.");
        Document nav = xml(files.get("EPUB/nav.xhtml"));
        assertThat(nav.select("nav#toc a").eachText())
                .containsExactly("Preface", "Chapter 1: Part 1", "Chapter 2", "Chapter 3: Part 3", "Afterword");
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    /** Keeps EPUBCheck's errors and warnings (and fatal errors) as text. */
    private static final class CollectingReport extends MasterReport {
        final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.ERROR || s == Severity.FATAL || s == Severity.WARNING) {
                problems.add(s + " " + message.getID() + " " + location.getPath() + ":" + location.getLine() + " "
                        + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {}

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {}
    }
}
