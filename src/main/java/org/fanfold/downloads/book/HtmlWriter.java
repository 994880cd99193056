package org.fanfold.downloads.book;

import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a book as one self-contained HTML file: AO3's download markup ({@code div#preface}, {@code div#chapters},
 * {@code div#afterword}) with its styles inline, and no other file needed to read it. Thread-safe.
 */
public final class HtmlWriter implements BookWriter {

    private final TemplateEngine templates;
    private final String css = Styles.of("html.css");

    public HtmlWriter(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public DownloadFormat format() {
        return DownloadFormat.HTML;
    }

    @Override
    public void write(Book book, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        templates.render("downloads/book/html.jte", Map.of("book", book, "css", css), new WriterOutput(writer));
        writer.flush();
    }
}
