package org.fanfold.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.springframework.stereotype.Component;

/**
 * Loads works for reading, always through the visibility predicate: what a viewer may not see is absent, exactly
 * as if it did not exist.
 */
@Component
public class WorkReader {

    private final WorkStore works;
    private final SeriesStore series;
    private final TagService tags;
    private final Accounts accounts;
    private final WorkVisibility visibility;

    WorkReader(WorkStore works, SeriesStore series, TagService tags, Accounts accounts, WorkVisibility visibility) {
        this.works = works;
        this.series = series;
        this.tags = tags;
        this.accounts = accounts;
        this.visibility = visibility;
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

    /** The series, if it exists and the viewer sees at least one of its works (as its page requires). */
    public Optional<Series> series(long seriesId, Viewer viewer) {
        return series.find(seriesId)
                .filter(s -> !blurbs(series.workIds(seriesId), viewer).isEmpty());
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
        List<Work> rows = works.findAll(ids);
        Map<Long, List<Long>> pseudIds = works.creatorPseudIds(ids);
        Map<Long, List<Long>> userIds = works.creatorUserIds(ids);
        Map<Long, List<Long>> tagIds = works.tagIds(ids);
        Set<Long> allPseuds = new HashSet<>();
        pseudIds.values().forEach(allPseuds::addAll);
        Set<Long> allTags = new HashSet<>();
        tagIds.values().forEach(allTags::addAll);
        Map<Long, Pseud> pseuds = accounts.pseudsByIds(allPseuds);
        Map<Long, Tag> tagsById = tags.byIds(allTags);

        List<WorkView> out = new ArrayList<>(rows.size());
        for (Work w : rows) {
            List<Long> creators = userIds.getOrDefault(w.id(), List.of());
            if (!visibility.canSee(w, creators, viewer)) continue;
            out.add(new WorkView(
                    w,
                    pick(pseudIds.getOrDefault(w.id(), List.of()), pseuds),
                    creators,
                    byType(tagIds.getOrDefault(w.id(), List.of()), tagsById),
                    withSeriesAndGifts ? series.partsOf(w.id()) : List.of(),
                    withSeriesAndGifts ? series.gifts(w.id()) : List.of()));
        }
        return out;
    }

    private static List<Pseud> pick(Collection<Long> ids, Map<Long, Pseud> byId) {
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    static Map<TagType, List<Tag>> byType(Collection<Long> ids, Map<Long, Tag> byId) {
        Map<TagType, List<Tag>> out = new EnumMap<>(TagType.class);
        for (long id : ids) {
            Tag t = byId.get(id);
            if (t != null) out.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        return out;
    }
}
