package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files that cannot become works fail with a reason and, where known, the place; none crashes the importer. */
class BrokenFilesTest {

    private static ImportException failure(String fileName, byte[] content) {
        return catchThrowableOfType(
                ImportException.class,
                () -> StoryFormat.detect(fileName, content).parse(fileName, content, "Some Fandom"));
    }

    private static String ao3(String from, String to) {
        return new String(Fixtures.resource("ao3/three-chapters.html"), UTF_8).replace(from, to);
    }

    @Test
    void formatsAreToldApartByContentBeforeName() {
        byte[] html = Fixtures.resource("ao3/one-shot.html");
        byte[] epub = CalibreAo3Epub.epub().zip();

        assertThat(StoryFormat.detect("story.txt", html)).isEqualTo(StoryFormat.AO3_HTML);
        assertThat(StoryFormat.detect("story.zip", epub)).isEqualTo(StoryFormat.EPUB);
        assertThat(StoryFormat.detect("story.html", "Title: X\n\nText.".getBytes(UTF_8)))
                .isEqualTo(StoryFormat.AO3_HTML);
        assertThat(StoryFormat.detect("story", "Title: X\n\nText.".getBytes(UTF_8)))
                .isEqualTo(StoryFormat.TEXT);
    }

    @Test
    void aFileNamedEpubThatIsNoZipSaysSo() {
        assertThat(failure("story.epub", "Title: X\n\nText.".getBytes(UTF_8)))
                .hasMessage("not an EPUB: the file is not a zip archive");
    }

    @Test
    void aZipThatIsNoEpubSaysSo() {
        byte[] zip = new Fixtures.Epub().add("notes/readme.txt", "hello").zip();
        assertThat(failure("story.zip", zip).getMessage()).startsWith("a zip archive, but not an EPUB");

        byte[] docx =
                new Fixtures.Epub().add("word/document.xml", "<w:document/>").zip();
        assertThat(failure("story.docx", docx).getMessage()).startsWith("this is a Word document (.docx)");
    }

    @Test
    void otherDocumentsAndImagesAreNamed() {
        assertThat(failure("story.pdf", "%PDF-1.7\n...".getBytes(UTF_8)).getMessage())
                .startsWith("this is a PDF document;");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(failure("cover.txt", png).getMessage()).startsWith("this is an image;");
    }

    @Test
    void anEpubWithoutContainerOrPackageSaysWhatIsMissing() {
        byte[] noContainer =
                EpubParserTest.epub2().remove("META-INF/container.xml").zip();
        assertThat(failure("a.epub", noContainer)).hasMessage("not an EPUB: it has no META-INF/container.xml");

        byte[] noOpf = EpubParserTest.epub2().remove("OEBPS/content.opf").zip();
        assertThat(failure("a.epub", noOpf)).hasMessage("the EPUB's package document OEBPS/content.opf is missing");
    }

    @Test
    void aSpinePointingAtAMissingFileNamesIt() {
        byte[] epub = EpubParserTest.epub2().remove("OEBPS/Text/chapter2.xhtml").zip();
        assertThat(failure("a.epub", epub))
                .hasMessage("the spine names OEBPS/Text/chapter2.xhtml, which is not in the EPUB (OEBPS/content.opf)");

        String opf = EpubParserTest.opf2();
        byte[] unknownItem = EpubParserTest.epub2()
                .add("OEBPS/content.opf", opf.replace("<itemref idref=\"c2\"/>", "<itemref idref=\"c9\"/>"))
                .zip();
        assertThat(failure("a.epub", unknownItem))
                .hasMessage("the spine names item \"c9\", which the manifest lacks (OEBPS/content.opf)");
    }

    @Test
    void anEpubWithoutTextHasNoChapters() {
        byte[] epub = EpubParserTest.epub2()
                .add("OEBPS/Text/Chapter 1.xhtml", "<html><body><p> </p></body></html>")
                .add("OEBPS/Text/chapter2.xhtml", "<html><body><h2>Frost</h2></body></html>")
                .zip();
        assertThat(failure("a.epub", epub))
                .hasMessage("no chapter with text: none of the EPUB's 5 documents has any (OEBPS/content.opf)");
    }

    @Test
    void anEmptyAo3ChapterIsAnErrorAtItsChapter() {
        String html = new String(Fixtures.resource("ao3/three-chapters.html"), UTF_8)
                .replaceFirst("(?s)(<p>Tomas Holt had never).*?(</table>)", "<p> </p>");
        ImportException e = failure("salt.html", html.getBytes(UTF_8));
        assertThat(e.reason()).isEqualTo("a chapter has no text");
        assertThat(e.place()).matches("chapter 2, line \\d+");
    }

    @Test
    void htmlThatIsNotAnAo3DownloadIsRefused() {
        byte[] html = "<!DOCTYPE html><html><head><title>My story</title></head><body><h1>My story</h1><p>Once.</p>"
                .getBytes(UTF_8);
        assertThat(failure("mine.html", html).getMessage()).startsWith("not an AO3 download");
        assertThat(failure("empty.html", new byte[0]).getMessage()).startsWith("not an AO3 download");
    }

    @Test
    void anAo3RatingOrTagTheArchiveCannotTakeNamesItsLine() {
        ImportException rating = failure(
                "salt.html",
                ao3(">Teen And Up Audiences</a></dd>", ">Quite Spicy</a></dd>").getBytes(UTF_8));
        assertThat(rating.getMessage()).matches("bad rating \"Quite Spicy\" \\(line \\d+\\)");

        ImportException tag = failure(
                "salt.html",
                ao3(">Slow Burn</a>", ">" + "Slow ".repeat(40) + "</a>").getBytes(UTF_8));
        assertThat(tag.reason()).contains("is longer than 150 characters");
        assertThat(tag.place()).matches("line \\d+");
    }

    @Test
    void anOverlongChapterIsAnErrorAtItsChapter() {
        String huge = "<p>" + "word ".repeat(103_000) + "</p>";
        ImportException e = failure(
                "salt.html",
                ao3("<p>Nobody would say who had rung it. Everybody knew.</p>", huge)
                        .getBytes(UTF_8));
        assertThat(e.reason()).isEqualTo("the chapter is longer than 510,000 characters");
        assertThat(e.place()).startsWith("chapter 3, line ");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        byte[] zeros = new byte[(EpubReader.MAX_TOTAL_MB + 1) * 1024 * 1024];
        byte[] bomb =
                EpubParserTest.epub2().add("OEBPS/Images/filler.jpg", zeros).zip();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(failure("bomb.epub", bomb).getMessage())
                .isEqualTo("the EPUB unpacks to more than 200 MB; refused (OEBPS/Images/filler.jpg)");
    }

    @Test
    void aHugeTextFileInsideAnEpubIsRefused() {
        byte[] spaces = new byte[(EpubReader.MAX_FILE_MB + 1) * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] epub =
                EpubParserTest.epub2().add("OEBPS/Text/huge.xhtml", spaces).zip();

        assertThat(failure("huge.epub", epub).getMessage())
                .isEqualTo("a file in the EPUB is larger than 20 MB (OEBPS/Text/huge.xhtml)");
    }

    @Test
    void anEpubOfTooManyFilesIsRefused() {
        var epub = EpubParserTest.epub2();
        for (int i = 0; i < EpubReader.MAX_ENTRIES; i++) epub.add("OEBPS/Misc/" + i + ".txt", "");
        assertThat(failure("many.epub", epub.zip()).getMessage())
                .isEqualTo("the EPUB has more than 10,000 files; refused");
    }

    @Test
    void aDamagedEpubSaysSo() {
        byte[] whole = EpubParserTest.epub2().zip();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        cut[whole.length / 4] ^= 0x55;
        cut[whole.length / 4 + 1] ^= 0x55;
        assertThat(failure("cut.epub", cut).getMessage())
                .matches("(?s)^(the EPUB is damaged: |the EPUB cannot be read: |the EPUB's package document|the"
                        + " spine names|not an EPUB).*");
    }

    @Test
    void anEpubWithEncryptedTextIsRefusedAsDrm() {
        byte[] epub = EpubParserTest.epub2().add("META-INF/encryption.xml", """
                        <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                                    xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                          <enc:EncryptedData>
                            <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                            <enc:CipherData><enc:CipherReference URI="OEBPS/Text/chapter2.xhtml"/></enc:CipherData>
                          </enc:EncryptedData>
                        </encryption>
                        """).zip();
        assertThat(failure("drm.epub", epub).getMessage()).startsWith("the EPUB is protected by DRM");
    }
}
