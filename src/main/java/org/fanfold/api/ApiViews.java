package org.fanfold.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.community.BookmarkBlurb;
import org.fanfold.community.BookmarkItem;
import org.fanfold.community.BookmarkListing;
import org.fanfold.shared.Paged;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.Chapter;
import org.fanfold.works.SeriesView;
import org.fanfold.works.Work;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * Turns what the readers loaded (already filtered by visibility) into the API's JSON records. It decides nothing
 * about who may see what: it shows what it is given, with the same rules for anonymous creators as the pages'
 * byline (creators left out of a view are "Anonymous").
 */
final class ApiViews {

    static final WorkJson.Creator ANONYMOUS = new WorkJson.Creator("Anonymous", null, null);

    private final ApiLinks.Base links;

    ApiViews(ApiLinks.Base links) {
        this.links = links;
    }

    /** A work; {@code chapters} (those the caller sees) makes it the full view, with series and gifts. */
    WorkJson work(WorkView view, @Nullable List<Chapter> chapters) {
        Work w = view.work();
        List<WorkJson.TagRef> tags = new ArrayList<>();
        for (TagType type : TagType.values()) view.tags(type).forEach(t -> tags.add(tag(t)));
        return new WorkJson(
                w.id(),
                links.to(w.url()),
                w.title(),
                w.anonymous(),
                creators(view.creators(), w.anonymous()),
                w.importedAuthor(),
                view.rating(),
                names(view.tags(TagType.ARCHIVE_WARNING)),
                names(view.tags(TagType.CATEGORY)),
                tags,
                w.summary(),
                w.notes(),
                w.endNotes(),
                w.language(),
                w.wordCount(),
                w.chapterCount(),
                w.expectedChapters(),
                w.complete(),
                w.restricted(),
                w.posted(),
                instant(w.publishedAt()),
                instant(w.updatedAt()),
                w.kudosCount(),
                w.hits(),
                w.commentsCount(),
                w.bookmarksCount(),
                chapters == null
                        ? null
                        : view.series().stream()
                                .map(s -> new WorkJson.SeriesRef(
                                        s.seriesId(), s.title(), s.position(), links.to(s.url())))
                                .toList(),
                chapters == null
                        ? null
                        : view.gifts().stream()
                                .map(g -> new WorkJson.GiftRef(g.name(), g.login()))
                                .toList(),
                chapters == null
                        ? null
                        : chapters.stream()
                                .map(c -> new WorkJson.ChapterRef(
                                        c.id(),
                                        c.position(),
                                        c.title(),
                                        c.wordCount(),
                                        c.posted(),
                                        instant(c.publishedAt()),
                                        links.to(c.url())))
                                .toList());
    }

    /** A chapter with its text; {@code all} are the chapters the caller sees, for the neighbours. */
    ChapterJson chapter(WorkView view, Chapter c, List<Chapter> all) {
        int at = all.indexOf(c);
        return new ChapterJson(
                c.id(),
                view.work().id(),
                view.work().title(),
                c.position(),
                c.title(),
                c.summary(),
                c.notes(),
                c.endNotes(),
                c.body(),
                c.wordCount(),
                c.posted(),
                instant(c.publishedAt()),
                instant(c.updatedAt()),
                links.to(c.url()),
                at > 0 ? all.get(at - 1).id() : null,
                at >= 0 && at < all.size() - 1 ? all.get(at + 1).id() : null);
    }

    ListJson.Works works(WorkListings.Listing listing, boolean withFacets, PageLinks pages) {
        Paged<WorkView> paged = listing.works();
        Map<String, List<ListJson.Facet>> facets = null;
        if (withFacets) {
            facets = new LinkedHashMap<>();
            for (TagType type : WorkListings.FACET_TYPES) {
                facets.put(
                        type.filterKey(),
                        listing.facets().getOrDefault(type, List.of()).stream()
                                .map(f ->
                                        new ListJson.Facet(f.tag().id(), f.tag().name(), f.count()))
                                .toList());
            }
        }
        return new ListJson.Works(
                paged.total(),
                paged.page(),
                paged.pages(),
                paged.size(),
                pages.link(paged.page() + 1, paged.pages()),
                pages.link(paged.page() - 1, paged.pages()),
                paged.items().stream().map(v -> work(v, null)).toList(),
                facets,
                listing.unknownTags(),
                listing.hiddenByExclusions());
    }

    ListJson.Bookmarks bookmarks(BookmarkListing listing, PageLinks pages) {
        Paged<BookmarkBlurb> paged = listing.bookmarks();
        return new ListJson.Bookmarks(
                paged.total(),
                paged.page(),
                paged.pages(),
                paged.size(),
                pages.link(paged.page() + 1, paged.pages()),
                pages.link(paged.page() - 1, paged.pages()),
                paged.items().stream().map(this::bookmark).toList(),
                listing.hiddenByMutes());
    }

    BookmarkJson bookmark(BookmarkBlurb blurb) {
        var b = blurb.bookmark();
        BookmarkItem item = blurb.item();
        return new BookmarkJson(
                b.id(),
                links.to(b.url()),
                creator(blurb.pseud()),
                b.notes(),
                blurb.tags().stream().map(this::tag).toList(),
                b.isPrivate(),
                b.rec(),
                instant(b.createdAt()),
                instant(b.updatedAt()),
                item.kind() == BookmarkItem.Kind.WORK ? "work" : "series",
                item.id(),
                item.available(),
                item.work() == null ? null : work(item.work(), null),
                item.series() == null ? null : series(item.series(), false));
    }

    /** A series as the caller sees it; {@code withWorks} lists its visible parts in order. */
    SeriesJson series(SeriesView view, boolean withWorks) {
        var s = view.series();
        List<WorkView> posted =
                view.works().stream().filter(w -> w.work().posted()).toList();
        List<WorkJson.Creator> creators =
                view.creators().stream().map(this::creator).toList();
        return new SeriesJson(
                s.id(),
                s.title(),
                links.to(s.url()),
                creators.isEmpty() ? List.of(ANONYMOUS) : creators,
                s.summary(),
                s.notes(),
                s.complete(),
                posted.stream()
                        .map(w -> w.work().publishedAt())
                        .filter(t -> t != null)
                        .min(Long::compare)
                        .map(ApiViews::instant)
                        .orElse(null),
                posted.stream()
                        .map(w -> w.work().updatedAt())
                        .max(Long::compare)
                        .map(ApiViews::instant)
                        .orElse(null),
                posted.stream().mapToLong(w -> w.work().wordCount()).sum(),
                posted.size(),
                withWorks ? view.works().stream().map(w -> work(w, null)).toList() : null);
    }

    UserJson user(User user, List<Pseud> pseuds) {
        return new UserJson(
                user.login(),
                links.to(user.url()),
                instant(user.createdAt()),
                user.about(),
                pseuds.stream()
                        .map(p -> new UserJson.Pseud(
                                p.id(),
                                p.name(),
                                p.isDefault(),
                                p.description(),
                                p.iconUrl() == null ? null : links.to(p.iconUrl()),
                                p.iconAltText(),
                                links.to(p.url())))
                        .toList());
    }

    TagJson tag(Tag tag, @Nullable Tag merger, List<Tag> synonyms, List<Tag> parents, List<Tag> metas, List<Tag> subs) {
        return new TagJson(
                tag.id(),
                tag.name(),
                type(tag.type()),
                tag.canonical(),
                links.to(tag.url()),
                links.api(tag.worksUrl()),
                merger == null ? null : tag(merger),
                synonyms.stream().map(this::tag).toList(),
                parents.stream().map(this::tag).toList(),
                metas.stream().map(this::tag).toList(),
                subs.stream().map(this::tag).toList());
    }

    WorkJson.TagRef tag(Tag t) {
        return new WorkJson.TagRef(t.name(), type(t.type()), links.to(t.url()));
    }

    /** A tag type as the API names it: rating, archive_warning, category, fandom, relationship, character… */
    static String type(TagType type) {
        return type.filterKey();
    }

    private List<WorkJson.Creator> creators(List<Pseud> credited, boolean anonymous) {
        if (anonymous && credited.isEmpty()) return List.of(ANONYMOUS);
        return credited.stream().map(this::creator).toList();
    }

    private WorkJson.Creator creator(Pseud p) {
        return new WorkJson.Creator(p.name(), p.login(), links.to(p.url()));
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).toList();
    }

    static String instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static @Nullable String instant(@Nullable Long epochMillis) {
        return epochMillis == null ? null : instant(epochMillis.longValue());
    }

    /** Where the pages around this one are. */
    interface PageLinks {
        @Nullable
        String link(int page, int pages);
    }
}
