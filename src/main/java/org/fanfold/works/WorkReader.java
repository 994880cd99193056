package org.fanfold.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads works for reading, always through the visibility predicate: what a viewer may not see is absent, exactly
 * as if it did not exist. The creators of a work in an anonymous collection are left out of its view unless the
 * viewer may see them ({@link WorkVisibility#canSeeCreators}).
 */
@Component
public class WorkReader {

    private final WorkStore works;
    private final BlurbRows blurbRows;
    private final SeriesStore series;
    private final ResolvedTags tags;
    private final WorkVisibility visibility;
    private final PreferencesStore preferences;
    private final ObjectProvider<WorkCollections> collections;

    WorkReader(
            WorkStore works,
            BlurbRows blurbRows,
            SeriesStore series,
            ResolvedTags tags,
            WorkVisibility visibility,
            PreferencesStore preferences,
            ObjectProvider<WorkCollections> collections) {
        this.works = works;
        this.blurbRows = blurbRows;
        this.series = series;
        this.tags = tags;
        this.visibility = visibility;
        this.preferences = preferences;
        this.collections = collections;
    }

    /** The work with its page's details, if the viewer may see it. */
    public Optional<WorkView> view(long workId, Viewer viewer) {
        List<WorkView> found = load(List.of(workId), viewer, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /**
     * Whether the work exists and would be visible to {@code viewer} if they signed in: a guest asking for a
     * restricted work is told to log in rather than that it does not exist.
     */
    public boolean requiresLogin(long workId, Viewer viewer) {
        if (viewer.signedIn()) return false;
        return works.find(workId)
                .filter(w -> visibility.canSee(w, List.of(), new Viewer(-1L, "", false, false)))
                .isPresent();
    }

    /** Blurbs for a listing, in the order of {@code ids}, leaving out any the viewer may not see. */
    public List<WorkView> blurbs(List<Long> ids, Viewer viewer) {
        return load(ids, viewer, false);
    }

    /**
     * The series with the works in it the viewer is shown, in part order ({@link #seriesWorkIds}, as its page shows
     * them); empty when there is no such series or the viewer may see none of its works (a series is seen through
     * its works).
     */
    public Optional<SeriesView> series(long seriesId, Viewer viewer) {
        return series.find(seriesId).flatMap(s -> {
            List<WorkView> works = blurbs(seriesWorkIds(seriesId, viewer), viewer);
            return works.isEmpty() ? Optional.empty() : Optional.of(new SeriesView(s, works));
        });
    }

    /**
     * Those of {@code ids} the viewer may see, in the same order: for listings read from the database (gifts, a
     * series) that page over visible works only. Reads the works' rows and creators, nothing else.
     */
    public List<Long> visibleIds(List<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) return List.of();
        Map<Long, List<Long>> userIds = works.creatorUserIds(ids);
        return works.findAll(ids).stream()
                .filter(w -> visibility.canSee(w, userIds.getOrDefault(w.id(), List.of()), viewer))
                .map(Work::id)
                .toList();
    }

    /**
     * The ids of every work credited to one of {@code userId}'s pseuds — posted, drafts, hidden by an admin — oldest
     * first: what the user may take away as their own (read each through {@link #view} as them).
     */
    public List<Long> creditedWorkIds(long userId) {
        return works.creditedIds(userId);
    }

    /** The work's chapters a viewer sees: all for its creators, posted ones for everyone else. */
    public List<Chapter> chapters(WorkView work, Viewer viewer) {
        boolean creator = work.isCreator(viewer.userId());
        return works.chapters(work.work().id()).stream()
                .filter(c -> creator || c.posted())
                .toList();
    }

    private List<WorkView> load(List<Long> ids, Viewer viewer, boolean withSeriesAndGifts) {
        if (ids.isEmpty()) return List.of();
        // a work's own page reads its rows afresh; listings take them from memory where they can
        Map<Long, BlurbRows.Row> byId = withSeriesAndGifts ? blurbRows.read(ids) : blurbRows.cached(ids);
        List<BlurbRows.Row> rows = new ArrayList<>(byId.size());
        for (long id : ids) {
            BlurbRows.Row row = byId.get(id);
            if (row != null) rows.add(row);
        }
        Map<Long, Set<Long>> readers =
                unrevealedReaders(rows.stream().map(BlurbRows.Row::work).toList(), viewer);
        List<Map<TagType, List<Tag>>> tagsByRow = tags.of(rows);
        Preferences prefs = viewer.userId() == null ? Preferences.DEFAULTS : preferences.of(viewer.userId());

        List<WorkView> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BlurbRows.Row row = rows.get(i);
            Work w = row.work();
            List<Long> users = row.userIds();
            if (!visibility.canSee(w, users, readers.getOrDefault(w.id(), Set.of()), viewer)) continue;
            boolean own = viewer.userId() != null && users.contains(viewer.userId());
            // In an anonymous collection the creators are left out of the view itself, so no page can show them.
            List<Pseud> credited = visibility.canSeeCreators(w, users, viewer) ? row.credited() : List.of();
            out.add(new WorkView(
                    w,
                    credited,
                    users,
                    tagsByRow.get(i),
                    withSeriesAndGifts ? seriesParts(w.id(), viewer) : List.of(),
                    withSeriesAndGifts ? series.gifts(w.id()) : List.of(),
                    prefs.hideWarnings() && !own,
                    prefs.hideFreeform() && !own));
        }
        return out;
    }

    /** The readers of the unrevealed ones among {@code rows}, asked only when someone signed in is looking. */
    private Map<Long, Set<Long>> unrevealedReaders(List<Work> rows, Viewer viewer) {
        if (viewer.userId() == null) return Map.of();
        List<Long> unrevealed =
                rows.stream().filter(Work::unrevealed).map(Work::id).toList();
        if (unrevealed.isEmpty()) return Map.of();
        return collections.getIfAvailable(() -> WorkCollections.NONE).unrevealedReaders(unrevealed);
    }

    /**
     * The series a work is part of, its place and neighbours counted among the parts the viewer is shown (as AO3
     * counts among visible parts), so "Part 2" and the previous and next links never point at a draft or a work
     * hidden from them. A series that does not show this work to the viewer is left out.
     */
    private List<SeriesPart> seriesParts(long workId, Viewer viewer) {
        List<SeriesPart> parts = new ArrayList<>();
        for (Series s : series.ofWork(workId)) {
            List<Long> shown = seriesWorkIds(s.id(), viewer);
            int at = shown.indexOf(workId);
            if (at < 0) continue;
            parts.add(new SeriesPart(
                    s.id(),
                    s.title(),
                    at + 1,
                    at > 0 ? shown.get(at - 1) : null,
                    at + 1 < shown.size() ? shown.get(at + 1) : null));
        }
        return parts;
    }

    /**
     * The parts of a series the viewer is shown, in order: those they may see — except that a series mixing works
     * whose creators the viewer sees with works in anonymous collections whose creators they may not see leaves the
     * latter out, since the series' other parts would tell who wrote them (and their pages leave out the series).
     */
    List<Long> seriesWorkIds(long seriesId, Viewer viewer) {
        List<Long> ids = series.workIds(seriesId);
        if (ids.isEmpty()) return List.of();
        List<Work> rows = works.findAll(ids);
        Map<Long, List<Long>> userIds = works.creatorUserIds(ids);
        Map<Long, Set<Long>> readers = unrevealedReaders(rows, viewer);
        List<Long> named = new ArrayList<>(rows.size());
        List<Long> all = new ArrayList<>(rows.size());
        for (Work w : rows) {
            List<Long> creators = userIds.getOrDefault(w.id(), List.of());
            if (!visibility.canSee(w, creators, readers.getOrDefault(w.id(), Set.of()), viewer)) continue;
            all.add(w.id());
            if (visibility.canSeeCreators(w, creators, viewer)) named.add(w.id());
        }
        return named.isEmpty() || named.size() == all.size() ? all : named;
    }
}
