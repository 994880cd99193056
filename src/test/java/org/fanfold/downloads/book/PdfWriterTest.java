package org.fanfold.downloads.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PDFs whose text can be read back, CJK and right-to-left included, set in embedded fonts. The pages are also
 * rendered to {@code target/downloads-preview/} for people to look at.
 */
class PdfWriterTest {

    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        var out = new ByteArrayOutputStream();
        new PdfWriter(Books.TEMPLATES, PdfFonts.load(null))
                .write(BookBuilder.build(Books.threeChapters("en"), DownloadFormat.PDF), out);
        pdf = out.toByteArray();
    }

    /** The text in reading order (links are drawn apart from the text around them). */
    private static String text(PDDocument doc) throws IOException {
        return stripper().getText(doc);
    }

    private static PDFTextStripper stripper() throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    @Test
    void theTextCanBeExtractedCjkAndRightToLeftIncluded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text)
                    .contains("The Lighthouse & the Sea")
                    .contains("Posted originally on Fanfold at https://fanfold.example/works/42")
                    .contains("Keeper, The Sea")
                    .contains("It was a dark and stormy night.")
                    .contains("Who was there")
                    .contains("The first footnote.")
                    .contains("春眠不觉晓")
                    .contains("吾輩は猫である")
                    .contains("안녕하세요")
                    .contains("End notes after the work.");
            String flat = text.replaceAll("\\s+", "");
            assertThat(flat).contains("春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。");
            assertThat(text).contains("שלום").contains("العالم");
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoCharacterIsMissing() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " is embedded")
                            .isTrue();
                }
            }
            assertThat(String.join(" ", fonts))
                    .contains("NotoSerif")
                    .contains("WenQuanYi")
                    .contains("NotoNaskhArabic")
                    .contains("NotoSerifHebrew");
            assertThat(text(doc)).doesNotContain("#");
        }
    }

    @Test
    void chaptersStartOnNewPagesWithBookmarksAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks)
                    .containsExactly("Preface", "Chapter 1: Part 1", "Chapter 2", "Chapter 3: Part 3", "Afterword");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("The Lighthouse & the Sea");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("keeper");
            var stripper = stripper();
            int chapterTwo = -1;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(doc).contains("Chapter 2")) chapterTwo = p;
            }
            stripper.setStartPage(chapterTwo);
            stripper.setEndPage(chapterTwo);
            assertThat(stripper.getText(doc).strip()).startsWith("Chapter 2");
        }
    }

    @Test
    void pagesRenderForAPreview() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "downloads-preview"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 72);
                assertThat(image.getWidth()).isGreaterThan(300);
                ImageIO.write(
                        image,
                        "png",
                        dir.resolve("pdf-page-" + (p + 1) + ".png").toFile());
            }
        }
    }
}
