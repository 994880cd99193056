package org.fanfold.downloads;

import gg.jte.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.fanfold.downloads.book.BookBuilder;
import org.fanfold.downloads.book.BookSource;
import org.fanfold.downloads.book.BookWriter;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.downloads.book.EpubWriter;
import org.fanfold.downloads.book.HtmlWriter;
import org.fanfold.downloads.book.PdfFonts;
import org.fanfold.downloads.book.PdfWriter;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Service;

/**
 * Makes (or finds in the {@link DownloadCache}) the file of a work in a format, for a viewer who may read it. The
 * PDF writer, with its fonts, is set up on the first PDF; PDFs are made a few at a time. Thread-safe.
 */
@Service
class Downloads {

    /** A file ready to send. */
    record File(Path path, long size, String name) {}

    private final DownloadCache cache;
    private final FanfoldProperties props;
    private final Map<DownloadFormat, Supplier<BookWriter>> writers = new EnumMap<>(DownloadFormat.class);

    /** PDFs take seconds and hundreds of megabytes for a long work: at most one per two cores at a time. */
    private final Semaphore pdfs =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    Downloads(DownloadCache cache, FanfoldProperties props, TemplateEngine templates) {
        this.cache = cache;
        this.props = props;
        EpubWriter epub = new EpubWriter(templates);
        HtmlWriter html = new HtmlWriter(templates);
        writers.put(DownloadFormat.EPUB, () -> epub);
        writers.put(DownloadFormat.HTML, () -> html);
        writers.put(
                DownloadFormat.PDF,
                memoized(() ->
                        new PdfWriter(templates, PdfFonts.load(props.dataDir().resolve("fonts")))));
    }

    /** What to make: the work as this viewer may read it, in a format, and the fingerprint of that file. */
    record Request(BookSource source, DownloadFormat format, String fingerprint) {}

    /**
     * The download of {@code view} with {@code chapters} (those the viewer may read) in {@code format}; cheap, makes
     * nothing yet.
     *
     * @param siteUrl the archive's address as the reader reached it, for the links in the file
     */
    Request request(WorkView view, List<Chapter> chapters, DownloadFormat format, String siteUrl) {
        BookSource source = new BookSource(view, chapters, props.name(), siteUrl);
        return new Request(source, format, source.fingerprint(format));
    }

    /** The requested file, made now unless the cache has it. */
    File file(Request request) throws IOException {
        BookSource source = request.source();
        DownloadFormat format = request.format();
        BookWriter writer = writers.get(format).get();
        Path path = cache.get(source.view().work().id(), format, request.fingerprint(), out -> {
            boolean pdf = format == DownloadFormat.PDF;
            if (pdf) pdfs.acquireUninterruptibly();
            try {
                writer.write(BookBuilder.build(source, format), out);
            } finally {
                if (pdf) pdfs.release();
            }
        });
        var work = source.view().work();
        return new File(path, Files.size(path), FileNames.of(work.id(), work.title(), format));
    }

    /** A file made for a request, open for reading. */
    record Opened(File file, InputStream in) {}

    /** The requested file, open for reading; made again if it left the cache between being found and opened. */
    Opened open(Request wanted) throws IOException {
        File file = file(wanted);
        try {
            return new Opened(file, Files.newInputStream(file.path()));
        } catch (NoSuchFileException e) {
            file = file(wanted);
            return new Opened(file, Files.newInputStream(file.path()));
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) value = v = make.get();
                    }
                }
                return v;
            }
        };
    }
}
