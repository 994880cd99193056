package org.fanfold.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fanfold.search.SearchHits;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.MediaTags;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagGraph;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.Exclusions;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the fandom pages show a viewer: the media with their most popular fandoms, and one medium's fandoms by
 * letter. Each page asks the search engine once, for how many works the viewer may see under every canonical
 * fandom ({@link WorkListings#tagCounts}, the listings' facet counts, every value), so a million works and
 * thousands of fandoms cost one search (which the embedded engine keeps until the index next changes), never one
 * per fandom.
 *
 * <p>The counts leave out the works a signed-in reader muted, as every listing does, so a fandom they muted (or whose
 * meta tag they muted) has none for them. It is then no popular fandom of theirs: {@code /media} leaves it out and
 * shows the next one (saying so only when one of theirs would have been there had they muted nothing, which takes a
 * second search, the one a reader who mutes nothing makes), and a medium's page marks it muted rather than showing
 * a count of none. Thread-safe. (Public for the pages' templates.)
 */
@Component
public class FandomDirectory {

    /** Fandoms shown under each medium on {@code /media}, as on AO3. */
    static final int TOP = 5;

    /**
     * A fandom as the pages list it.
     *
     * @param count how many works the viewer may see under it; null for an unwrangled fandom, which the engine
     *     does not count (it is listed because a work the viewer may see carries it), and for a muted one
     * @param muted whether the viewer muted it, or a meta tag it is found under: its works are out of their listings
     */
    public record Fandom(Tag tag, @Nullable Long count, boolean muted) {}

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

    /**
     * The media on {@code /media}.
     *
     * @param mutedFandoms whether a fandom the viewer muted would be in these lists had they muted nothing (it is
     *     left out: the page says so)
     */
    public record Media(List<Medium> media, boolean mutedFandoms) {}

    /**
     * A medium's fandoms page.
     *
     * @param muted how many of them the viewer muted (marked so: the page says what that means)
     */
    public record Fandoms(List<Letter> letters, long muted) {}

    private final MediaTags media;
    private final TagService tags;
    private final WorkListings listings;
    private final WorkVisibility visibility;
    private final Exclusions exclusions;
    private final TagGraph graph;

    FandomDirectory(
            MediaTags media,
            TagService tags,
            WorkListings listings,
            WorkVisibility visibility,
            Exclusions exclusions,
            TagGraph graph) {
        this.media = media;
        this.tags = tags;
        this.listings = listings;
        this.visibility = visibility;
        this.exclusions = exclusions;
        this.graph = graph;
    }

    /**
     * Every medium with its most popular fandoms, by name, then AO3's "Uncategorized Fandoms" with the newest; the
     * fandoms the viewer muted left out.
     */
    Media media(Viewer viewer) {
        Map<Long, Long> counts = counts(viewer);
        Predicate<Tag> muted = muted(viewer);
        List<Medium> out = new ArrayList<>(tops(counts, muted.negate()));
        List<Fandom> newest = uncategorized(viewer, counts, muted.negate(), muted, TOP);
        out.add(new Medium(
                MediaTags.UNCATEGORIZED, MediaTags.fandomsUrl(MediaTags.UNCATEGORIZED), newest, newest.size() == TOP));
        return new Media(out, mutedFandom(viewer) && mutedLeftOut(viewer, muted));
    }

    /** Each medium with its {@value #TOP} most popular fandoms by {@code counts} of those {@code keep} accepts. */
    private List<Medium> tops(Map<Long, Long> counts, Predicate<Tag> keep) {
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
                    .filter(f -> f != null && f.canonical() && f.type() == TagType.FANDOM && keep.test(f))
                    .toList();
            List<Fandom> top = top(fandoms, counts);
            out.add(new Medium(m.name(), MediaTags.fandomsUrl(m.name()), top, top.size() == TOP));
        }
        return out;
    }

    /**
     * Whether a fandom the viewer muted would be on {@code /media} had they muted nothing: among a medium's
     * {@value #TOP} most popular counted without their mutes, or among the newest uncategorized ones.
     */
    private boolean mutedLeftOut(Viewer viewer, Predicate<Tag> muted) {
        Map<Long, Long> counts =
                counts(listings.tagCountsBeforeMutes(TagType.FANDOM, viewer, WorkQuery.ALL_FACET_VALUES));
        return tops(counts, f -> true).stream()
                        .flatMap(m -> m.fandoms().stream())
                        .anyMatch(f -> muted.test(f.tag()))
                || uncategorized(viewer, counts, f -> true, muted, TOP).stream().anyMatch(Fandom::muted);
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
                .map(t -> new Fandom(t, counts.get(t.id()), false))
                .toList();
    }

    /**
     * A medium a URL names.
     *
     * @param name its name as its page heads it
     * @param tag its Media tag; null for AO3's "Uncategorized Fandoms"
     */
    record Named(String name, @Nullable Tag tag) {}

    /**
     * The medium named in a URL (AO3's escapes undone; "Uncategorized Fandoms" too).
     *
     * @throws NotFoundException when there is no such medium
     */
    Named medium(String urlName) {
        String name = TagNames.fromUrl(urlName);
        if (TagNames.key(name).equals(TagNames.key(MediaTags.UNCATEGORIZED)))
            return new Named(MediaTags.UNCATEGORIZED, null);
        return media.medium(name)
                .map(m -> new Named(m.name(), m))
                .orElseThrow(() -> new NotFoundException("medium " + urlName));
    }

    /**
     * The fandoms of {@code medium} by letter, each with its works: every canonical one, as AO3 lists them (a fandom
     * none of whose works the viewer may see has none); for "Uncategorized Fandoms", those in use.
     */
    Fandoms fandoms(Named medium, Viewer viewer) {
        Map<Long, Long> counts = counts(viewer);
        Predicate<Tag> muted = muted(viewer);
        List<Fandom> fandoms;
        if (medium.tag() == null) {
            fandoms = uncategorized(viewer, counts, f -> true, muted, Integer.MAX_VALUE);
        } else {
            fandoms = media.fandoms(medium.tag()).stream()
                    .map(f -> muted.test(f)
                            ? new Fandom(f, null, true)
                            : new Fandom(f, counts.getOrDefault(f.id(), 0L), false))
                    .toList();
        }
        return new Fandoms(
                Letters.group(fandoms, f -> f.tag().name(), Letter::new),
                fandoms.stream().filter(Fandom::muted).count());
    }

    /**
     * The fandoms with no medium that are in use for the viewer, newest first, at most {@code limit} of those
     * {@code keep} accepts. A canonical one is in use when the viewer has works under it, or would have but for
     * muting it.
     */
    private List<Fandom> uncategorized(
            Viewer viewer, Map<Long, Long> counts, Predicate<Tag> keep, Predicate<Tag> muted, int limit) {
        return media
                .uncategorized(
                        visibility.sqlCondition("w", viewer),
                        f -> keep.test(f) && (!f.canonical() || counts.containsKey(f.id()) || muted.test(f)),
                        limit)
                .stream()
                .map(f -> muted.test(f)
                        ? new Fandom(f, null, true)
                        : new Fandom(f, f.canonical() ? counts.get(f.id()) : null, false))
                .toList();
    }

    /**
     * Whether the viewer muted a fandom, or a meta tag it is found under (its filter ids, {@link
     * TagGraph#filterIds}): either takes its works out of their listings and counts. Never for guests.
     */
    private Predicate<Tag> muted(Viewer viewer) {
        Set<Long> muted = viewer.userId() == null ? Set.of() : exclusions.mutedTagIds(viewer.userId());
        if (muted.isEmpty()) return f -> false;
        return f -> graph.filterIds(List.of(f.id())).stream().anyMatch(muted::contains);
    }

    /** Whether the viewer muted a fandom (the tags they muted are kept in memory, and so are tags by id). */
    private boolean mutedFandom(Viewer viewer) {
        if (viewer.userId() == null) return false;
        return tags.byIds(exclusions.mutedTagIds(viewer.userId())).values().stream()
                .anyMatch(t -> t.type() == TagType.FANDOM);
    }

    /** How many works the viewer may see under each canonical fandom: one search. */
    private Map<Long, Long> counts(Viewer viewer) {
        return counts(listings.tagCounts(TagType.FANDOM, viewer, WorkQuery.ALL_FACET_VALUES));
    }

    /** Facet counts by tag id. */
    private static Map<Long, Long> counts(List<SearchHits.FacetCount> facets) {
        var counts = new HashMap<Long, Long>();
        for (SearchHits.FacetCount c : facets) counts.put(c.tagId(), c.count());
        return counts;
    }
}
