package org.fanfold.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.shared.FanfoldProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download files kept in the data directory: made once, replaced atomically, bounded in size. */
class DownloadCacheTest {

    @TempDir
    Path data;

    private DownloadCache cache(long maxMegabytes) {
        return new DownloadCache(new FanfoldProperties(data, null, null, null, null), maxMegabytes);
    }

    private static DownloadCache.Maker bytes(int n, AtomicInteger made) {
        return out -> {
            made.incrementAndGet();
            out.write(new byte[n]);
        };
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(data.resolve("downloads"))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aFileIsMadeOnceAndThenServedFromTheCache() throws IOException {
        var cache = cache(10);
        var made = new AtomicInteger();
        Path first = cache.get(7, DownloadFormat.EPUB, "aaaa", bytes(100, made));
        Path again = cache.get(7, DownloadFormat.EPUB, "aaaa", bytes(100, made));
        assertThat(again).isEqualTo(first);
        assertThat(made).hasValue(1);
        assertThat(Files.size(first)).isEqualTo(100);
        assertThat(first.toString()).contains("downloads").endsWith("epub-aaaa.epub");
        assertThat(cache.get(7, DownloadFormat.EPUB, "bbbb", bytes(100, made))).isNotEqualTo(first);
        assertThat(made).hasValue(2);
    }

    @Test
    void concurrentRequestsForTheSameFileWaitForOneConversion() throws Exception {
        var cache = cache(10);
        var made = new AtomicInteger();
        var release = new CountDownLatch(1);
        DownloadCache.Maker slow = out -> {
            made.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(new byte[10]);
        };
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) results.add(pool.submit(() -> cache.get(1, DownloadFormat.PDF, "cc", slow)));
            Thread.sleep(200);
            release.countDown();
            for (Future<Path> r : results) assertThat(Files.size(r.get())).isEqualTo(10);
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailedConversionLeavesNothingBehindAndIsTriedAgain() throws IOException {
        var cache = cache(10);
        DownloadCache.Maker failing = out -> {
            out.write(new byte[5]);
            throw new IOException("conversion failed");
        };
        assertThatThrownBy(() -> cache.get(2, DownloadFormat.HTML, "dd", failing))
                .hasMessage("conversion failed");
        assertThat(files()).isEmpty();
        var made = new AtomicInteger();
        cache.get(2, DownloadFormat.HTML, "dd", bytes(5, made));
        assertThat(made).hasValue(1);
    }

    @Test
    void onlyTheNewestVersionsOfAWorksFormatAreKept() throws IOException {
        var cache = cache(10);
        var made = new AtomicInteger();
        long t = System.currentTimeMillis() - 100_000;
        for (String v : List.of("v1", "v2", "v3", "v4", "v5")) {
            Path f = cache.get(3, DownloadFormat.EPUB, v, bytes(10, made));
            Files.setLastModifiedTime(f, FileTime.fromMillis(t += 1000));
        }
        cache.get(3, DownloadFormat.PDF, "p1", bytes(10, made));
        assertThat(files().stream().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("epub-v3.epub", "epub-v4.epub", "epub-v5.epub", "pdf-p1.pdf");
    }

    @Test
    void pastItsLimitTheLeastRecentlyUsedFilesGo() throws IOException {
        var cache = cache(1);
        var made = new AtomicInteger();
        int half = 400 * 1024;
        Path old = cache.get(10, DownloadFormat.EPUB, "a", bytes(half, made));
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path used = cache.get(11, DownloadFormat.EPUB, "b", bytes(half, made));
        Path newest = cache.get(12, DownloadFormat.EPUB, "c", bytes(half, made));
        assertThat(old).doesNotExist();
        assertThat(used).exists();
        assertThat(newest).exists();
        assertThat(cache.sizeInBytes()).isEqualTo(2L * half);
    }

    @Test
    void aWorksFilesGoWhenItChangesAndLeftoversGoAtStart() throws IOException {
        var cache = cache(10);
        var made = new AtomicInteger();
        Path epub = cache.get(4, DownloadFormat.EPUB, "e", bytes(10, made));
        Path other = cache.get(5, DownloadFormat.EPUB, "e", bytes(10, made));
        cache.evictWork(4);
        assertThat(epub).doesNotExist();
        assertThat(other).exists();

        Files.write(other.resolveSibling(".tmp-123.part"), new byte[3]);
        var restarted = cache(10);
        assertThat(restarted.sizeInBytes()).isEqualTo(10);
        assertThat(other.resolveSibling(".tmp-123.part")).doesNotExist();
    }

    @Test
    void aLimitBelowOneMegabyteIsRefusedWithTheValue() {
        assertThatThrownBy(() -> cache(0))
                .hasMessageContaining("fanfold.downloads.cache-max-mb")
                .hasMessageContaining("0");
    }
}
