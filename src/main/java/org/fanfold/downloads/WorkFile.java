package org.fanfold.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A made download file ({@link WorkFiles}): its AO3 file name, its size, and its bytes on demand. */
public final class WorkFile {

    private final Downloads downloads;
    private final Downloads.Request request;
    private final Downloads.File file;

    WorkFile(Downloads downloads, Downloads.Request request, Downloads.File file) {
        this.downloads = downloads;
        this.request = request;
        this.file = file;
    }

    /** AO3's file name: the title in ASCII, "The_Lighthouse.epub". */
    public String name() {
        return file.name();
    }

    public long size() {
        return file.size();
    }

    /** Copies the file to {@code out} (made again should the cache have let it go meanwhile); leaves it open. */
    public void transferTo(OutputStream out) throws IOException {
        Downloads.Opened opened = downloads.open(request);
        try (InputStream in = opened.in()) {
            in.transferTo(out);
        }
    }
}
