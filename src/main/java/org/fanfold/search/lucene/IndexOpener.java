package org.fanfold.search.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index directory the way the engine needs it: for writing when this process gets the write lock (wiping
 * and recreating a missing or unreadable index, which then needs a rebuild), read-only when another process holds
 * the lock.
 */
final class IndexOpener {

    private static final Logger log = LoggerFactory.getLogger(IndexOpener.class);

    /**
     * @param writer null when another process writes the index
     * @param searchers null only read-only, while the writing process has not committed an index yet
     */
    record Opened(
            Directory directory,
            @Nullable IndexWriter writer,
            @Nullable SearcherManager searchers,
            boolean needsRebuild) {}

    private IndexOpener() {}

    static Opened open(Path path, Analyzer analyzer, SearcherFactory searchers) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            return open(path, directory, analyzer, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    private static Opened open(Path path, Directory directory, Analyzer analyzer, SearcherFactory searchers)
            throws IOException {
        try {
            if (DirectoryReader.indexExists(directory)) {
                try {
                    String schema = SegmentInfos.readLatestCommit(directory)
                            .getUserData()
                            .get(WorkFields.SCHEMA_VERSION_KEY);
                    if (!WorkFields.SCHEMA_VERSION.equals(schema)) {
                        // wipe() takes the write lock first: a running writer of the old schema is left alone
                        wipe(directory);
                        log.warn(
                                "The search index at {} had schema {} rather than {}; recreated it empty.",
                                directory,
                                schema,
                                WorkFields.SCHEMA_VERSION);
                        return writable(directory, analyzer, OpenMode.CREATE, searchers);
                    }
                    return writable(directory, analyzer, OpenMode.APPEND, searchers);
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IOException | IllegalArgumentException e) {
                    if (!unreadable(e)) throw e;
                    log.warn(
                            "The search index at {} is unreadable ({}); recreating it empty.", directory, e.toString());
                }
            }
            wipe(directory);
            return writable(directory, analyzer, OpenMode.CREATE, searchers);
        } catch (LockObtainFailedException e) {
            log.info("The search index at {} is written by another process; opening it read-only.", path);
            return new Opened(directory, null, readOnlySearchers(directory, searchers), false);
        }
    }

    private static Opened writable(Directory directory, Analyzer analyzer, OpenMode mode, SearcherFactory searchers)
            throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
        try {
            writer.setLiveCommitData(Map.of(WorkFields.SCHEMA_VERSION_KEY, WorkFields.SCHEMA_VERSION)
                    .entrySet());
            boolean created = mode == OpenMode.CREATE;
            if (created) writer.commit(); // so a read-only process finds an index at once
            return new Opened(directory, writer, new SearcherManager(writer, searchers), created);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** A searcher manager over the last commit, or null when there is none (yet) or it cannot be read. */
    static @Nullable SearcherManager readOnlySearchers(Directory directory, SearcherFactory searchers) {
        try {
            return DirectoryReader.indexExists(directory) ? new SearcherManager(directory, searchers) : null;
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Cannot read the search index yet: {}", e.toString());
            return null;
        }
    }

    /** Deletes every file but the lock, holding the lock meanwhile so no writer in another process is harmed. */
    private static void wipe(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (file.equals(IndexWriter.WRITE_LOCK_NAME)) continue;
                try {
                    directory.deleteFile(file);
                } catch (IOException e) {
                    log.warn("Cannot delete {} from the search index directory: {}", file, e.toString());
                }
            }
        }
    }

    /**
     * Whether an error opening an existing index means its files are broken or from an unknown version (an unknown
     * codec shows as IllegalArgumentException), rather than a problem of the machine such as permissions.
     */
    private static boolean unreadable(Exception e) {
        return e instanceof CorruptIndexException
                || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException
                || e instanceof EOFException
                || e instanceof NoSuchFileException
                || e instanceof FileNotFoundException
                || e instanceof IllegalArgumentException;
    }
}
