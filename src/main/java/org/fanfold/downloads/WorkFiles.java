package org.fanfold.downloads;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Service;

/**
 * The download files of works for other modules (a user's export of their works): the same files, made by the
 * same writers and kept in the same cache, as {@code /downloads/…} serves. Who may have a file is who may read the
 * work ({@link WorkReader}): its creators get their drafts and unposted chapters too. The admin's switch that turns
 * downloads off concerns the download pages only. Thread-safe.
 */
@Service
public class WorkFiles {

    private final WorkReader reader;
    private final Downloads downloads;

    WorkFiles(WorkReader reader, Downloads downloads) {
        this.reader = reader;
        this.downloads = downloads;
    }

    /**
     * The EPUB of work {@code workId} as {@code viewer} may read it, made now unless the cache has it.
     *
     * @param siteUrl the archive's address, for the links inside the book ({@code https://archive.example.org})
     * @return empty when the viewer may not read the work, or may read none of its chapters
     * @throws IOException when the file cannot be made or written to the cache
     */
    public Optional<WorkFile> epub(long workId, Viewer viewer, String siteUrl) throws IOException {
        Optional<WorkView> view = reader.view(workId, viewer);
        if (view.isEmpty()) return Optional.empty();
        List<Chapter> chapters = reader.chapters(view.get(), viewer);
        if (chapters.isEmpty()) return Optional.empty();
        Downloads.Request request = downloads.request(view.get(), chapters, DownloadFormat.EPUB, siteUrl);
        return Optional.of(new WorkFile(downloads, request, downloads.file(request)));
    }
}
