package org.fanfold.search;

import java.util.Collection;

/**
 * The port every search engine implements (Lucene embedded, OpenSearch for scale-out). Engines are thread-safe;
 * writes become visible to searches after {@link #refresh()}. One contract test suite runs against each.
 */
public interface SearchEngine extends AutoCloseable {

    /** Adds or replaces these works' documents. */
    void upsert(Collection<WorkDocument> documents);

    /**
     * Adds these works' documents without looking for older ones: only for a rebuild, after {@link #deleteAll()}
     * and for works not added since (else a work could be indexed twice). Faster than {@link #upsert} where the
     * engine can skip the per-document replace; may be called from several threads at once.
     */
    void addAll(Collection<WorkDocument> documents);

    /**
     * Into how many passes a rebuild deals the works ({@link WorkDocumentSource#forEachBatch}): an engine that
     * searches one slice of its index per core wants one pass per core, so each core holds a share of every fandom.
     */
    default int rebuildPasses() {
        return 1;
    }

    /** Removes these works from the index; unknown ids are ignored. */
    void delete(Collection<Long> workIds);

    /** Removes every document (a rebuild follows). */
    void deleteAll();

    /** Makes all writes so far visible to searches and durable. */
    void refresh();

    /** One page of matching works, the total and facet counts; only works {@code query.visibility()} allows. */
    SearchHits search(WorkQuery query);

    /** How many documents the index holds. */
    long count();

    /**
     * Whether this process may write the index. An embedded index is written by one process at a time; a second
     * process (the CLI beside a running server) may only read it and leaves the outbox to the writer.
     */
    boolean writable();

    /** Whether the index was created empty at start (missing or unreadable), so it must be rebuilt. */
    boolean needsRebuild();

    @Override
    void close();
}
