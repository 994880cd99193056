package org.fanfold.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchHits;
import org.fanfold.search.SearchHits.FacetCount;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.jspecify.annotations.Nullable;

/**
 * The embedded search engine: a Lucene index in one directory, written by one process at a time.
 *
 * <p>The process that gets the index's write lock writes it through near-real-time searchers; {@link #refresh()}
 * makes writes searchable and commits them. A missing or unreadable index is recreated empty and reports
 * {@link #needsRebuild()}. A second process (the CLI beside a running server) opens the index read-only: it sees
 * what the writer committed, checking for a newer commit at most once a second (or on {@link #refresh()}), and its
 * write methods throw {@link IllegalStateException}.
 *
 * <p>Thread-safe. Methods throw {@link UncheckedIOException} when the index cannot be read or written.
 */
public final class LuceneSearchEngine implements SearchEngine {

    private static final long REOPEN_INTERVAL_NANOS = 1_000_000_000L;

    /**
     * The writer's RAM buffer during a rebuild, in MB: 512, or an eighth of the heap where that is less (Lucene's
     * default, kept otherwise, is 16). A million works were rebuilt in 171 s with 512 MB, 188 s with 256: fewer,
     * larger segments write each term's dictionary entry fewer times.
     */
    static double rebuildRamBufferMb(long maxHeapBytes) {
        return Math.max(16, Math.min(512, maxHeapBytes / 8 / (1 << 20)));
    }

    private final Analyzer analyzer = new WorkAnalyzer();
    private final WorkQueries queries = new WorkQueries(analyzer);
    private final FrequentQueries frequent = new FrequentQueries();
    private final SearcherFactory searcherFactory = WorkSearcher.factory(frequent);
    private final Directory directory;
    private final @Nullable IndexWriter writer;
    private final boolean needsRebuild;
    private volatile @Nullable SearcherManager searchers;
    private volatile long lastReopenCheck = System.nanoTime();
    private boolean closed;

    /** Opens (or creates) the index in {@code path}, creating the directory if needed. */
    public LuceneSearchEngine(Path path) {
        try {
            IndexOpener.Opened opened = IndexOpener.open(path, analyzer, searcherFactory);
            this.directory = opened.directory();
            this.writer = opened.writer();
            this.searchers = opened.searchers();
            this.needsRebuild = opened.needsRebuild();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    @Override
    public void upsert(Collection<WorkDocument> documents) {
        IndexWriter w = requireWriter();
        try {
            for (WorkDocument d : documents) w.updateDocument(WorkFields.idTerm(d.id()), WorkFields.toDocument(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link IndexWriter#addDocument}, with no delete-by-term per document as {@link #upsert} does. */
    @Override
    public void addAll(Collection<WorkDocument> documents) {
        IndexWriter w = requireWriter();
        try {
            // one by one, as the rebuild was measured; a block (addDocuments) is only needed to keep documents together
            for (WorkDocument d : documents) w.addDocument(WorkFields.toDocument(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One per core: {@link WorkSearcher} searches one slice of the segments per core, by age. */
    @Override
    public int rebuildPasses() {
        return WorkSearcher.passes();
    }

    @Override
    public void delete(Collection<Long> workIds) {
        IndexWriter w = requireWriter();
        if (workIds.isEmpty()) return;
        try {
            w.deleteDocuments(workIds.stream().map(WorkFields::idTerm).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Also gives the writer a larger buffer ({@link #rebuildRamBufferMb}) until the next {@link #refresh()}, so the
     * rebuild that follows flushes a few large segments rather than many small ones that must be merged.
     */
    @Override
    public void deleteAll() {
        try {
            IndexWriter w = requireWriter();
            w.deleteAll();
            w.getConfig()
                    .setRAMBufferSizeMB(rebuildRamBufferMb(Runtime.getRuntime().maxMemory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writable: makes writes searchable and commits them. Read-only: looks for the writer's newest commit now. */
    @Override
    public void refresh() {
        try {
            if (writer != null) {
                SearcherManager m = searchers;
                if (m != null) m.maybeRefreshBlocking();
                writer.commit();
                writer.getConfig().setRAMBufferSizeMB(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
            } else {
                reopenReadOnly(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchHits search(WorkQuery query) {
        SearchHits hits = withSearcher(s -> execute(s, query));
        return hits != null ? hits : new SearchHits(List.of(), 0, FacetCounter.none(query.facetTypes()));
    }

    @Override
    public long count() {
        Long count = withSearcher(s -> (long) s.getIndexReader().numDocs());
        return count != null ? count : 0;
    }

    @Override
    public boolean writable() {
        return writer != null;
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Commits pending writes (when writable) and releases the index; later calls fail. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (writer != null && writer.isOpen()) writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                IOUtils.close(searchers, writer, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Collects the page (the first offset+size hits in sort order, so any page is exact) and, the first time this
     * reader sees the query, the total and facet counts of all matching documents, in one pass that visits every
     * match (sorted by numbers, the page is then read from the matches the facet count noted: {@link
     * NumericPage#top(Sort, int, List, FacetCounter.Counts)}). Later pages and repeats of the query take the counts
     * kept on the searcher ({@link WorkSearcher#counted}) and collect only the page, letting Lucene skip hits that
     * cannot make it; a deep page starts after the last place kept from an earlier collection of the same listing
     * ({@link WorkSearcher#placeBefore}). The queries asked most are counted by each new searcher before it serves
     * ({@link FrequentQueries}).
     */
    private SearchHits execute(WorkSearcher searcher, WorkQuery query) throws IOException {
        Query q = toQuery(searcher, query);
        long wanted = query.offset() + query.size();
        int numHits =
                (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
        Sort sort = WorkQueries.toSort(query.sort(), query.ascending());
        var key = new WorkSearcher.CountsKey(q, query.facetTypes(), query.facetLimit(), query.facetIds());
        frequent.asked(key);
        WorkSearcher.Counted counted = searcher.counted(key);
        var listing = new WorkSearcher.PageKey(q, sort);
        TopFieldDocs docs;
        long skipped = 0; // hits of the listing before docs' first
        if (counted != null) {
            WorkSearcher.Place place = searcher.placeBefore(listing, query.offset());
            if (place != null) {
                skipped = place.position() + 1;
                int n = (int) Math.max(
                        1, Math.min(wanted - skipped, searcher.getIndexReader().maxDoc()));
                docs = searcher.search(q, new TopFieldCollectorManager(sort, n, place.hit(), n));
            } else {
                docs = searcher.search(q, new TopFieldCollectorManager(sort, numHits, null, numHits));
            }
        } else {
            var counting = query.facetTypes().isEmpty() ? null : searcher.facetManager();
            Map<String, List<FacetCount>> facets;
            if (counting != null && NumericPage.numeric(sort)) {
                // the count notes every match: the page is read from those afterwards, one collector in the loop
                FacetCounter.Counts counts = searcher.search(q, counting);
                docs = NumericPage.top(sort, numHits, searcher.getIndexReader().leaves(), counts);
                facets = searcher.countFacets(counts, query.facetTypes(), query.facetLimit(), query.facetIds());
            } else if (counting == null) {
                docs = searcher.search(q, firstPage(sort, numHits));
                facets = FacetCounter.none(query.facetTypes()); // no types asked for, or no document has facets yet
            } else {
                Object[] results = searcher.search(q, new MultiCollectorManager(firstPage(sort, numHits), counting));
                docs = (TopFieldDocs) results[0];
                facets = searcher.countFacets(
                        (FacetCounter.Counts) results[1], query.facetTypes(), query.facetLimit(), query.facetIds());
            }
            counted = new WorkSearcher.Counted(docs.totalHits.value(), facets);
            searcher.keepCounted(key, counted);
        }
        if (skipped == 0) searcher.keepPlaces(listing, docs.scoreDocs);
        List<Long> ids = new ArrayList<>(query.size());
        for (long i = query.offset() - skipped; i < docs.scoreDocs.length; i++) {
            Object[] sortValues = ((FieldDoc) docs.scoreDocs[(int) i]).fields;
            ids.add((Long) sortValues[sortValues.length - 1]);
        }
        return new SearchHits(ids, counted.total(), counted.facets());
    }

    /**
     * {@code query} for {@code searcher}: a signed-in viewer who may see no more there than any other signed-in
     * reader searches without their id ({@link WorkSearcher#seesMoreThanOthers}), the same matches by construction,
     * so such readers share one another's kept counts as guests share theirs.
     */
    private Query toQuery(WorkSearcher searcher, WorkQuery query) {
        SearchVisibility v = query.visibility();
        Long viewer = v.creatorUserId();
        if (viewer == null || searcher.seesMoreThanOthers(viewer)) return queries.toQuery(query);
        return queries.toQuery(query, new SearchVisibility(v.restricted(), v.hidden(), null));
    }

    /** Collects a first count's page by itself: a deep one by selection, not a queue; any other on in-memory values. */
    private static CollectorManager<?, TopFieldDocs> firstPage(Sort sort, int numHits) {
        return NumericPage.fits(sort, numHits)
                ? NumericPage.manager(sort, numHits)
                : new TopFieldCollectorManager(SortColumns.inMemory(sort), numHits, null, Integer.MAX_VALUE);
    }

    /** Whether the current searcher holds {@code query}'s counts already (for tests of warming). */
    boolean holdsCounts(WorkQuery query) {
        Boolean held = withSearcher(s -> s.counted(new WorkSearcher.CountsKey(
                        toQuery(s, query), query.facetTypes(), query.facetLimit(), query.facetIds()))
                != null);
        return held != null && held;
    }

    /** The current searcher's slices (for tests of how segments are shared out). */
    IndexSearcher.LeafSlice[] slices() {
        IndexSearcher.LeafSlice[] slices = withSearcher(IndexSearcher::getSlices);
        return slices != null ? slices : new IndexSearcher.LeafSlice[0];
    }

    private interface SearcherWork<T> {
        T apply(WorkSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on the current searcher; null when read-only and no index has been committed yet. */
    private <T> @Nullable T withSearcher(SearcherWork<T> work) {
        try {
            if (writer == null) reopenReadOnly(false);
            SearcherManager m = searchers;
            if (m == null) return null;
            IndexSearcher s = m.acquire();
            try {
                return work.apply((WorkSearcher) s);
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read-only mode: opens the index once it exists, and picks up newer commits (at most once a second). */
    private void reopenReadOnly(boolean now) throws IOException {
        long t = System.nanoTime();
        if (!now && searchers != null && t - lastReopenCheck < REOPEN_INTERVAL_NANOS) return;
        lastReopenCheck = t;
        SearcherManager m = searchers;
        if (m != null) {
            if (now) m.maybeRefreshBlocking();
            else m.maybeRefresh();
            return;
        }
        synchronized (this) {
            if (closed) return;
            if (searchers == null) searchers = IndexOpener.readOnlySearchers(directory, searcherFactory);
        }
    }

    private IndexWriter requireWriter() {
        IndexWriter w = writer;
        if (w == null) throw new IllegalStateException("The search index is written by another process");
        return w;
    }
}
