package org.fanfold.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fanfold.search.SearchHits;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkListings;
import org.springframework.stereotype.Component;

/**
 * AO3's "Browse Popular Tags" ({@code /tags}): the canonical additional tags with the most works the viewer may
 * see, as a cloud in which the more used are the larger. One search, the listings' facet counts of additional tags,
 * top {@value #SIZE} only. Thread-safe. (Public for the page's template.)
 */
@Component
public class TagCloud {

    /** Tags in the cloud, as on AO3. */
    static final int SIZE = 200;

    /** How many sizes the tags come in: AO3's classes {@code cloud1} (smallest) to {@code cloud8}. */
    static final int SIZES = 8;

    /** A tag in the cloud, with its works and its size from 1 to {@value #SIZES}. */
    public record Clouded(Tag tag, long works, int size) {}

    private final WorkListings listings;
    private final TagService tags;

    TagCloud(WorkListings listings, TagService tags) {
        this.listings = listings;
        this.tags = tags;
    }

    /**
     * The cloud, by name. Sizes spread the logarithm of the works between the least and the most used tag shown
     * (counts run from a few to many thousands, and a linear scale would make all but the first few the smallest).
     */
    List<Clouded> popular(Viewer viewer) {
        List<SearchHits.FacetCount> counts = listings.tagCounts(TagType.FREEFORM, viewer, SIZE);
        if (counts.isEmpty()) return List.of();
        Map<Long, Tag> byId =
                tags.byIds(counts.stream().map(SearchHits.FacetCount::tagId).toList());
        double most = Math.log(counts.getFirst().count());
        double least = Math.log(counts.getLast().count());
        List<Clouded> cloud = new ArrayList<>();
        for (SearchHits.FacetCount c : counts) {
            Tag t = byId.get(c.tagId());
            if (t == null) continue;
            int size = most == least
                    ? SIZES / 2
                    : 1 + (int) Math.round((SIZES - 1) * (Math.log(c.count()) - least) / (most - least));
            cloud.add(new Clouded(t, c.count(), size));
        }
        cloud.sort(Comparator.comparing((Clouded c) -> TagNames.key(c.tag().name())));
        return cloud;
    }
}
