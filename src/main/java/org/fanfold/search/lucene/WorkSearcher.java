package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.fanfold.search.SearchHits.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * A searcher over one point-in-time reader that also counts facets ({@link FacetCounter}). The counter's ordinal
 * map over all segments is costly to build, so it is built when a refresh makes the searcher (on the indexer's
 * thread, not in a reader's request) and shared by every search on that reader.
 *
 * <p>Searches run their segments in parallel, one slice per core, on a small shared pool: a broad query over a
 * million works counts its facets on both cores of a small machine instead of one.
 */
final class WorkSearcher extends IndexSearcher {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Segments are grouped into about one slice per core; no slice is split inside a segment. */
    private static final int MAX_SEGMENTS_PER_SLICE = 50;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, new SearchThreads());

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new WorkSearcher(reader, POOL, FacetCounter.open(reader));
        }
    };

    private final @Nullable FacetCounter facets;

    private WorkSearcher(IndexReader reader, Executor executor, @Nullable FacetCounter facets) {
        super(reader, CORES > 1 ? executor : null);
        this.facets = facets;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int docs = 0;
        for (LeafReaderContext leaf : leaves) docs += leaf.reader().maxDoc();
        int perSlice = Math.max(1, (docs + CORES - 1) / CORES);
        return slices(leaves, perSlice, MAX_SEGMENTS_PER_SLICE, false);
    }

    /** The facet counting of one search, or null while the index has no facets. */
    @Nullable
    CollectorManager<FacetCounter.LeafCounts, FacetCounter.Counts> facetManager() {
        return facets == null ? null : facets.manager();
    }

    /**
     * The {@code limit} most frequent tag ids of each type among the matches counted: count descending, then tag
     * id ascending; an empty list for a type no match carries. Only for counts from {@link #facetManager()}.
     */
    Map<String, List<FacetCount>> countFacets(FacetCounter.Counts counts, List<String> types, int limit)
            throws IOException {
        if (facets == null) throw new IllegalStateException("counts from a searcher without facets");
        return facets.top(counts, types, limit);
    }

    /** Daemon threads, so the pool never keeps a finished command-line run alive. */
    private static final class SearchThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "lucene-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
