package org.fanfold.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fanfold.accounts.User;
import org.fanfold.community.Bookmarking;
import org.fanfold.downloads.WorkFile;
import org.fanfold.downloads.WorkFiles;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * A user's own works and bookmarks as one zip, written straight to a stream (a file at a time, never the whole zip
 * in memory): {@code works/{id}-{Title}.epub} for every work credited to them, drafts included, made by the
 * downloads module; {@code works.json} with each work's metadata, tags and chapters; {@code bookmarks.json} with
 * their bookmarks; and a {@code README.txt} saying so. A work whose EPUB cannot be made is still listed in
 * {@code works.json}, with the reason.
 */
@Component
class UserExport {

    private static final Logger log = LoggerFactory.getLogger(UserExport.class);

    private final WorkReader reader;
    private final WorkFiles files;
    private final Bookmarking bookmarks;
    private final FanfoldProperties props;
    private final Clock clock;

    UserExport(WorkReader reader, WorkFiles files, Bookmarking bookmarks, FanfoldProperties props, Clock clock) {
        this.reader = reader;
        this.files = files;
        this.bookmarks = bookmarks;
        this.props = props;
        this.clock = clock;
    }

    /** Writes {@code user}'s export, as seen by {@code owner} (the user themself), to {@code out}. */
    void write(User user, Viewer owner, String siteUrl, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        List<ExportedWorks.Entry> entries = new ArrayList<>();
        for (long id : reader.creditedWorkIds(user.id())) {
            Optional<WorkView> view = reader.view(id, owner);
            if (view.isEmpty()) continue;
            var chapters = reader.chapters(view.get(), owner).stream()
                    .map(ExportedWorks.ChapterLine::of)
                    .toList();
            String entry = null;
            String error = null;
            Optional<WorkFile> epub = Optional.empty();
            try {
                epub = files.epub(id, owner, siteUrl);
            } catch (IOException | RuntimeException e) {
                log.error("The export of {} left out the EPUB of work {}", user.login(), id, e);
                error = "The EPUB of this work could not be made; download it from its page later.";
            }
            if (epub.isPresent()) {
                entry = "works/" + id + "-" + epub.get().name();
                zip.putNextEntry(new ZipEntry(entry));
                epub.get().transferTo(zip);
                zip.closeEntry();
            }
            entries.add(new ExportedWorks.Entry(view.get(), chapters, entry, error));
        }

        zip.putNextEntry(new ZipEntry("works.json"));
        try (JsonGenerator json = Json.PRETTY.createGenerator(zip)) {
            header(json, user, siteUrl, now);
            json.writeArrayPropertyStart("works");
            for (var e : entries) ExportedWorks.write(json, e, siteUrl);
            json.writeEndArray();
            json.writeEndObject();
        }
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("bookmarks.json"));
        try (JsonGenerator json = Json.PRETTY.createGenerator(zip)) {
            header(json, user, siteUrl, now);
            json.writeArrayPropertyStart("bookmarks");
            bookmarks.forEachOwn(owner, b -> ExportedBookmarks.write(json, b, siteUrl));
            json.writeEndArray();
            json.writeEndObject();
        }
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme(user, siteUrl, now, entries.size()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private void header(JsonGenerator json, User user, String siteUrl, String now) {
        json.writeStartObject();
        json.writeStringProperty("user", user.login());
        json.writeStringProperty("site", props.name());
        json.writeStringProperty("siteUrl", siteUrl);
        json.writeStringProperty("exportedAt", now);
    }

    private String readme(User user, String siteUrl, String now, int works) {
        return """
                %s's works and bookmarks on %s (%s), exported %s.

                works/          an EPUB of each of the %d works credited to you, drafts included
                works.json      each work's details: title, creators, tags, summary, notes, series, statistics,
                                and its chapters' titles and word counts
                bookmarks.json  your bookmarks, private ones included: your notes, tags, Rec and Private, and
                                the title, creators and address of what you bookmarked
                """.formatted(user.login(), props.name(), siteUrl, now, works);
    }
}
