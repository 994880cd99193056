package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkFilter;
import org.fanfold.works.WorkListings;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every works list of the API — all works, a tag's, a user's — read as the site's listing pages read theirs: AO3's
 * {@code work_search[…]} parameters through {@link WorkFilter}, the search under the caller's visibility and mutes
 * through {@link WorkListings}, 20 a page; {@code facets=true} (or a number up to 50) adds the facet counts of
 * the filter sidebar.
 */
@Component
class ApiListings {

    static final int FACETS = 10;
    static final int MAX_FACETS = 50;

    private final WorkListings listings;
    private final ApiLinks links;
    private final ApiJson json;

    ApiListings(WorkListings listings, ApiLinks links, ApiJson json) {
        this.listings = listings;
        this.links = links;
        this.json = json;
    }

    ResponseEntity<byte[]> works(WorkListings.Scope scope, HttpServletRequest request, Viewer viewer) {
        WorkFilter filter = WorkFilter.parse(request.getParameterMap());
        if (!filter.problems().isEmpty()) throw ApiException.badRequest(String.join(" ", filter.problems()));
        int facets = facetLimit(request.getParameter("facets"));
        WorkListings.Listing listing = listings.list(scope, filter, viewer, facets);
        ApiLinks.Base base = links.base(request);
        return json.ok(
                new ApiViews(base).works(listing, facets > 0, (page, pages) -> base.page(request, page, pages)),
                viewer);
    }

    /** {@code facets}: absent or false for none, true for {@value #FACETS} a type, or a number up to 50. */
    static int facetLimit(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false") || value.equals("0")) return 0;
        if (value.equalsIgnoreCase("true")) return FACETS;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_FACETS) return n;
        } catch (NumberFormatException e) {
            // explained below
        }
        throw ApiException.badRequest("facets must be true, false or a number from 1 to " + MAX_FACETS + ".");
    }
}
