package org.fanfold.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.search.SearchHits;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.MediaTags;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the fandom pages show a viewer: the media with their most popular fandoms, and one medium's fandoms by
 * letter. Each page asks the search engine once, for how many works the viewer may see under every canonical
 * fandom ({@link WorkListings#tagCounts}, the listings' facet counts, every value), so a million works and
 * thousands of fandoms cost one search (which the embedded engine keeps until the index next changes), never one
 * per fandom. Thread-safe. (Public for the pages' templates.)
 */
@Component
public class FandomDirectory {

    /** Fandoms shown under each medium on {@code /media}, as on AO3. */
    static final int TOP = 5;

    /**
     * A fandom as the pages list it.
     *
     * @param count how many works the viewer may see under it; null for an unwrangled fandom, which the engine
     *     does not count (it is listed because a work the viewer may see carries it)
     */
    public record Fandom(Tag tag, @Nullable Long count) {}

    /**
     * A medium on {@code /media}.
     *
     * @param url its fandoms' page
     * @param fandoms its most popular fandoms (the newest, for the uncategorized ones), at most {@value #TOP}
     * @param more whether it may have more than those: the page then links to them all, as AO3's does
     */
    public record Medium(String name, String url, List<Fandom> fandoms, boolean more) {}

    /** The fandoms whose sorting name starts with {@code letter}, by name. */
    public record Letter(String letter, List<Fandom> fandoms) {}

    private final MediaTags media;
    private final TagService tags;
    private final WorkListings listings;
    private final WorkVisibility visibility;

    FandomDirectory(MediaTags media, TagService tags, WorkListings listings, WorkVisibility visibility) {
        this.media = media;
        this.tags = tags;
        this.listings = listings;
        this.visibility = visibility;
    }

    /** Every medium with its most popular fandoms, by name, then AO3's "Uncategorized Fandoms" with the newest. */
    List<Medium> media(Viewer viewer) {
        Map<Long, Long> counts = counts(viewer);
        List<Tag> media = this.media.media();
        Map<Long, List<Long>> byMedium = this.media.fandomIdsByMedium();
        // only the fandoms that can make a medium's top are read by name: a medium has thousands
        Map<Long, List<Long>> candidates = new HashMap<>();
        for (Tag m : media) candidates.put(m.id(), candidates(byMedium.getOrDefault(m.id(), List.of()), counts));
        Map<Long, Tag> named =
                tags.byIds(candidates.values().stream().flatMap(List::stream).toList());
        List<Medium> out = new ArrayList<>();
        for (Tag m : media) {
            List<Tag> fandoms = candidates.get(m.id()).stream()
                    .map(named::get)
                    .filter(f -> f != null && f.canonical() && f.type() == TagType.FANDOM)
                    .toList();
            List<Fandom> top = top(fandoms, counts);
            out.add(new Medium(m.name(), MediaTags.fandomsUrl(m.name()), top, top.size() == TOP));
        }
        List<Fandom> newest = uncategorized(viewer, counts, TOP);
        out.add(new Medium(
                MediaTags.UNCATEGORIZED, MediaTags.fandomsUrl(MediaTags.UNCATEGORIZED), newest, newest.size() == TOP));
        return out;
    }

    /** The fandoms among {@code ids} that have works and as many as the {@value #TOP}th most (ties included). */
    private static List<Long> candidates(List<Long> ids, Map<Long, Long> counts) {
        List<Long> counted = ids.stream().filter(counts::containsKey).toList();
        if (counted.size() <= TOP) return counted;
        long[] sorted = counted.stream().mapToLong(counts::get).sorted().toArray();
        long least = sorted[sorted.length - TOP];
        return counted.stream().filter(id -> counts.get(id) >= least).toList();
    }

    /** The {@value #TOP} fandoms with the most works, then by name. */
    private static List<Fandom> top(List<Tag> fandoms, Map<Long, Long> counts) {
        return fandoms.stream()
                .sorted(Comparator.comparingLong((Tag t) -> -counts.get(t.id()))
                        .thenComparing(t -> Letters.sortKey(t.name())))
                .limit(TOP)
                .map(t -> new Fandom(t, counts.get(t.id())))
                .toList();
    }

    /**
     * The medium named in a URL (AO3's escapes undone; "Uncategorized Fandoms" too) as its page heads it.
     *
     * @throws NotFoundException when there is no such medium
     */
    String medium(String urlName) {
        String name = TagNames.fromUrl(urlName);
        if (TagNames.key(name).equals(TagNames.key(MediaTags.UNCATEGORIZED))) return MediaTags.UNCATEGORIZED;
        return media.medium(name).map(Tag::name).orElseThrow(() -> new NotFoundException("medium " + urlName));
    }

    /**
     * The fandoms of the medium called {@code name} ({@link #medium}) by letter, each with its works: every
     * canonical one, as AO3 lists them (a fandom none of whose works the viewer may see has none); for
     * "Uncategorized Fandoms", those in use.
     */
    List<Letter> fandoms(String name, Viewer viewer) {
        Map<Long, Long> counts = counts(viewer);
        List<Fandom> fandoms;
        if (name.equals(MediaTags.UNCATEGORIZED)) {
            fandoms = uncategorized(viewer, counts, Integer.MAX_VALUE);
        } else {
            Tag medium = media.medium(name).orElseThrow(() -> new NotFoundException("medium " + name));
            fandoms = media.fandoms(medium).stream()
                    .map(f -> new Fandom(f, counts.getOrDefault(f.id(), 0L)))
                    .toList();
        }
        return Letters.group(fandoms, f -> f.tag().name(), Letter::new);
    }

    /** The fandoms with no medium that are in use for the viewer, newest first, at most {@code limit}. */
    private List<Fandom> uncategorized(Viewer viewer, Map<Long, Long> counts, int limit) {
        return media
                .uncategorized(
                        visibility.sqlCondition("w", viewer), f -> !f.canonical() || counts.containsKey(f.id()), limit)
                .stream()
                .map(f -> new Fandom(f, f.canonical() ? counts.get(f.id()) : null))
                .toList();
    }

    /** How many works the viewer may see under each canonical fandom: one search. */
    private Map<Long, Long> counts(Viewer viewer) {
        var counts = new HashMap<Long, Long>();
        for (SearchHits.FacetCount c : listings.tagCounts(TagType.FANDOM, viewer, WorkQuery.ALL_FACET_VALUES)) {
            counts.put(c.tagId(), c.count());
        }
        return counts;
    }
}
