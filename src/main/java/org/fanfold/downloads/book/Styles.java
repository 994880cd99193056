package org.fanfold.downloads.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheets of the download formats, read from the classpath. */
final class Styles {

    private Styles() {}

    /** The common sheet followed by the format's own ({@code epub.css}, {@code html.css}, {@code pdf.css}). */
    static String of(String formatSheet) {
        return read("common.css") + read(formatSheet);
    }

    private static String read(String name) {
        try (InputStream in = Styles.class.getResourceAsStream("/org/fanfold/downloads/book/" + name)) {
            if (in == null) throw new IllegalStateException("style sheet " + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
