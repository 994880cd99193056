package org.fanfold.downloads.book;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a book as an EPUB 3 file, in-process: the {@code mimetype} entry first and uncompressed, the container,
 * the package document (title, creators, language, tags as subjects, the summary, series with their positions),
 * a navigation document and an NCX table of contents for older readers, a style sheet, and one XHTML file for the
 * preface, each chapter and the afterword. The same book gives the same bytes (entries carry the work's last
 * change as their time). Thread-safe.
 */
public final class EpubWriter implements BookWriter {

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """;

    private final TemplateEngine templates;
    private final String css = Styles.of("epub.css");

    public EpubWriter(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public DownloadFormat format() {
        return DownloadFormat.EPUB;
    }

    @Override
    public void write(Book book, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(book.modified(), ZoneOffset.UTC);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII), time);
        deflated(zip, "META-INF/container.xml", CONTAINER, time);
        deflated(zip, "EPUB/package.opf", EpubPackage.opf(book), time);
        deflated(zip, "EPUB/nav.xhtml", render("epub_nav", Map.of("book", book)), time);
        deflated(zip, "EPUB/toc.ncx", EpubPackage.ncx(book), time);
        deflated(zip, "EPUB/style.css", css, time);
        Content preface = o -> templates.render(
                "downloads/book/preface.jte", Map.of("book", book, "afterwordFile", "afterword.xhtml"), o);
        deflated(zip, "EPUB/preface.xhtml", page(book, "Preface", "frontmatter", preface), time);
        for (BookChapter c : book.chapters()) {
            Content chapter =
                    o -> templates.render("downloads/book/chapter.jte", Map.of("book", book, "chapter", c), o);
            deflated(zip, "EPUB/" + c.file(), page(book, c.heading(), "bodymatter chapter", chapter), time);
        }
        Content afterword = o -> templates.render("downloads/book/afterword.jte", Map.of("book", book), o);
        deflated(zip, "EPUB/afterword.xhtml", page(book, "Afterword", "backmatter", afterword), time);
        zip.finish();
    }

    private String page(Book book, String title, String type, Content body) {
        return render("epub_page", Map.of("book", book, "title", title, "type", type, "body", body));
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        templates.render("downloads/book/" + template + ".jte", params, out);
        return out.toString();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String text, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
