package org.fanfold.collections;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.ListingPages;
import org.fanfold.works.WorkListings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A collection's works, {@code /collections/{name}/works}: the same listing as a tag's — AO3's filters, facet counts,
 * sorting and paging — scoped to the collection in the search index, under the viewer's visibility, so unrevealed
 * works they may not see are neither listed nor counted.
 */
@Controller
class CollectionWorksController {

    private final CollectionService collections;
    private final CollectionPages pages;
    private final ListingPages listings;

    CollectionWorksController(CollectionService collections, CollectionPages pages, ListingPages listings) {
        this.collections = collections;
        this.pages = pages;
        this.listings = listings;
    }

    @GetMapping("/collections/{name}/works")
    String works(@PathVariable String name, Viewer viewer, HttpServletRequest request, Model model) {
        ArchiveCollection c = collections.byName(name);
        CollectionRole role = collections.role(c, viewer).orElse(null);
        var header = pages.header((PageContext) model.getAttribute("page"), c, role, "works", null);
        return listings.render(
                model, request, viewer, WorkListings.Scope.collection(c.id()), "Works in " + c.title(), header);
    }
}
