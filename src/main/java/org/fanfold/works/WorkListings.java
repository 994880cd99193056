package org.fanfold.works;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchHits;
import org.fanfold.search.SearchSort;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.Languages;
import org.fanfold.shared.Paged;
import org.fanfold.shared.ParallelReads;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every works listing (all works, a tag's, a creator's, search results) is a search: the engine returns a page of
 * ids and facet counts under the viewer's visibility filter and exclusions, then the works are loaded and checked
 * again before they are shown.
 */
@Component
public class WorkListings {

    /** The facet groups of the filter sidebar, in AO3's order. */
    public static final List<TagType> FACET_TYPES = List.of(
            TagType.RATING,
            TagType.ARCHIVE_WARNING,
            TagType.CATEGORY,
            TagType.FANDOM,
            TagType.CHARACTER,
            TagType.RELATIONSHIP,
            TagType.FREEFORM);

    /**
     * Where a listing's works come from.
     *
     * @param tag only works found under this tag, or null
     * @param creatorUserId only works by this user, or null (works in anonymous collections only for that user)
     * @param pseudId only works credited to this pseud (of {@code creatorUserId}), or null
     * @param collectionId only works in this collection, or null
     */
    public record Scope(
            @Nullable Tag tag,
            @Nullable Long creatorUserId,
            @Nullable Long pseudId,
            @Nullable Long collectionId) {
        public static final Scope ALL = new Scope(null, null, null, null);

        public Scope(@Nullable Tag tag, @Nullable Long creatorUserId) {
            this(tag, creatorUserId, null, null);
        }

        /** The works of one of a user's pseuds. */
        public static Scope pseud(long creatorUserId, long pseudId) {
            return new Scope(null, creatorUserId, pseudId, null);
        }

        /** The works of one collection. */
        public static Scope collection(long collectionId) {
            return new Scope(null, null, null, collectionId);
        }
    }

    /** "there is no tag called “A” here." or "there are no tags called “A”, “B” and “C” here." */
    public static String noSuchTags(List<String> names) {
        return TagNames.noneCalled("tag", names);
    }

    /** A tag in the filter sidebar with how many of the listed works carry it. */
    public record Facet(Tag tag, long count) {}

    /**
     * One page of a listing.
     *
     * @param facets per tag type, the most common tags among all matching works (empty when not asked for)
     * @param hiddenByExclusions how many works the viewer's muted tags and users leave out of this listing
     * @param unknownTags tag names in the filters that are no tags here (the listing is then empty)
     * @param excludedTags the tags excluded by id, so the sidebar can show them though no listed work has them
     * @param scopeMuted whether the viewer muted the scope's own tag or creator (its page offers Unmute)
     */
    public record Listing(
            Paged<WorkView> works,
            Map<TagType, List<Facet>> facets,
            long hiddenByExclusions,
            List<String> unknownTags,
            List<Tag> excludedTags,
            boolean scopeMuted) {}

    private final Timer engineTime;
    private final SearchEngine engine;
    private final WorkReader reader;
    private final WorkVisibility visibility;
    private final TagService tags;
    private final Exclusions exclusions;

    WorkListings(
            SearchEngine engine,
            WorkReader reader,
            WorkVisibility visibility,
            TagService tags,
            Exclusions exclusions,
            ObjectProvider<MeterRegistry> meters) {
        this.engineTime = Timer.builder("fanfold.listing.engine")
                .description("Time listing pages spend in the search engine (both queries when mutes apply)")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        this.engine = engine;
        this.reader = reader;
        this.visibility = visibility;
        this.tags = tags;
        this.exclusions = exclusions;
    }

    /**
     * How many tags of each type a listing's sidebar lists: {@code limit}, and {@code moreLimit} for the types the
     * reader asked to see more of. The engine counts every type to the larger number at once (one count, whichever
     * types are longer) and the others are cut back to {@code limit}.
     */
    public record FacetSizes(int limit, int moreLimit, Set<TagType> more) {
        public FacetSizes {
            more = Set.copyOf(more);
        }

        /** {@code limit} tags of every type (0 for no facets). */
        public static FacetSizes of(int limit) {
            return new FacetSizes(limit, limit, Set.of());
        }

        int of(TagType type) {
            return more.contains(type) ? moreLimit : limit;
        }

        int counted() {
            return more.isEmpty() ? limit : Math.max(limit, moreLimit);
        }
    }

    /** A page of works with facet counts ({@code facetLimit} per type; 0 for none). */
    public Listing list(Scope scope, WorkFilter filter, Viewer viewer, int facetLimit) {
        return list(scope, filter, viewer, FacetSizes.of(facetLimit));
    }

    /** A page of works with facet counts, as many of each type as {@code sizes} says. */
    public Listing list(Scope scope, WorkFilter filter, Viewer viewer, FacetSizes sizes) {
        int facetLimit = sizes.counted();
        List<String> unknown = new ArrayList<>();
        Set<Long> include = new LinkedHashSet<>(filter.includeIds());
        for (String name : filter.includeNames()) {
            tags.find(name).ifPresentOrElse(t -> include.add(t.filterId()), () -> unknown.add(name));
        }
        Set<Long> exclude = new LinkedHashSet<>(filter.excludeIds());
        for (String name : filter.excludeNames()) tags.find(name).ifPresent(t -> exclude.add(t.filterId()));
        if (scope.tag() != null) include.add(scope.tag().filterId());
        Set<Long> mutedTags = viewer.userId() == null ? Set.of() : exclusions.mutedTagIds(viewer.userId());
        Set<Long> mutedUsers = viewer.userId() == null ? Set.of() : exclusions.mutedUserIds(viewer.userId());
        boolean scopeMuted = scope.tag() != null
                ? mutedTags.contains(scope.tag().filterId())
                : scope.creatorUserId() != null && mutedUsers.contains(scope.creatorUserId());
        if (!unknown.isEmpty()) {
            return new Listing(
                    new Paged<>(List.of(), 0, filter.page(), Paged.DEFAULT_SIZE),
                    Map.of(),
                    0,
                    unknown,
                    List.of(),
                    scopeMuted);
        }

        WorkQuery.Builder q = query(scope, filter, viewer, include, exclude);
        if (facetLimit > 0) q.facets(FACET_TYPES.stream().map(TagType::dbName).toList(), facetLimit);
        mutedTags.stream().filter(id -> !include.contains(id)).forEach(q::exclude);
        mutedUsers.stream().filter(id -> !id.equals(scope.creatorUserId())).forEach(q::excludeCreator);
        long started = System.nanoTime();
        // the count without the viewer's mutes ("N works hidden"), searched at the same time as the page
        ParallelReads.Pending<Long> unmuted = mutedTags.isEmpty() && mutedUsers.isEmpty()
                ? null
                : ParallelReads.start(() -> engine.search(query(scope, filter, viewer, include, exclude)
                                .page(1, 1)
                                .build())
                        .total());
        SearchHits hits = engine.search(q.build());
        long hidden = unmuted == null ? 0 : Math.max(0, unmuted.get() - hits.total());
        engineTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        List<WorkView> works = reader.blurbs(hits.ids(), viewer);
        List<Tag> excludedTags = tags.byIds(filter.excludeIds()).values().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return new Listing(
                new Paged<>(works, hits.total(), filter.page(), Paged.DEFAULT_SIZE),
                facetLimit > 0 ? facets(hits, filter.includeIds(), sizes) : Map.of(),
                hidden,
                List.of(),
                excludedTags,
                scopeMuted);
    }

    /**
     * Works like {@code work}: those sharing its tags, scored by the tags they share — a shared relationship
     * counts most, then characters and fandoms, then additional tags; ratings, warnings and categories not at all
     * — best first, under the viewer's visibility and exclusions.
     */
    public List<WorkView> similar(WorkView work, Viewer viewer, int size) {
        WorkQuery.Builder q = WorkQuery.builder(visibility.forSearch(viewer))
                .excludeWork(work.work().id())
                .sort(SearchSort.BEST_MATCH)
                .page(1, size);
        boolean any = false;
        for (var entry : SIMILARITY_WEIGHTS.entrySet()) {
            for (Tag t : work.tags(entry.getKey())) {
                q.similar(t.filterId(), entry.getValue());
                any = true;
            }
        }
        if (!any) return List.of();
        excludeMuted(q, viewer);
        return reader.blurbs(engine.search(q.build()).ids(), viewer);
    }

    /**
     * How many works {@code viewer} may see under each canonical tag of {@code type} (the total of its works
     * listing: visibility, and the viewer's muted tags and users, as every listing applies them), most first, then
     * by id; at most {@code limit}, or every such tag for {@link WorkQuery#ALL_FACET_VALUES}. One search, whose facet
     * counts these are; tags no such work carries are left out.
     */
    public List<SearchHits.FacetCount> tagCounts(TagType type, Viewer viewer, int limit) {
        SearchHits hits =
                counted(WorkQuery.builder(visibility.forSearch(viewer)).facets(List.of(type.dbName()), limit), viewer);
        return hits.facets().getOrDefault(type.dbName(), List.of());
    }

    /**
     * {@link #tagCounts(TagType, Viewer, int)} as {@code viewer} would have them had they muted nothing, for a page
     * that tells whether muting left something out of it. The same search as a reader's who mutes nothing, so the
     * counts the engine keeps are shared with theirs.
     */
    public List<SearchHits.FacetCount> tagCountsBeforeMutes(TagType type, Viewer viewer, int limit) {
        SearchHits hits = timed(WorkQuery.builder(visibility.forSearch(viewer)).facets(List.of(type.dbName()), limit));
        return hits.facets().getOrDefault(type.dbName(), List.of());
    }

    /**
     * How many works {@code viewer} may see under each of these canonical tags, by id, counted as {@link
     * #tagCounts(TagType, Viewer, int)} counts them: one search that counts these tags alone (a page of tags,
     * whatever their types); tags no such work carries are absent.
     */
    public Map<Long, Long> tagCounts(Collection<Tag> canonicalTags, Viewer viewer) {
        if (canonicalTags.isEmpty()) return Map.of();
        List<String> types =
                canonicalTags.stream().map(t -> t.type().dbName()).distinct().toList();
        SearchHits hits = counted(
                WorkQuery.builder(visibility.forSearch(viewer))
                        .facetsOf(types, canonicalTags.stream().map(Tag::id).toList()),
                viewer);
        Map<Long, Long> counts = new HashMap<>();
        hits.facets().values().forEach(list -> list.forEach(c -> counts.put(c.tagId(), c.count())));
        return counts;
    }

    /** The facet counts {@code q} asks for, over the works the viewer may see and has not muted. */
    private SearchHits counted(WorkQuery.Builder q, Viewer viewer) {
        excludeMuted(q, viewer);
        return timed(q);
    }

    /** The facet counts {@code q} asks for (no page of works), the engine's time recorded. */
    private SearchHits timed(WorkQuery.Builder q) {
        q.page(1, 1);
        long started = System.nanoTime();
        SearchHits hits = engine.search(q.build());
        engineTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return hits;
    }

    private void excludeMuted(WorkQuery.Builder q, Viewer viewer) {
        if (viewer.userId() == null) return;
        exclusions.mutedTagIds(viewer.userId()).forEach(q::exclude);
        exclusions.mutedUserIds(viewer.userId()).forEach(q::excludeCreator);
    }

    private static final Map<TagType, Float> SIMILARITY_WEIGHTS =
            Map.of(TagType.RELATIONSHIP, 4f, TagType.CHARACTER, 2f, TagType.FANDOM, 2f, TagType.FREEFORM, 1f);

    /** A page of works without facets, e.g. for a dashboard. */
    public Paged<WorkView> list(Scope scope, Viewer viewer) {
        return list(scope, WorkFilter.NONE, viewer, 0).works();
    }

    private WorkQuery.Builder query(Scope scope, WorkFilter f, Viewer viewer, Set<Long> include, Set<Long> exclude) {
        WorkQuery.Builder q = WorkQuery.builder(visibility.forSearch(viewer))
                .text(f.query().isBlank() ? null : f.query())
                .bodyText(f.bodyQuery().isBlank() ? null : f.bodyQuery())
                .fieldText(WorkQuery.Field.TITLE, f.title())
                .fieldText(WorkQuery.Field.CREATORS, f.creators())
                .creator(scope.creatorUserId())
                .pseud(scope.pseudId())
                .crossover(f.crossover())
                .complete(f.complete())
                .singleChapter(f.singleChapter())
                .words(f.words())
                .updatedAt(f.updatedWithin())
                .publishedAt(f.posted())
                .hits(f.hits())
                .kudos(f.kudos())
                .comments(f.comments())
                .bookmarks(f.bookmarks())
                .sort(f.sort())
                .page(f.page(), Paged.DEFAULT_SIZE);
        if (scope.collectionId() != null) q.collection(scope.collectionId());
        if (f.sortDirection().equals("asc")) q.ascending(true);
        else if (f.sortDirection().equals("desc")) q.ascending(false);
        String language = Languages.lookup(f.language());
        if (language != null) q.language(language);
        include.forEach(q::include);
        exclude.forEach(q::exclude);
        return q;
    }

    /**
     * The sidebar's tags by type: the most common among the matching works ({@code sizes} of each type), and first
     * the tags the reader ticked that are not among them — every matching work has those (none, when nothing
     * matches), and a tick that vanished from the form would be dropped by the next "Sort and Filter" without a word.
     */
    private Map<TagType, List<Facet>> facets(SearchHits hits, Set<Long> ticked, FacetSizes sizes) {
        Set<Long> ids = new HashSet<>(ticked);
        hits.facets().values().forEach(list -> list.forEach(c -> ids.add(c.tagId())));
        Map<Long, Tag> byId = tags.byIds(ids);
        Map<TagType, List<Facet>> out = new EnumMap<>(TagType.class);
        for (TagType type : FACET_TYPES) {
            List<Facet> facets = new ArrayList<>();
            List<SearchHits.FacetCount> counted = hits.facets().getOrDefault(type.dbName(), List.of());
            List<SearchHits.FacetCount> shown = counted.subList(0, Math.min(counted.size(), sizes.of(type)));
            for (long id : ticked) {
                Tag t = byId.get(id);
                if (t != null && t.type() == type && shown.stream().noneMatch(c -> c.tagId() == id))
                    facets.add(new Facet(t, hits.total()));
            }
            for (var c : shown) {
                Tag t = byId.get(c.tagId());
                if (t != null) facets.add(new Facet(t, c.count()));
            }
            if (!facets.isEmpty()) out.put(type, facets);
        }
        return out;
    }
}
