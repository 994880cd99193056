package org.fanfold.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.fanfold.works.Exclusions;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.fanfold.works.WorkVisibility;
import org.springframework.stereotype.Component;

/**
 * Reads bookmarks for pages: a page of a listing with its total and tag counts, chosen in SQL under the viewer's
 * visibility and mutes ({@link BookmarkQuery}), then loaded with their pseuds, tags and items, the items through
 * {@link WorkReader} so they are checked once more before they are shown.
 */
@Component
class BookmarkListings {

    static final int TAG_FACETS = 30;

    private final BookmarkStore store;
    private final WorkReader reader;
    private final WorkVisibility visibility;
    private final Exclusions exclusions;
    private final TagService tags;
    private final Accounts accounts;

    BookmarkListings(
            BookmarkStore store,
            WorkReader reader,
            WorkVisibility visibility,
            Exclusions exclusions,
            TagService tags,
            Accounts accounts) {
        this.store = store;
        this.reader = reader;
        this.visibility = visibility;
        this.exclusions = exclusions;
        this.tags = tags;
        this.accounts = accounts;
    }

    /** The users whose bookmarks {@code viewer} does not want to see. */
    Set<Long> muted(Viewer viewer) {
        return viewer.userId() == null ? Set.of() : exclusions.mutedUserIds(viewer.userId());
    }

    /** A page (from 1) of the bookmarks {@code query} picks that {@code viewer} may see, newest first. */
    BookmarkListing list(BookmarkQuery query, int page, Viewer viewer) {
        Set<Long> muted = muted(viewer);
        BookmarkQuery.Where where = query.where(viewer, muted, visibility);
        long total = store.count(where);
        long hidden = muted.isEmpty() ? 0 : store.count(query.where(viewer, Set.of(), visibility)) - total;
        List<BookmarkBlurb> items = List.of();
        List<BookmarkListing.TagCount> tagCounts = List.of();
        if (total > 0) {
            List<Long> ids = store.ids(where, Paged.DEFAULT_SIZE, (long) (page - 1) * Paged.DEFAULT_SIZE);
            items = blurbs(store.findAll(ids), viewer);
            Map<Long, Long> counts = store.tagCounts(where, TAG_FACETS);
            Map<Long, Tag> byId = tags.byIds(counts.keySet());
            tagCounts = counts.entrySet().stream()
                    .filter(e -> byId.containsKey(e.getKey()))
                    .map(e -> new BookmarkListing.TagCount(byId.get(e.getKey()), e.getValue()))
                    .toList();
        }
        return new BookmarkListing(new Paged<>(items, total, page, Paged.DEFAULT_SIZE), tagCounts, Math.max(0, hidden));
    }

    /**
     * How many bookmarks of each of these items {@code viewer} may see, counted as {@link #list} counts an item's
     * bookmarks; items with none are absent.
     */
    Map<Long, Long> counts(BookmarkItem.Kind kind, Collection<Long> itemIds, Viewer viewer) {
        return store.countsByItem(kind, itemIds, BookmarkQuery.any().where(viewer, muted(viewer), visibility));
    }

    /**
     * One bookmark, if {@code viewer} may see it: their own always (its item shown only while they may see it);
     * anyone else's when it is public, not by a user they muted, and of an item they may see.
     */
    Optional<BookmarkBlurb> one(long id, Viewer viewer) {
        Optional<Bookmark> found = store.find(id);
        if (found.isEmpty()) return Optional.empty();
        Bookmark b = found.get();
        boolean own = viewer.is(b.userId());
        if (!own && (b.isPrivate() || muted(viewer).contains(b.userId()))) return Optional.empty();
        List<BookmarkBlurb> blurbs = blurbs(List.of(b), viewer);
        return blurbs.isEmpty() ? Optional.empty() : Optional.of(blurbs.getFirst());
    }

    /** The viewer's own bookmark of the item, if they have one. */
    Optional<Bookmark> ownOf(Viewer viewer, BookmarkItem.Kind kind, long itemId) {
        if (viewer.userId() == null) return Optional.empty();
        return store.find(viewer.userId(), kind, itemId);
    }

    /**
     * Blurbs for these bookmarks, in order. Items are loaded through the reader; a bookmark whose item the viewer
     * may not see is kept, without its item, for its owner only.
     */
    List<BookmarkBlurb> blurbs(List<Bookmark> bookmarks, Viewer viewer) {
        if (bookmarks.isEmpty()) return List.of();
        Set<Long> pseudIds = new HashSet<>();
        List<Long> workIds = new ArrayList<>();
        for (Bookmark b : bookmarks) {
            pseudIds.add(b.pseudId());
            if (b.kind() == BookmarkItem.Kind.WORK) workIds.add(b.itemId());
        }
        Map<Long, Pseud> pseuds = accounts.pseudsByIds(pseudIds);
        Map<Long, WorkView> works = new HashMap<>();
        for (WorkView w : reader.blurbs(workIds, viewer)) works.put(w.work().id(), w);
        Map<Long, List<Long>> tagIds =
                store.tagIds(bookmarks.stream().map(Bookmark::id).toList());
        Set<Long> allTags = new HashSet<>();
        tagIds.values().forEach(allTags::addAll);
        Map<Long, Tag> tagsById = tags.byIds(allTags);

        List<BookmarkBlurb> out = new ArrayList<>(bookmarks.size());
        for (Bookmark b : bookmarks) {
            Pseud pseud = pseuds.get(b.pseudId());
            if (pseud == null) continue;
            BookmarkItem item = switch (b.kind()) {
                case WORK ->
                    works.containsKey(b.itemId())
                            ? BookmarkItem.of(works.get(b.itemId()))
                            : BookmarkItem.unavailable(b.kind(), b.itemId());
                case SERIES ->
                    reader.series(b.itemId(), viewer)
                            .map(BookmarkItem::of)
                            .orElse(BookmarkItem.unavailable(b.kind(), b.itemId()));
            };
            if (!item.available() && !viewer.is(b.userId())) continue;
            List<Tag> own = tagIds.getOrDefault(b.id(), List.of()).stream()
                    .map(tagsById::get)
                    .filter(t -> t != null)
                    .toList();
            out.add(new BookmarkBlurb(b, pseud, own, item));
        }
        return out;
    }
}
