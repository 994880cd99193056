package org.fanfold.downloads.book;

import java.util.List;

/**
 * The EPUB's package document ({@code package.opf}) and NCX table of contents, written as XML text (jte templates
 * are HTML-aware, and these are not HTML).
 *
 * <p>Metadata: {@code dc:identifier} (the work's stable UUID), {@code dc:title}, one {@code dc:creator} per
 * creator with the {@code aut} role, {@code dc:language}, {@code dc:subject} for "Fanworks" and every tag (as
 * AO3's downloads tag them), {@code dc:description} from the summary, the site as {@code dc:publisher}, the work's
 * address as {@code dc:source}, the first posting as {@code dc:date}, the last change as
 * {@code dcterms:modified}, and each series as a {@code belongs-to-collection} with its {@code group-position}.
 */
final class EpubPackage {

    private EpubPackage() {}

    static String opf(Book book) {
        Xml x = new Xml();
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        x.line(
                "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\""
                        + Xml.escape(book.language()) + "\"" + (book.rightToLeft() ? " dir=\"rtl\"" : "") + ">");
        x.line("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        x.element("dc:identifier", " id=\"pub-id\"", book.identifier());
        x.element("dc:title", " id=\"title\"", book.title());
        List<String> creators = book.creatorNames();
        for (int i = 1; i <= creators.size(); i++) {
            x.element("dc:creator", " id=\"creator-" + i + "\"", creators.get(i - 1));
            x.element("meta", " refines=\"#creator-" + i + "\" property=\"role\" scheme=\"marc:relators\"", "aut");
        }
        x.element("dc:language", "", book.language());
        for (String subject : book.subjects()) x.element("dc:subject", "", subject);
        if (!book.summaryText().isBlank()) x.element("dc:description", "", book.summaryText());
        x.element("dc:publisher", "", book.siteName());
        x.element("dc:source", "", book.workUrl());
        if (!book.published().isEmpty()) x.element("dc:date", "", book.published());
        x.element("meta", " property=\"dcterms:modified\"", book.modifiedW3c());
        List<Book.SeriesEntry> series = book.series();
        for (int i = 1; i <= series.size(); i++) {
            Book.SeriesEntry s = series.get(i - 1);
            x.element("meta", " property=\"belongs-to-collection\" id=\"series-" + i + "\"", s.title());
            x.element("meta", " refines=\"#series-" + i + "\" property=\"collection-type\"", "series");
            x.element(
                    "meta", " refines=\"#series-" + i + "\" property=\"group-position\"", String.valueOf(s.position()));
        }
        x.line("</metadata>");
        x.line("<manifest>");
        x.line("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
        x.line("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>");
        x.line("<item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>");
        x.line("<item id=\"preface\" href=\"preface.xhtml\" media-type=\"application/xhtml+xml\"/>");
        for (BookChapter c : book.chapters()) {
            x.line("<item id=\"" + c.anchor() + "\" href=\"" + c.file() + "\" media-type=\"application/xhtml+xml\"/>");
        }
        x.line("<item id=\"afterword\" href=\"afterword.xhtml\" media-type=\"application/xhtml+xml\"/>");
        x.line("</manifest>");
        x.line("<spine toc=\"ncx\"" + (book.rightToLeft() ? " page-progression-direction=\"rtl\"" : "") + ">");
        x.line("<itemref idref=\"preface\"/>");
        for (BookChapter c : book.chapters()) x.line("<itemref idref=\"" + c.anchor() + "\"/>");
        x.line("<itemref idref=\"afterword\"/>");
        x.line("</spine>");
        x.line("</package>");
        return x.toString();
    }

    static String ncx(Book book) {
        Xml x = new Xml();
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        x.line("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\""
                + Xml.escape(book.language()) + "\">");
        x.line("<head>");
        x.line("<meta name=\"dtb:uid\" content=\"" + Xml.escape(book.identifier()) + "\"/>");
        x.line("<meta name=\"dtb:depth\" content=\"1\"/>");
        x.line("<meta name=\"dtb:totalPageCount\" content=\"0\"/>");
        x.line("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>");
        x.line("</head>");
        x.line("<docTitle><text>" + Xml.escape(book.title()) + "</text></docTitle>");
        x.line("<navMap>");
        int order = 1;
        navPoint(x, "nav-preface", order++, "Preface", "preface.xhtml");
        for (BookChapter c : book.chapters()) navPoint(x, "nav-" + c.anchor(), order++, c.heading(), c.file());
        navPoint(x, "nav-afterword", order, "Afterword", "afterword.xhtml");
        x.line("</navMap>");
        x.line("</ncx>");
        return x.toString();
    }

    private static void navPoint(Xml x, String id, int order, String label, String src) {
        x.line("<navPoint id=\"" + id + "\" playOrder=\"" + order + "\"><navLabel><text>" + Xml.escape(label)
                + "</text></navLabel><content src=\"" + src + "\"/></navPoint>");
    }

    /** A small XML text builder. */
    private static final class Xml {
        private final StringBuilder out = new StringBuilder(4096);

        void line(String s) {
            out.append(s).append('\n');
        }

        void element(String name, String attributes, String text) {
            line("<" + name + attributes + ">" + escape(text) + "</" + name + ">");
        }

        static String escape(String s) {
            StringBuilder b = new StringBuilder(s.length() + 8);
            s.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    default -> {
                        if (c == 0x9
                                || c == 0xA
                                || c == 0xD
                                || (c >= 0x20 && c <= 0xD7FF)
                                || (c >= 0xE000 && c <= 0xFFFD)
                                || c >= 0x10000) b.appendCodePoint(c);
                    }
                }
            });
            return b.toString();
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
