package org.fanfold.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.shared.Paged;
import org.fanfold.shared.ParallelReads;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagSearch;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The tag search's results with how many works the viewer may see under each tag. A canonical tag's are the works
 * listed under it (its synonyms' and sub tags' too), counted by the search engine as its listing's are: one search
 * that counts the page's canonical tags alone. An unwrangled tag or a synonym is counted in the database over the
 * works that carry it, through the same visibility predicate: such tags are on few works, and the engine does not
 * count them. Thread-safe. (Public for the page's template.)
 */
@Component
public class TagSearches {

    /** Tags a page, as on AO3. */
    static final int PAGE_SIZE = 50;

    /** The most matching tags sorted by uses; a broader search is shown by name, and says so. */
    static final int MAX_SORTED_BY_USES = 20_000;

    /**
     * A tag found.
     *
     * @param works how many works the viewer may see under it
     * @param synonymOf the canonical tag it is a synonym of, or null
     */
    public record Found(Tag tag, long works, @Nullable Tag synonymOf) {}

    /**
     * A search's answer.
     *
     * @param problem what in the form could not be read (a fandom that is no fandom here), or null
     * @param byNameInstead whether uses were asked for but the matches were too many to sort by them
     */
    public record Results(Paged<Found> tags, @Nullable String problem, boolean byNameInstead) {}

    private final TagSearch search;
    private final TagService tags;
    private final WorkListings listings;
    private final WorkVisibility visibility;

    TagSearches(TagSearch search, TagService tags, WorkListings listings, WorkVisibility visibility) {
        this.search = search;
        this.tags = tags;
        this.listings = listings;
        this.visibility = visibility;
    }

    Results search(TagSearchForm form, Viewer viewer) {
        List<Long> fandoms = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : TagNames.split(form.fandoms())) {
            Tag f = tags.find(name).filter(t -> t.type() == TagType.FANDOM).orElse(null);
            if (f == null) unknown.add(name);
            else fandoms.add(tags.mergedInto(f).orElse(f).id());
        }
        if (!unknown.isEmpty()) {
            String sentence = TagNames.noneCalled("fandom", unknown);
            String problem = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
            return new Results(new Paged<>(List.of(), 0, 1, PAGE_SIZE), problem, false);
        }
        var criteria = new TagSearch.Criteria(
                List.of(form.name().split("\\s+")).stream()
                        .filter(w -> !w.isBlank())
                        .toList(),
                fandoms,
                form.type(),
                form.status());
        // the count and the page (or every match, to sort by uses) each read every matching tag: at once
        ParallelReads.Pending<Long> total = ParallelReads.start(() -> search.count(criteria));
        boolean byUses = form.sortColumn().equals("uses");
        if (byUses) {
            List<Tag> all = search.all(criteria, MAX_SORTED_BY_USES + 1);
            if (all.size() <= MAX_SORTED_BY_USES) return new Results(byUses(all, form, viewer), null, false);
        }
        TagSearch.Order order =
                form.sortColumn().equals("created_at") ? TagSearch.Order.CREATED_AT : TagSearch.Order.NAME;
        boolean descending = !byUses && form.descending();
        int page = form.page();
        List<Tag> shown = search.page(criteria, order, descending, offset(page), PAGE_SIZE);
        if (shown.isEmpty() && page > 1) { // past the last page: the last page
            page = (int) Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
            shown = search.page(criteria, order, descending, offset(page), PAGE_SIZE);
        }
        return new Results(new Paged<>(found(shown, viewer), total.get(), page, PAGE_SIZE), null, byUses);
    }

    /** All the matching tags by their works, most first unless asked otherwise (then by name); the page asked for. */
    private Paged<Found> byUses(List<Tag> matching, TagSearchForm form, Viewer viewer) {
        List<Found> all = new ArrayList<>(found(matching, viewer));
        Comparator<Found> order = Comparator.comparingLong(Found::works);
        all.sort((form.descending() ? order.reversed() : order)
                .thenComparing(f -> TagNames.key(f.tag().name())));
        int last = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(form.page(), last);
        int from = (int) Math.min(offset(page), all.size());
        List<Found> shown = List.copyOf(all.subList(from, Math.min(from + PAGE_SIZE, all.size())));
        return new Paged<>(shown, all.size(), page, PAGE_SIZE);
    }

    private static long offset(int page) {
        return (long) (page - 1) * PAGE_SIZE;
    }

    /** The tags with their works and the canonical tags of the synonyms among them. */
    private List<Found> found(List<Tag> found, Viewer viewer) {
        List<Tag> canonical = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        Set<Long> mergers = new LinkedHashSet<>();
        for (Tag t : found) {
            if (t.canonical()) canonical.add(t);
            else counted.add(t.id());
            if (t.mergerId() != null) mergers.add(t.mergerId());
        }
        // the engine counts these tags alone: every tag of a type would be hundreds of thousands of characters
        Map<Long, Long> works = new HashMap<>(listings.tagCounts(canonical, viewer));
        if (!counted.isEmpty()) works.putAll(search.uses(counted, visibility.sqlCondition("w", viewer)));
        Map<Long, Tag> canonicals = tags.byIds(mergers);
        List<Found> out = new ArrayList<>(found.size());
        for (Tag t : found) {
            out.add(new Found(
                    t, works.getOrDefault(t.id(), 0L), t.mergerId() == null ? null : canonicals.get(t.mergerId())));
        }
        return out;
    }
}
