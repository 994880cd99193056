package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EPUBs that AO3 did not make: metadata from the package, one chapter per spine document with text. */
class EpubParserTest {

    private static String xhtml(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                <head><title>%s</title><link rel="stylesheet" href="../Styles/style.css" type="text/css"/></head>
                <body>
                %s
                </body>
                </html>
                """.formatted(title, body);
    }

    /** An EPUB 2 as Sigil makes them: OEBPS folders, an NCX, a guide, a cover image page and a title page. */
    static Fixtures.Epub epub2() {
        return Fixtures.Epub.withContainer("OEBPS/content.opf")
                .add("OEBPS/content.opf", opf2())
                .add("OEBPS/toc.ncx", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                          <navMap>
                            <navPoint id="n1" playOrder="1"><navLabel><text>Chapter 1: Grafting</text></navLabel>
                              <content src="Text/Chapter%201.xhtml"/></navPoint>
                            <navPoint id="n2" playOrder="2"><navLabel><text>Chapter 2: Frost</text></navLabel>
                              <content src="Text/chapter2.xhtml#start"/></navPoint>
                          </navMap>
                        </ncx>
                        """)
                .add("OEBPS/Images/cover.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                .add("OEBPS/Text/cover.xhtml", xhtml("Cover", "<div><img src=\"../Images/cover.jpg\" alt=\"\"/></div>"))
                .add(
                        "OEBPS/Text/title.xhtml",
                        xhtml("Title", "<h1>The Glass Orchard</h1>\n<p class=\"author\">by Wren Moss</p>"))
                .add(
                        "OEBPS/Text/Chapter 1.xhtml",
                        xhtml(
                                "Grafting",
                                "<h2 class=\"chapter\">Chapter 1: Grafting</h2>\n<p>The first tree came up clear as"
                                        + " water.</p>\n<p>Nell <em>did not</em> touch it.</p>"))
                .add("OEBPS/Text/blank.xhtml", xhtml("", "<p>&#160;</p>"))
                .add(
                        "OEBPS/Text/chapter2.xhtml",
                        xhtml(
                                "Frost",
                                "<h2 id=\"start\">Frost</h2>\n<p>In winter the glass sang.</p>\n"
                                        + "<p><a href=\"Chapter%201.xhtml\">Back to the start</a>, or"
                                        + " <a href=\"https://example.org/more\">read more</a>.</p>"));
    }

    /** The EPUB 2's package document. */
    static String opf2() {
        return """
                        <?xml version="1.0" encoding="utf-8"?>
                        <package version="2.0" unique-identifier="BookId" xmlns="http://www.idpf.org/2007/opf">
                          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
                            <dc:identifier id="BookId" opf:scheme="UUID">urn:uuid:0d6b3bbd-1111-4c9a-9d4e-5b2f4d2e0001</dc:identifier>
                            <dc:title>The Glass Orchard</dc:title>
                            <dc:creator opf:role="aut" opf:file-as="Moss, Wren">Wren Moss</dc:creator>
                            <dc:contributor opf:role="edt">Some Editor</dc:contributor>
                            <dc:language>en-GB</dc:language>
                            <dc:subject>Fantasy</dc:subject>
                            <dc:subject>Orchards</dc:subject>
                            <dc:description>Fruit of glass, and the girl who tends it.</dc:description>
                            <dc:date opf:event="publication">2017-09-01</dc:date>
                            <dc:source>https://example.org/stories/glass-orchard</dc:source>
                            <dc:publisher>Example Stories</dc:publisher>
                            <meta name="cover" content="cover-image"/>
                          </metadata>
                          <manifest>
                            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                            <item id="cover-image" href="Images/cover.jpg" media-type="image/jpeg"/>
                            <item id="cover" href="Text/cover.xhtml" media-type="application/xhtml+xml"/>
                            <item id="title" href="Text/title.xhtml" media-type="application/xhtml+xml"/>
                            <item id="c1" href="Text/Chapter%201.xhtml" media-type="application/xhtml+xml"/>
                            <item id="c2" href="Text/chapter2.xhtml" media-type="application/xhtml+xml"/>
                            <item id="blank" href="Text/blank.xhtml" media-type="application/xhtml+xml"/>
                          </manifest>
                          <spine toc="ncx">
                            <itemref idref="cover"/>
                            <itemref idref="title"/>
                            <itemref idref="c1"/>
                            <itemref idref="blank"/>
                            <itemref idref="c2"/>
                          </spine>
                          <guide>
                            <reference type="cover" title="Cover" href="Text/cover.xhtml"/>
                          </guide>
                        </package>
                        """;
    }

    @Test
    void anEpub2ReadsItsMetadataAndOneChapterPerDocumentWithText() {
        ParsedStory story = EpubParser.parse("glass.epub", epub2().zip(), null);

        assertThat(story.title()).isEqualTo("The Glass Orchard");
        assertThat(story.creditedAuthor()).isEqualTo("Wren Moss");
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.freeforms()).containsExactly("Fantasy", "Orchards");
        assertThat(story.fandoms()).isEmpty();
        assertThat(story.rating()).isEqualTo("Not Rated");
        assertThat(story.warnings()).containsExactly("Creator Chose Not To Use Archive Warnings");
        assertThat(story.summary()).isEqualTo("<p>Fruit of glass, and the girl who tends it.</p>");
        assertThat(story.origin().url()).isEqualTo("https://example.org/stories/glass-orchard");
        assertThat(story.origin().archive()).isEqualTo("Example Stories");
        assertThat(story.origin().published()).isEqualTo(LocalDate.of(2017, 9, 1));

        assertThat(story.chapters()).extracting(ParsedChapter::title).containsExactly("Grafting", "Frost");
        assertThat(story.chapters().get(0).bodyHtml())
                .isEqualTo("<p>The first tree came up clear as water.</p>\n<p>Nell <em>did not</em> touch it.</p>");
        assertThat(story.chapters().get(1).bodyHtml())
                .startsWith("<p>In winter the glass sang.</p>")
                .contains("<p>Back to the start, or <a")
                .contains("href=\"https://example.org/more\"")
                .doesNotContain("Chapter%201.xhtml", "<h2");
    }

    @Test
    void aDefaultFandomFillsInForAnEpubThatNamesNone() {
        ParsedStory story = EpubParser.parse("glass.epub", epub2().zip(), "Original Work");

        assertThat(story.fandoms()).containsExactly("Original Work");
    }

    /** An EPUB 3: a nav document in the spine, sections typed with epub:type, a series, HTML in the description. */
    static Fixtures.Epub epub3() {
        return Fixtures.Epub.withContainer("EPUB/package.opf")
                .add("EPUB/package.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                            <dc:identifier id="id">urn:uuid:2f9d1a44-2222-4b1c-8e0f-000000000003</dc:identifier>
                            <dc:title>Ferry Songs</dc:title>
                            <dc:creator id="c1">Ana Ruiz</dc:creator>
                            <meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
                            <dc:creator id="c2">Bo Lind</dc:creator>
                            <meta refines="#c2" property="role" scheme="marc:relators">aut</meta>
                            <dc:creator id="c3">Ill Ustrator</dc:creator>
                            <meta refines="#c3" property="role" scheme="marc:relators">ill</meta>
                            <dc:language>de</dc:language>
                            <dc:description>&lt;p&gt;Zwei F&#228;hren, &lt;em&gt;ein&lt;/em&gt; Lied.&lt;/p&gt;</dc:description>
                            <meta property="belongs-to-collection" id="s1">Harbour Songs</meta>
                            <meta refines="#s1" property="collection-type">series</meta>
                            <meta refines="#s1" property="group-position">3</meta>
                            <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
                          </metadata>
                          <manifest>
                            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                            <item id="t" href="text/titlepage.xhtml" media-type="application/xhtml+xml"/>
                            <item id="a" href="text/one.xhtml" media-type="application/xhtml+xml"/>
                            <item id="b" href="text/two.xhtml" media-type="application/xhtml+xml"/>
                            <item id="n" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
                          </manifest>
                          <spine>
                            <itemref idref="t"/>
                            <itemref idref="nav"/>
                            <itemref idref="a"/>
                            <itemref idref="b"/>
                            <itemref idref="n" linear="no"/>
                          </spine>
                        </package>
                        """)
                .add("EPUB/nav.xhtml", xhtml("Inhalt", """
                                <nav epub:type="toc" id="toc"><h1>Inhalt</h1><ol>
                                <li><a href="text/one.xhtml">Die erste Fähre</a></li>
                                <li><a href="text/two.xhtml#s">Chapter 2</a></li>
                                </ol></nav>
                                <nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="text/one.xhtml">Start</a></li></ol></nav>
                                """))
                .add(
                        "EPUB/text/titlepage.xhtml",
                        xhtml(
                                "Ferry Songs",
                                "<section epub:type=\"titlepage\"><h1>Ferry Songs</h1><p>Ana Ruiz</p></section>"))
                .add(
                        "EPUB/text/one.xhtml",
                        xhtml(
                                "Eins",
                                "<section epub:type=\"chapter\"><h1>Die erste Fähre</h1><p>Am Morgen fuhr die Fähre"
                                        + " ab.</p><p><img src=\"../images/map.png\" alt=\"Karte\"/></p></section>"))
                .add(
                        "EPUB/text/two.xhtml",
                        xhtml(
                                "Zwei",
                                "<section epub:type=\"chapter\" id=\"s\"><p>Am Abend kam sie wieder.</p></section>"))
                .add("EPUB/text/notes.xhtml", xhtml("Notes", "<p>Anmerkungen, out of the reading order.</p>"));
    }

    @Test
    void anEpub3TakesTitlesFromItsNavAndSkipsNavTitlePageAndNonLinearDocuments() {
        ParsedStory story = EpubParser.parse("ferry.epub", epub3().zip(), "Original Work");

        assertThat(story.title()).isEqualTo("Ferry Songs");
        assertThat(story.creditedAuthor()).isEqualTo("Ana Ruiz, Bo Lind");
        assertThat(story.language()).isEqualTo("de");
        assertThat(story.summary()).isEqualTo("<p>Zwei Fähren, <em>ein</em> Lied.</p>");
        assertThat(story.series()).containsExactly(new ParsedStory.SeriesPart("Harbour Songs", 3));
        assertThat(story.origin()).isNull();

        assertThat(story.chapters()).extracting(ParsedChapter::title).containsExactly("Die erste Fähre", "");
        assertThat(story.chapters().get(0).bodyHtml()).isEqualTo("<p>Am Morgen fuhr die Fähre ab.</p><p>[Karte]</p>");
        assertThat(story.chapters().get(1).bodyHtml()).isEqualTo("<p>Am Abend kam sie wieder.</p>");
    }

    @Test
    void aLanguageTheArchiveLacksGoesToTheNotes() {
        byte[] epub = epub3().add("EPUB/package.opf", EPUB3_OPF_WITH_LANGUAGE.formatted("gsw"))
                .zip();

        ParsedStory story = EpubParser.parse("ferry.epub", epub, "Original Work");

        assertThat(story.language()).isEqualTo("en");
        assertThat(story.notes()).isEqualTo("<p>Language: gsw</p>");
    }

    private static final String EPUB3_OPF_WITH_LANGUAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title>Ferry Songs</dc:title>
                <dc:language>%s</dc:language>
              </metadata>
              <manifest>
                <item id="a" href="text/one.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine><itemref idref="a"/></spine>
            </package>
            """;
}
