package org.fanfold.importing.efiction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fanfold.accounts.User;
import org.fanfold.shared.FanfoldProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs the imports started from the admin page in the background, one at a time, on a thread of its own: the upload
 * is kept in {@code DATA/imports/efiction/} until its import is over, the run's report goes to {@code import_runs}.
 * A run the server stops before the end is marked interrupted (at the next start too, when the server did not stop
 * cleanly: runs still "running" when a web server starts are taken for abandoned, so with several servers on one
 * database, start them when no import runs); importing again brings the rest. Thread-safe.
 */
@Component
@ConditionalOnWebApplication
class EfictionRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EfictionRunner.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    /** An upload saved to disk, waiting for its import. */
    record Upload(Path folder, Path dump, @Nullable Path stories, String fileName) {}

    private final EfictionImporter importer;
    private final ImportRuns runs;
    private final Path uploads;
    private final Map<Long, int[]> progress = new ConcurrentHashMap<>();
    private volatile ExecutorService executor = newExecutor();
    private volatile boolean stopping;
    private volatile boolean running;

    EfictionRunner(EfictionImporter importer, ImportRuns runs, FanfoldProperties properties) {
        this.importer = importer;
        this.runs = runs;
        this.uploads = properties.dataDir().resolve("imports").resolve("efiction");
    }

    /** Whether {@code file} is a zip file, by its first bytes. */
    static boolean isZip(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, ZIP) || Arrays.equals(head, EMPTY_ZIP);
        }
    }

    /** Keeps the uploaded dump (and the story files' zip) on disk for the import. */
    Upload save(MultipartFile dump, @Nullable MultipartFile stories) throws IOException {
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        String name = safeName(dump.getOriginalFilename());
        Path dumpFile = folder.resolve(name);
        dump.transferTo(dumpFile);
        Path zip = null;
        if (stories != null) {
            zip = folder.resolve(".stories.zip"); // a dump's safe name never starts with a dot
            stories.transferTo(zip);
        }
        return new Upload(folder, dumpFile, zip, name);
    }

    /** Starts importing {@code upload} as {@code admin} asked; returns the run's id at once. */
    long start(User admin, Upload upload, @Nullable String prefix, @Nullable String fandom, boolean dryRun) {
        long id = runs.start(upload.fileName(), dryRun, admin.id());
        progress.put(id, new int[] {0, 0});
        var options = new EfictionOptions(admin, prefix, fandom, dryRun, null);
        executor.execute(() -> run(id, upload, options));
        return id;
    }

    Optional<EfictionRun> find(long id) {
        return runs.find(id, this::progressOf);
    }

    List<EfictionRun> recent() {
        return runs.recent(20, this::progressOf);
    }

    private int[] progressOf(long id) {
        return progress.getOrDefault(id, new int[] {0, 0});
    }

    private void run(long id, Upload upload, EfictionOptions options) {
        String status;
        ImportReport report;
        try {
            report = importer.run(upload.dump(), upload.stories(), options, new EfictionImporter.Listener() {
                @Override
                public void story(int done, int total, String line, boolean ok) {
                    progress.put(id, new int[] {done, total});
                }

                @Override
                public boolean stopping() {
                    return stopping;
                }
            });
            status = stopping ? "interrupted" : report.fatal() != null ? "failed" : "done";
        } catch (RuntimeException | Error e) {
            log.error("eFiction import {} failed", id, e);
            report = new ImportReport(upload.fileName(), options.dryRun());
            report.fatal("the import failed: " + e);
            status = "failed";
        }
        try {
            runs.finish(id, status, ReportText.write(report));
        } finally {
            progress.remove(id);
            delete(upload.folder());
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("could not delete the upload in {}", folder, e);
        }
    }

    /** A file name safe to keep: letters, digits, dots, dashes and underscores; "dump.sql" when none is left. */
    static String safeName(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_")
                .replaceAll("^\\.+", "");
        if (name.length() > 100) name = name.substring(name.length() - 100);
        return name.isBlank() ? "dump.sql" : name;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(
                task -> Thread.ofPlatform().name("efiction-import").daemon().unstarted(task));
    }

    /** Starts (or, after a stop, starts again: test contexts are paused and resumed) taking runs. */
    @Override
    public void start() {
        if (executor.isShutdown()) executor = newExecutor();
        stopping = false;
        int abandoned = runs.interruptAbandoned();
        if (abandoned > 0) {
            log.warn("{} eFiction import(s) did not finish before the server stopped", abandoned);
            if (Files.isDirectory(uploads)) delete(uploads); // their uploads: no import of this server runs yet
        }
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) log.warn("an eFiction import is still stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
