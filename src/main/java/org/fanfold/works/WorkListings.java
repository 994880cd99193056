package org.fanfold.works;

import java.util.List;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchHits;
import org.fanfold.search.SearchSort;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every works listing (all works, a tag's, a creator's, search results) is a search: the engine returns a page of
 * ids under the viewer's visibility filter, then the works are loaded and checked again before they are shown.
 */
@Component
public class WorkListings {

    /**
     * What a listing shows.
     *
     * @param text a search query, or null
     * @param tag only works found under this tag, or null
     * @param creatorUserId only works by this user, or null
     * @param sortColumn AO3's {@code sort_column} value, or null for the default
     */
    public record Request(
            @Nullable String text,
            @Nullable Tag tag,
            @Nullable Long creatorUserId,
            @Nullable String sortColumn,
            int page) {}

    private final SearchEngine engine;
    private final WorkReader reader;
    private final WorkVisibility visibility;

    WorkListings(SearchEngine engine, WorkReader reader, WorkVisibility visibility) {
        this.engine = engine;
        this.reader = reader;
        this.visibility = visibility;
    }

    public Paged<WorkView> list(Request request, Viewer viewer) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        SearchSort sort =
                SearchSort.of(request.sortColumn(), hasText ? SearchSort.BEST_MATCH : SearchSort.DATE_UPDATED);
        WorkQuery.Builder q = WorkQuery.builder(visibility.forSearch(viewer))
                .text(request.text())
                .creator(request.creatorUserId())
                .sort(sort)
                .page(request.page(), Paged.DEFAULT_SIZE);
        if (request.tag() != null) q.include(request.tag().filterId());
        SearchHits hits = engine.search(q.build());
        List<WorkView> works = reader.blurbs(hits.ids(), viewer);
        return new Paged<>(works, hits.total(), request.page(), Paged.DEFAULT_SIZE);
    }
}
