package org.fanfold.works;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fanfold.search.IndexQueue;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, edits, reorders and deletes chapters, keeping the work's counts, dates and search document current. */
@Service
public class ChapterService {

    private final WorkService workService;
    private final WorkStore works;
    private final IndexQueue index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChapterService(
            WorkService workService, WorkStore works, IndexQueue index, ApplicationEventPublisher events, Clock clock) {
        this.workService = workService;
        this.works = works;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a chapter at the end; it is posted when the work is (a draft's chapters wait for the work).
     *
     * @return the new chapter's id
     * @throws org.fanfold.shared.NotFoundException when the viewer may not see the work
     * @throws org.fanfold.shared.ForbiddenException when they may see it but are not one of its creators
     * @throws WorkRejected when the chapter breaks the rules; nothing is written
     */
    @Transactional
    public long add(long workId, Viewer viewer, ChapterInput chapter) {
        Work work = workService.editable(workId, viewer);
        Map<String, String> errors = WorkRules.check(chapter);
        if (!errors.isEmpty()) throw new WorkRejected(errors);
        long now = clock.millis();
        int position = works.chapters(workId).size() + 1;
        long id = works.insertChapter(workId, position, chapter, work.posted(), now);
        works.recount(workId);
        works.raiseExpectedChapters(workId);
        works.touch(workId, now);
        index.enqueue(workId);
        if (work.posted()) events.publishEvent(new WorkEvents.ChapterPosted(workId, id));
        return id;
    }

    @Transactional
    void update(long workId, long chapterId, Viewer viewer, ChapterInput chapter) {
        workService.editable(workId, viewer);
        find(workId, chapterId);
        Map<String, String> errors = WorkRules.check(chapter);
        if (!errors.isEmpty()) throw new WorkRejected(errors);
        long now = clock.millis();
        works.updateChapter(chapterId, chapter, now);
        works.recount(workId);
        works.touch(workId, now);
        index.enqueue(workId);
    }

    /** Deletes a chapter; the last one cannot go (delete the work instead). */
    @Transactional
    void delete(long workId, long chapterId, Viewer viewer) {
        workService.editable(workId, viewer);
        find(workId, chapterId);
        List<Chapter> chapters = works.chapters(workId);
        if (chapters.size() == 1) {
            throw new WorkRejected(
                    Map.of("chapter", "You can't delete the only chapter of a work. Delete the work instead."));
        }
        works.deleteChapter(chapterId);
        renumber(chapters.stream().filter(c -> c.id() != chapterId).toList());
        works.recount(workId);
        index.enqueue(workId);
        events.publishEvent(new WorkEvents.ChapterDeleted(workId, chapterId));
    }

    /** Puts the chapters in the order of {@code wanted} (chapter id → wanted position; ties keep the old order). */
    @Transactional
    void reorder(long workId, Viewer viewer, Map<Long, Integer> wanted) {
        workService.editable(workId, viewer);
        List<Chapter> chapters = works.chapters(workId);
        renumber(chapters.stream()
                .sorted(Comparator.<Chapter>comparingInt(c -> wanted.getOrDefault(c.id(), c.position()))
                        .thenComparingInt(Chapter::position))
                .toList());
        works.touch(workId, clock.millis());
        index.enqueue(workId);
    }

    Chapter find(long workId, long chapterId) {
        return works.chapters(workId).stream()
                .filter(c -> c.id() == chapterId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("chapter " + chapterId));
    }

    private void renumber(List<Chapter> inOrder) {
        int position = 1;
        for (Chapter c : inOrder) {
            if (c.position() != position) works.setChapterPosition(c.id(), position);
            position++;
        }
    }
}
