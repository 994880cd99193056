package org.fanfold.downloads;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.shared.FanfoldProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Download files kept in the data directory, {@code DATA/downloads/{shard}/{workId}/{format}-{fingerprint}.{ext}},
 * so a work is converted once per version, not once per reader. The fingerprint covers everything the file shows
 * ({@link org.fanfold.downloads.book.BookSource#fingerprint}), so after any edit the old file is simply never asked
 * for again; the newest three versions of a work's format are kept (a creator who sees unposted chapters and their
 * readers need different files), and a work's files go when it is edited or deleted.
 *
 * <p>The cache holds at most {@code fanfold.downloads.cache-max-mb} (default 1024): past that, the files used
 * least recently go first. Concurrent requests for the same file wait for one conversion, and at most as many
 * conversions run at once as the machine has cores. Files are written to a temporary name and moved into place, so
 * a reader never gets half a file. Thread-safe.
 */
@Component
class DownloadCache {

    private static final Logger log = LoggerFactory.getLogger(DownloadCache.class);
    private static final int VERSIONS_KEPT = 3;

    /** Writes a file's content. */
    @FunctionalInterface
    interface Maker {
        void write(OutputStream out) throws IOException;
    }

    private final Path root;
    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final ConcurrentHashMap<Path, CompletableFuture<Path>> making = new ConcurrentHashMap<>();
    private final Semaphore conversions =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    DownloadCache(FanfoldProperties props, @Value("${fanfold.downloads.cache-max-mb:1024}") long maxMegabytes) {
        if (maxMegabytes < 1) {
            throw new IllegalArgumentException(
                    "fanfold.downloads.cache-max-mb must be at least 1, not " + maxMegabytes);
        }
        this.root = props.dataDir().resolve("downloads");
        this.maxBytes = maxMegabytes * 1024 * 1024;
        try {
            Files.createDirectories(root);
            bytes.set(scan());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the downloads cache " + root, e);
        }
    }

    /**
     * The file of {@code workId} in {@code format} with this fingerprint, made by {@code maker} when absent.
     *
     * @throws IOException when the file cannot be made; nothing is left behind
     */
    Path get(long workId, DownloadFormat format, String fingerprint, Maker maker) throws IOException {
        Path file = workDir(workId).resolve(format.extension() + "-" + fingerprint + "." + format.extension());
        if (touch(file)) return file;
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = making.putIfAbsent(file, mine);
        if (running != null) return await(running);
        try {
            if (!touch(file)) make(file, maker);
            mine.complete(file);
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(file, mine);
        }
        dropOldVersions(file.getParent(), format);
        if (bytes.get() > maxBytes) evict();
        return file;
    }

    /** Removes every file of a work (it was edited or deleted). */
    void evictWork(long workId) {
        Path dir = workDir(workId);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(this::delete);
        } catch (IOException e) {
            log.warn("Downloads cache: cannot clear {}: {}", dir, e.toString());
        }
    }

    long sizeInBytes() {
        return bytes.get();
    }

    private Path workDir(long workId) {
        return root.resolve(String.format("%03d", Math.floorMod(workId, 1000))).resolve(Long.toString(workId));
    }

    private void make(Path file, Maker maker) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
        conversions.acquireUninterruptibly();
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                maker.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            bytes.addAndGet(Files.size(file));
        } finally {
            conversions.release();
            Files.deleteIfExists(tmp);
        }
    }

    /** Marks a file as just used; false when it does not exist. */
    private static boolean touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return Files.exists(file);
        }
    }

    private static Path await(CompletableFuture<Path> running) throws IOException {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    private void dropOldVersions(Path dir, DownloadFormat format) {
        List<Path> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(format.extension() + "-"))
                    .forEach(versions::add);
        } catch (IOException e) {
            return;
        }
        if (versions.size() <= VERSIONS_KEPT) return;
        versions.sort(Comparator.comparing(DownloadCache::lastModified).reversed());
        versions.subList(VERSIONS_KEPT, versions.size()).forEach(this::delete);
    }

    /** Deletes the least recently used files until the cache is back under nine tenths of its limit. */
    private synchronized void evict() {
        if (bytes.get() <= maxBytes) return;
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().startsWith(".tmp-")) files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("Downloads cache: cannot list {}: {}", root, e.toString());
            return;
        }
        files.sort(Comparator.comparing(DownloadCache::lastModified));
        long target = maxBytes / 10 * 9;
        for (Path f : files) {
            if (bytes.get() <= target) break;
            delete(f);
        }
    }

    private void delete(Path file) {
        try {
            long size = Files.size(file);
            if (Files.deleteIfExists(file)) bytes.addAndGet(-size);
        } catch (IOException e) {
            log.debug("Downloads cache: cannot delete {}: {}", file, e.toString());
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The cache's size at start; leftovers of interrupted conversions are removed. */
    private long scan() throws IOException {
        AtomicLong total = new AtomicLong();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().startsWith(".tmp-")) Files.deleteIfExists(file);
                else total.addAndGet(attrs.size());
                return FileVisitResult.CONTINUE;
            }
        });
        return total.get();
    }
}
