package org.fanfold.downloads;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.works.Work;
import org.springframework.stereotype.Component;

/**
 * Where a work's files download from, for other modules that link to them (the Download menu, feeds, the OPDS
 * catalog): AO3's {@code /downloads/{id}/{Title}.epub} with {@code ?updated_at=} (the last change, in seconds), so
 * browsers, e-readers and proxies never reuse an older file. Whether the viewer may download is checked when the
 * file is asked for. Thread-safe.
 */
@Component
public class DownloadLinks {

    /**
     * One format's download.
     *
     * @param label the menu's label: EPUB, PDF, HTML
     * @param mediaType the file's media type without parameters ({@code application/epub+zip})
     * @param path the root-relative URL
     */
    public record Link(String label, String mediaType, String path) {}

    private final DownloadSettings settings;

    DownloadLinks(DownloadSettings settings) {
        this.settings = settings;
    }

    /** The work's downloads in menu order (EPUB, PDF, HTML); empty while an admin has switched downloads off. */
    public List<Link> of(Work work) {
        if (!settings.enabled()) return List.of();
        List<Link> links = new ArrayList<>();
        for (DownloadFormat f : DownloadFormat.values()) {
            links.add(new Link(f.label(), f.contentType().split(";")[0], path(work, f)));
        }
        return List.copyOf(links);
    }

    /** The root-relative URL of the work's file in {@code format}. */
    static String path(Work work, DownloadFormat format) {
        return "/downloads/" + work.id() + "/" + FileNames.of(work.id(), work.title(), format) + "?updated_at="
                + work.updatedAt() / 1000;
    }
}
