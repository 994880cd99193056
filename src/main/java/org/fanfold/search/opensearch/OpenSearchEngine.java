package org.fanfold.search.opensearch;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchHits;
import org.fanfold.search.SearchHits.FacetCount;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * The scale-out search engine: one OpenSearch index (default {@code fanfold-works}) with the Lucene engine's
 * analysis, query semantics, sorts and facet counts, so the two are interchangeable (one contract suite runs
 * against both).
 *
 * <p>The index is created with explicit settings and mappings when missing (or made by an older schema), and then
 * reports {@link #needsRebuild()}. Every process may write it ({@link #writable()} is true): OpenSearch serializes
 * the writes. Writes become searchable on {@link #refresh()} (or OpenSearch's own periodic refresh); they are
 * durable once acknowledged (the translog). The index has one primary shard, which keeps totals and facet counts
 * exact; pages are exact up to the 2,000,000th hit ({@code index.max_result_window}), and later pages come back
 * empty (with the exact total).
 *
 * <p>Thread-safe. Methods throw {@link java.io.UncheckedIOException} when OpenSearch cannot be reached and
 * {@link IllegalStateException} when it refuses a request.
 */
public final class OpenSearchEngine implements SearchEngine {

    /** The index's {@code max_result_window} (works-index.json): how deep a page may reach. */
    static final long MAX_RESULT_WINDOW = 2_000_000;

    /** A bulk request is sent once it holds this many documents or roughly this many characters of text. */
    private static final int BULK_DOCS = 500;

    private static final long BULK_CHARS = 8_000_000;

    private final OpenSearchClient client;
    private final String index;
    private final boolean needsRebuild;

    /**
     * Connects to OpenSearch at {@code url} (e.g. {@code http://127.0.0.1:9200}; user:password in the URL become
     * basic authentication) and opens, or creates, {@code index}.
     *
     * @throws java.io.UncheckedIOException when OpenSearch cannot be reached
     */
    public static OpenSearchEngine connect(URI url, String index) {
        OpenSearchClient client = Clients.create(url);
        try {
            return new OpenSearchEngine(client, index);
        } catch (RuntimeException e) {
            Clients.close(client);
            throw e;
        }
    }

    /** Opens, or creates, {@code index} through {@code client}; {@link #close()} closes the client's transport. */
    public OpenSearchEngine(OpenSearchClient client, String index) {
        this.client = client;
        this.index = index;
        try {
            this.needsRebuild = IndexSetup.ensure(client, index);
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Cannot open the search index " + index, e);
        }
    }

    /** The index this engine reads and writes. */
    public String index() {
        return index;
    }

    @Override
    public void upsert(Collection<WorkDocument> documents) {
        List<BulkOperation> ops = new ArrayList<>();
        long chars = 0;
        for (WorkDocument d : documents) {
            Map<String, Object> source = WorkSource.of(d);
            ops.add(BulkOperation.of(
                    b -> b.index(i -> i.index(index).id(Long.toString(d.id())).document(source))));
            chars += size(d);
            if (ops.size() >= BULK_DOCS || chars >= BULK_CHARS) {
                bulk(ops);
                ops = new ArrayList<>();
                chars = 0;
            }
        }
        if (!ops.isEmpty()) bulk(ops);
    }

    /** A bulk index request is an upsert already, as cheap as a plain add. */
    @Override
    public void addAll(Collection<WorkDocument> documents) {
        upsert(documents);
    }

    @Override
    public void delete(Collection<Long> workIds) {
        List<BulkOperation> ops = new ArrayList<>();
        for (long id : workIds) {
            ops.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(Long.toString(id)))));
            if (ops.size() >= BULK_DOCS * 10) {
                bulk(ops);
                ops = new ArrayList<>();
            }
        }
        if (!ops.isEmpty()) bulk(ops);
    }

    /**
     * Deletes every document by query. Writes not yet refreshed are made visible first, since a delete-by-query
     * only sees what a search would.
     */
    @Override
    public void deleteAll() {
        try {
            refresh();
            client.deleteByQuery(d -> d.index(index)
                    .query(q -> q.matchAll(m -> m))
                    .conflicts(Conflicts.Proceed)
                    .refresh(Refresh.True));
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Cannot empty the search index " + index, e);
        }
    }

    @Override
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Cannot refresh the search index " + index, e);
        }
    }

    /**
     * One request: the page, the exact total ({@code track_total_hits}) and the facet aggregations, all over the
     * same query, which carries the viewer's visibility.
     */
    @Override
    public SearchHits search(WorkQuery query) {
        Query q = WorkQueries.toQuery(query);
        boolean pageInWindow = query.offset() + query.size() <= MAX_RESULT_WINDOW;
        var aggregations = FacetCounts.aggregations(query.facetTypes(), query.facetLimit(), query.facetIds());
        try {
            SearchResponse<Void> response = client.search(
                    s -> {
                        s.index(index)
                                .query(q)
                                .trackTotalHits(t -> t.enabled(true))
                                .source(src -> src.fetch(false))
                                .aggregations(aggregations);
                        if (pageInWindow) {
                            s.from((int) query.offset())
                                    .size(query.size())
                                    .sort(WorkQueries.toSort(query.sort(), query.ascending()));
                        } else {
                            s.size(0);
                        }
                        return s;
                    },
                    Void.class);
            List<Long> ids = new ArrayList<>(query.size());
            for (var hit : response.hits().hits()) ids.add(Long.parseLong(hit.id()));
            long total = response.hits().total() == null
                    ? 0
                    : response.hits().total().value();
            Map<String, List<FacetCount>> facets =
                    FacetCounts.read(response.aggregations(), query.facetTypes(), query.facetLimit());
            return new SearchHits(ids, total, query.facetTypes().isEmpty() ? Map.of() : facets);
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Search in " + index + " failed", e);
        }
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Cannot count the search index " + index, e);
        }
    }

    /** Always: OpenSearch takes writes from every process. */
    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Closes the client's connections; the index stays as it is. */
    @Override
    public void close() {
        Clients.close(client);
    }

    private void bulk(List<BulkOperation> ops) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.index(index).operations(ops));
        } catch (IOException | RuntimeException e) {
            throw IndexSetup.failure("Cannot write to the search index " + index, e);
        }
        if (!response.errors()) return;
        Map<String, String> failures = new LinkedHashMap<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && failures.size() < 5) {
                failures.put(
                        item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty())
            throw new IllegalStateException("Writing to the search index " + index + " failed for " + failures);
    }

    private static long size(WorkDocument d) {
        return 1_000L + length(d.title()) + length(d.summary()) + length(d.notes()) + length(d.body());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
