package org.fanfold.downloads.book;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Writes a book as a PDF through openhtmltopdf: A5 pages numbered at the foot, each chapter on a new page,
 * bookmarks for the preface, chapters and afterword, links kept. Text is set in the {@link PdfFonts} (embedded as
 * subsets), broken into lines by ICU's rules (so Chinese and Japanese wrap without spaces), and right-to-left
 * scripts are reordered and Arabic shaped. Nothing outside the document is fetched: images became links when the
 * book was built, and every other external resource is refused. Thread-safe.
 */
public final class PdfWriter implements BookWriter {

    private final TemplateEngine templates;
    private final PdfFonts fonts;
    private final String css;

    public PdfWriter(TemplateEngine templates, PdfFonts fonts) {
        this.templates = templates;
        this.fonts = fonts;
        this.css = fonts.css() + Styles.of("pdf.css");
    }

    @Override
    public DownloadFormat format() {
        return DownloadFormat.PDF;
    }

    @Override
    public void write(Book book, OutputStream out) throws IOException {
        StringOutput xhtml = new StringOutput(64 * 1024);
        templates.render("downloads/book/pdf.jte", Map.of("book", book, "css", css), xhtml);
        Document doc = Jsoup.parse(xhtml.toString(), book.workUrl(), Parser.xmlParser());
        Locale locale = Locale.forLanguageTag(book.language());

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(doc), book.workUrl());
        fonts.register(builder);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
        builder.defaultTextDirection(book.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.toStream(out);
        builder.run();
    }
}
