package org.fanfold.works;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a series by its creators: its title, description, notes and complete flag, the order of its parts, and
 * taking a work out of it. Each call is one transaction; anyone else is refused. Series are not indexed, so nothing
 * is queued for search.
 */
@Service
class SeriesEditing {

    private final SeriesStore series;
    private final Clock clock;

    SeriesEditing(SeriesStore series, Clock clock) {
        this.series = series;
        this.clock = clock;
    }

    /** The series, if {@code viewer} is one of its creators. */
    Series editable(long seriesId, Viewer viewer) {
        Series s = series.find(seriesId).orElseThrow(() -> new NotFoundException("series " + seriesId));
        if (viewer.userId() == null || !series.isCreator(seriesId, viewer.userId()))
            throw new ForbiddenException("change this series");
        return s;
    }

    /** Saves the form (checked by the caller: {@link SeriesForm#errors()} is empty). */
    @Transactional
    void update(long seriesId, Viewer viewer, SeriesForm form) {
        editable(seriesId, viewer);
        if (!form.errors().isEmpty()) throw new WorkRejected(form.errors());
        series.update(
                seriesId,
                form.title(),
                UserHtml.sanitizeRichText(form.summary()),
                UserHtml.sanitizeRichText(form.notes()),
                form.complete(),
                clock.millis());
    }

    /**
     * Puts the parts in the order of {@code workIds}, which must hold each of the series' works exactly once.
     *
     * @throws WorkRejected when it does not
     */
    @Transactional
    void reorder(long seriesId, Viewer viewer, List<Long> workIds) {
        editable(seriesId, viewer);
        List<Long> current = series.workIds(seriesId);
        if (workIds.size() != current.size() || !new HashSet<>(workIds).equals(new HashSet<>(current)))
            throw new WorkRejected(java.util.Map.of("order", "Please give every work in the series a place."));
        series.reorder(seriesId, workIds, clock.millis());
    }

    /** Takes a work out of the series; a series left empty is deleted. Returns whether the series still exists. */
    @Transactional
    boolean remove(long seriesId, Viewer viewer, long workId) {
        editable(seriesId, viewer);
        if (!series.workIds(seriesId).contains(workId)) throw new NotFoundException("work " + workId + " in series");
        series.remove(seriesId, workId, clock.millis());
        return series.find(seriesId).isPresent();
    }
}
