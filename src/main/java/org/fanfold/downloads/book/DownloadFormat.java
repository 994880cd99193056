package org.fanfold.downloads.book;

import java.util.Locale;
import java.util.Optional;

/** The formats a work downloads in, with AO3's file extensions, in the order the Download menu lists them. */
public enum DownloadFormat {
    EPUB("epub", "application/epub+zip"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String contentType;

    DownloadFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The menu's label: "EPUB", "PDF", "HTML". */
    public String label() {
        return name();
    }

    public static Optional<DownloadFormat> byExtension(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        for (DownloadFormat f : values()) if (f.extension.equals(e)) return Optional.of(f);
        return Optional.empty();
    }
}
