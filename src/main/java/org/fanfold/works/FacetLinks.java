package org.fanfold.works;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.tags.TagType;

/**
 * The filter sidebar's "More …" and "Fewer …" links. Each opens or closes the longer list of its own tag type and
 * keeps the others as they were; which lists are long is carried in the URL ({@code show_more=freeform}, once per
 * type), so it works without scripts and the filter form carries it on.
 *
 * @param limit how many tags of a type the short list shows
 * @param more the types whose longer list shows, in the sidebar's order
 * @param toggles per type, the current URL with that type's longer list opened, or closed when it is open
 */
public record FacetLinks(int limit, List<TagType> more, Map<TagType, String> toggles) {

    public FacetLinks {
        more = List.copyOf(more);
        toggles = Map.copyOf(toggles);
    }

    /** Whether the longer list of {@code type} shows. */
    public boolean showsMore(TagType type) {
        return more.contains(type);
    }

    /** Where the "More" or "Fewer" link of {@code type} leads. */
    public String toggle(TagType type) {
        return toggles.get(type);
    }

    /** The sizes to ask the listing for: {@code limit} a type, {@code moreLimit} for the longer lists. */
    WorkListings.FacetSizes sizes(int moreLimit) {
        return new WorkListings.FacetSizes(limit, moreLimit, Set.copyOf(more));
    }

    /**
     * The types named by {@code show_more} values ({@link TagType#filterKey()}), in the sidebar's order. Any other
     * value (the "1" of links saved before each type had its own link) opens them all.
     */
    static List<TagType> named(String[] values) {
        if (values == null) return List.of();
        List<String> keys = List.of(values);
        boolean all = keys.stream()
                .anyMatch(k -> WorkListings.FACET_TYPES.stream()
                        .noneMatch(t -> t.filterKey().equals(k)));
        return WorkListings.FACET_TYPES.stream()
                .filter(t -> all || keys.contains(t.filterKey()))
                .toList();
    }
}
