package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The paged lists the API answers with: 20 items a page, numbered from 1, with links to the pages around. */
final class ListJson {

    private ListJson() {}

    /**
     * A page of works.
     *
     * @param facets per tag type, the most common tags among all matching works (only when asked for)
     * @param unknownTags tag names in the filters that are no tags here (the list is then empty)
     * @param hiddenByMutes how many works the caller's muted tags and creators leave out
     */
    record Works(
            long total,
            int page,
            int pages,
            int perPage,
            @Nullable String next,
            @Nullable String previous,
            List<WorkJson> works,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Map<String, List<Facet>> facets,

            List<String> unknownTags,
            long hiddenByMutes) {}

    /** A tag in the facet counts, with how many of the matching works carry it. */
    record Facet(long id, String name, long count) {}

    /** A page of bookmarks; {@code hiddenByMutes} counts those by users the caller muted. */
    record Bookmarks(
            long total,
            int page,
            int pages,
            int perPage,
            @Nullable String next,
            @Nullable String previous,
            List<BookmarkJson> bookmarks,
            long hiddenByMutes) {}
}
