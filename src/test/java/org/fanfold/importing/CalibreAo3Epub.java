package org.fanfold.importing;

/**
 * The three-chapter work of {@code ao3/three-chapters.html} as an AO3 EPUB, laid out the way Calibre converts AO3's
 * HTML: an EPUB 2 package with an NCX, one {@code index_split_NNN.html} per part (the preface; chapter 1 still
 * inside {@code div#chapters}; chapter 2 unwrapped at the top of its file; chapter 3 split for size, its last
 * paragraph loose at the top of the next file; the afterword), classes flattened to Calibre's numbered ones, and
 * empty elements written as XML's {@code <div/>}.
 */
final class CalibreAo3Epub {

    private CalibreAo3Epub() {}

    static Fixtures.Epub epub() {
        var epub = Fixtures.Epub.withContainer("content.opf")
                .add("content.opf", OPF)
                .add("toc.ncx", NCX);
        epub.add("index_split_000.html", page(PREFACE));
        epub.add("index_split_001.html", page(CHAPTER_1));
        epub.add("index_split_002.html", page(CHAPTER_2));
        epub.add("index_split_003.html", page(CHAPTER_3));
        epub.add("index_split_004.html", page(CHAPTER_3_CONTINUED));
        epub.add("index_split_005.html", page(AFTERWORD));
        epub.add("stylesheet.css", ".calibre { display: block }");
        return epub;
    }

    static String page(String body) {
        return """
                <?xml version='1.0' encoding='utf-8'?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
                  <head>
                    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
                    <title>Salt and Iron - inkwell (quillfeather), saltmarsh</title>
                    <link href="stylesheet.css" rel="stylesheet" type="text/css"/>
                  </head>
                  <body class="calibre">
                %s
                  </body>
                </html>
                """.formatted(body);
    }

    static final String OPF = """
            <?xml version='1.0' encoding='utf-8'?>
            <package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
                <dc:title>Salt and Iron</dc:title>
                <dc:creator opf:file-as="inkwell (quillfeather), saltmarsh" opf:role="aut">inkwell (quillfeather), saltmarsh</dc:creator>
                <dc:description>&lt;p&gt;The harbour has two masters and one bell.&lt;/p&gt;</dc:description>
                <dc:publisher>Archive of Our Own</dc:publisher>
                <dc:subject>Fanworks</dc:subject>
                <dc:subject>Teen And Up Audiences</dc:subject>
                <dc:subject>The Harbour Saga</dc:subject>
                <dc:language>en</dc:language>
                <dc:date>2019-04-05T00:00:00+00:00</dc:date>
                <dc:identifier id="uuid_id" opf:scheme="uuid">5b1e0f3c-0000-4000-8000-000000040002</dc:identifier>
                <meta name="calibre:series" content="The Harbour Cycle"/>
                <meta name="calibre:series_index" content="2"/>
              </metadata>
              <manifest>
                <item href="index_split_000.html" id="id6" media-type="application/xhtml+xml"/>
                <item href="index_split_001.html" id="id5" media-type="application/xhtml+xml"/>
                <item href="index_split_002.html" id="id4" media-type="application/xhtml+xml"/>
                <item href="index_split_003.html" id="id3" media-type="application/xhtml+xml"/>
                <item href="index_split_004.html" id="id2" media-type="application/xhtml+xml"/>
                <item href="index_split_005.html" id="id1" media-type="application/xhtml+xml"/>
                <item href="stylesheet.css" id="css" media-type="text/css"/>
                <item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>
              </manifest>
              <spine toc="ncx">
                <itemref idref="id6"/>
                <itemref idref="id5"/>
                <itemref idref="id4"/>
                <itemref idref="id3"/>
                <itemref idref="id2"/>
                <itemref idref="id1"/>
              </spine>
              <guide/>
            </package>
            """;

    static final String NCX = """
            <?xml version='1.0' encoding='utf-8'?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
              <head><meta content="5b1e0f3c-0000-4000-8000-000000040002" name="dtb:uid"/></head>
              <docTitle><text>Salt and Iron</text></docTitle>
              <navMap>
                <navPoint id="p1" playOrder="1"><navLabel><text>Preface</text></navLabel><content src="index_split_000.html"/></navPoint>
                <navPoint id="p2" playOrder="2"><navLabel><text>Chapter 1: Low Tide</text></navLabel><content src="index_split_001.html#calibre_toc_2"/></navPoint>
                <navPoint id="p3" playOrder="3"><navLabel><text>Chapter 2</text></navLabel><content src="index_split_002.html"/></navPoint>
                <navPoint id="p4" playOrder="4"><navLabel><text>Chapter 3: The Iron Bell</text></navLabel><content src="index_split_003.html"/></navPoint>
                <navPoint id="p5" playOrder="5"><navLabel><text>Afterword</text></navLabel><content src="index_split_005.html"/></navPoint>
              </navMap>
            </ncx>
            """;

    static final String PREFACE = """
            <div class="calibre1" id="preface">
              <h2 class="toc-heading" id="calibre_toc_1">Preface</h2>
              <p class="message"><b class="calibre2">Salt and Iron</b><br class="calibre3"/>Posted originally on the <a href="https://archiveofourown.org/" class="calibre4">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/40002" class="calibre4">https://archiveofourown.org/works/40002</a>.</p>
              <div class="meta">
                <dl class="tags">
                  <dt class="calibre5">Rating:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/Teen%20And%20Up%20Audiences" class="calibre4">Teen And Up Audiences</a></dd>
                  <dt class="calibre5">Archive Warnings:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/x" class="calibre4">Graphic Depictions Of Violence</a>, <a href="https://archiveofourown.org/tags/y" class="calibre4">Major Character Death</a></dd>
                  <dt class="calibre5">Categories:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/F*s*M" class="calibre4">F/M</a>, <a href="https://archiveofourown.org/tags/Gen" class="calibre4">Gen</a></dd>
                  <dt class="calibre5">Fandoms:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/a" class="calibre4">The Harbour Saga</a>, <a href="https://archiveofourown.org/tags/b" class="calibre4">Tidewatch (Web Series)</a></dd>
                  <dt class="calibre5">Relationship:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/c" class="calibre4">Ines Varga/Tomas Holt</a></dd>
                  <dt class="calibre5">Characters:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/d" class="calibre4">Ines Varga</a>, <a href="https://archiveofourown.org/tags/e" class="calibre4">Tomas Holt</a>, <a href="https://archiveofourown.org/tags/f" class="calibre4">The Harbourmaster</a></dd>
                  <dt class="calibre5">Additional Tags:</dt>
                  <dd class="calibre6"><a href="https://archiveofourown.org/tags/g" class="calibre4">Alternate Universe - Pirates</a>, <a href="https://archiveofourown.org/tags/h" class="calibre4">Slow Burn</a></dd>
                  <dt class="calibre5">Language:</dt>
                  <dd class="calibre6">English</dd>
                  <dt class="calibre5">Series:</dt>
                  <dd class="calibre6">Part 2 of <a href="https://archiveofourown.org/series/7001" class="calibre4">The Harbour Cycle</a></dd>
                  <dt class="calibre5">Stats:</dt>
                  <dd class="calibre6">Published: 2019-02-03 Updated: 2019-04-05 Words: 1,024 Chapters: 3/5</dd>
                </dl>
                <h1 class="calibre7">Salt and Iron</h1>
                <div class="byline">by <a href="https://archiveofourown.org/users/quillfeather/pseuds/inkwell" class="calibre4">inkwell (quillfeather)</a>, <a href="https://archiveofourown.org/users/saltmarsh/pseuds/saltmarsh" class="calibre4">saltmarsh</a></div>
                <p class="calibre8">Summary</p>
                <blockquote class="userstuff"><p class="calibre8">The harbour has two masters and one bell. <i class="calibre9">Someone</i> has to ring it.</p></blockquote>
                <p class="calibre8">Notes</p>
                <blockquote class="userstuff"><p class="calibre8">Written for Harbour Fest. Thanks to my beta, who knows who she is.</p></blockquote>
                <div class="endnote-link">See the end of the work for <a href="index_split_005.html#endnotes" class="calibre4">more notes</a></div>
              </div>
            </div>
            """;

    static final String CHAPTER_1 = """
            <div class="userstuff1" id="chapters">
              <div class="meta1">
                <h2 class="heading" id="calibre_toc_2">Chapter 1: Low Tide</h2>
                <p class="calibre8">Chapter Summary</p>
                <blockquote class="userstuff"><p class="calibre8">Ines finds the bell rope cut.</p></blockquote>
                <p class="calibre8">Chapter Notes</p>
                <blockquote class="userstuff"><p class="calibre8">Content note for a brief fight.</p></blockquote>
                <div class="endnote-link">See the end of the chapter for <a href="#endnotes1" class="calibre4">more notes</a></div>
              </div>
              <div class="userstuff2">
                <p class="calibre8">The tide went out at six and took the last of the fishing boats with it.</p>
                <p class="calibre8">Ines walked the length of the quay twice before she looked up at the bell tower and saw the rope hanging short.</p>
                <p class="calibre8"><img src="images/00001.jpg" alt="the harbour at dawn" class="calibre10"/></p>
              </div>
              <div class="meta2" id="endnotes1">
                <p class="calibre8">Chapter End Notes</p>
                <blockquote class="userstuff"><p class="calibre8">More soon: chapter two is with my beta.</p></blockquote>
              </div>
            </div>
            """;

    static final String CHAPTER_2 = """
            <div class="calibre11" id="calibre_pb_2"/>
            <div class="meta1">
              <h2 class="heading" id="calibre_toc_3">Chapter 2</h2>
            </div>
            <div class="userstuff2">
              <p class="calibre8">Tomas Holt had never climbed the tower at night.</p>
              <p class="calibre8">He did it now, with a lantern in his teeth and a knife in his belt.</p>
            </div>
            """;

    static final String CHAPTER_3 = """
            <div class="meta1">
              <h2 class="heading" id="calibre_toc_4">Chapter 3: The Iron Bell</h2>
              <p class="calibre8">Chapter Notes</p>
              <blockquote class="userstuff"><p class="calibre8">The song in this chapter is traditional.</p></blockquote>
            </div>
            <div class="userstuff2">
              <p class="calibre8">The bell rang once, at midnight, and the whole harbour woke.</p>
            </div>
            """;

    static final String CHAPTER_3_CONTINUED = """
            <p class="calibre8">Nobody would say who had rung it. Everybody knew.</p>
            <div class="meta2" id="endnotes3">
              <p class="calibre8">Chapter End Notes</p>
              <blockquote class="userstuff"><p class="calibre8">Two chapters to go.</p></blockquote>
            </div>
            """;

    static final String AFTERWORD = """
            <div class="calibre1" id="afterword">
              <h2 class="toc-heading" id="calibre_toc_5">Afterword</h2>
              <div class="meta">
                <div class="calibre1" id="endnotes">
                  <p class="calibre8">End Notes</p>
                  <blockquote class="userstuff"><p class="calibre8">Thank you for reading! Come find me on <a href="https://example.org/quill" class="calibre4">my site</a>.</p></blockquote>
                </div>
              </div>
              <p class="message">Please <a href="https://archiveofourown.org/works/40002/comments/new" class="calibre4">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
            </div>
            """;
}
