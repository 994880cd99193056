package org.fanfold.works;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.User;
import org.fanfold.shared.Languages;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A works listing page — heading, blurbs, pager and AO3's filter sidebar with facet counts — for any
 * {@link WorkListings.Scope}: the works module's own listings and other modules' (a collection's works) render
 * through here, so every listing filters, counts and pages alike. Filters come from the request's AO3 parameters.
 */
@Component
public class ListingPages {

    static final int FACETS = 10;
    static final int MORE_FACETS = 50;

    /** The parameter that names a type whose longer list of tags the sidebar shows. */
    private static final String SHOW_MORE = "show_more";

    private final WorkListings listings;
    private final SavedFilters savedFilters;

    ListingPages(WorkListings listings, SavedFilters savedFilters) {
        this.listings = listings;
        this.savedFilters = savedFilters;
    }

    /**
     * Fills {@code model} for the listing of {@code scope} and returns the view to render.
     *
     * @param heading the heading after the count, e.g. "Works in" (a tag's link follows) or "Works in My Collection"
     * @param header content shown above the heading (another module's header for its scope), or null
     */
    public String render(
            Model model,
            HttpServletRequest request,
            Viewer viewer,
            WorkListings.Scope scope,
            String heading,
            @Nullable Content header) {
        return render(model, request, viewer, scope, heading, null, null, header);
    }

    String render(
            Model model,
            HttpServletRequest request,
            Viewer viewer,
            WorkListings.Scope scope,
            String heading,
            @Nullable Tag tag,
            @Nullable User creator,
            @Nullable Content header) {
        WorkFilter filter = WorkFilter.parse(request.getParameterMap());
        FacetLinks facetLinks = facetLinks(request);
        WorkListings.Listing listing = listings.list(scope, filter, viewer, facetLinks.sizes(MORE_FACETS));
        model.addAttribute("listing", listing);
        model.addAttribute("filter", filter);
        model.addAttribute("heading", heading);
        model.addAttribute("tag", tag);
        model.addAttribute("creator", creator);
        model.addAttribute("header", header);
        model.addAttribute("facetLinks", facetLinks);
        model.addAttribute("languages", Languages.ALL);
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("pageUrl", pageUrl(request));
        model.addAttribute("currentUrl", currentUrl(request));
        model.addAttribute("savedFilters", viewer.userId() == null ? List.of() : savedFilters.of(viewer.userId()));
        model.addAttribute("mutedHere", listing.scopeMuted());
        return "works/index";
    }

    /** The current URL without its page parameter, ready for "page=N" to be appended. */
    static String pageUrl(HttpServletRequest request) {
        return urlWithout(request, "page") + "page=";
    }

    /**
     * The sidebar's "More" and "Fewer" links: the current URL, filters and page kept, with one type's longer list
     * of tags opened or closed and the others' as they are; each leads back to its type's group in the sidebar.
     */
    static FacetLinks facetLinks(HttpServletRequest request) {
        List<TagType> more = FacetLinks.named(request.getParameterValues(SHOW_MORE));
        String base = urlWithout(request, SHOW_MORE);
        Map<TagType, String> toggles = new EnumMap<>(TagType.class);
        for (TagType type : WorkListings.FACET_TYPES) {
            StringBuilder url = new StringBuilder(base);
            for (TagType t : WorkListings.FACET_TYPES) {
                if (more.contains(t) != (t == type))
                    url.append(SHOW_MORE + "=").append(t.filterKey()).append('&');
            }
            url.setLength(url.length() - 1); // the last '&', or the '?' of a URL with no parameters left
            toggles.put(type, url + "#include_" + type.filterKey() + "_tags");
        }
        return new FacetLinks(FACETS, more, toggles);
    }

    /** The current URL without the parameter {@code left}, ending in '?' or '&' for one more to be appended. */
    private static String urlWithout(HttpServletRequest request, String left) {
        return request.getRequestURI() + '?' + parametersWithout(request, Set.of(left));
    }

    /** {@code path} with the request's parameters but {@code left}: where a redirect keeps the filters. */
    static String withParameters(String path, HttpServletRequest request, Set<String> left) {
        String q = parametersWithout(request, left);
        return q.isEmpty() ? path : path + "?" + q.substring(0, q.length() - 1);
    }

    /** The request's parameters but {@code left}, encoded, each followed by '&' ("" for none). */
    private static String parametersWithout(HttpServletRequest request, Set<String> left) {
        StringBuilder out = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (left.contains(name)) return;
            for (String v : values) {
                out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return out.toString();
    }

    private static String currentUrl(HttpServletRequest request) {
        String q = request.getQueryString();
        return request.getRequestURI() + (q == null || q.isBlank() ? "" : "?" + q);
    }
}
