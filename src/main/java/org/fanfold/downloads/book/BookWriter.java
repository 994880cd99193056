package org.fanfold.downloads.book;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Book} in one format. Implementations are thread-safe. */
public interface BookWriter {

    DownloadFormat format();

    /** Writes the whole file to {@code out}, which stays open. */
    void write(Book book, OutputStream out) throws IOException;
}
