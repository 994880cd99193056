package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.works.WorkEvents;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Reading history and Marked for Later on every database: visits recorded from reading events (or not, when
 * history is off), marking, deleting and clearing. Run against SQLite and PostgreSQL by its subclasses.
 */
abstract class HistoryContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    PreferencesStore preferences;

    @Autowired
    ReadingStore readings;

    @Autowired
    ReadingRecorder recorder;

    @Autowired
    ApplicationEventPublisher events;

    NoticeTestData data;
    User author;
    User reader1;

    @BeforeEach
    void people() {
        data = new NoticeTestData(accounts, works, reader, preferences);
        author = data.user();
        reader1 = data.user();
    }

    private void read(long work, Long chapterId, Integer position, User who) {
        events.publishEvent(new WorkEvents.WorkRead(work, chapterId, position, who.id()));
    }

    @Test
    void visitsAreCountedWithTheLastChapterRead() {
        long work = data.post(author, "Visited", 3);
        var chapters = data.chapterIds(work, author);
        read(work, chapters.get(0), 1, reader1);
        read(work, chapters.get(2), 3, reader1);
        recorder.flush();
        read(work, chapters.get(1), 2, reader1);
        recorder.flush();

        Reading r = readings.find(reader1.id(), work).orElseThrow();
        assertThat(r.visitCount()).isEqualTo(3);
        assertThat(r.chapterId()).isEqualTo(chapters.get(1));
        assertThat(r.chapterPosition()).isEqualTo(2);
        assertThat(r.lastVisitedAt()).isNotNull();
        assertThat(r.markedForLater()).isFalse();
    }

    @Test
    void readingTheWholeWorkLeavesNoChapter() {
        long work = data.post(author, "Whole", 2);
        read(work, data.chapterIds(work, author).get(0), 1, reader1);
        read(work, null, null, reader1);
        recorder.flush();
        Reading r = readings.find(reader1.id(), work).orElseThrow();
        assertThat(r.chapterId()).isNull();
        assertThat(r.visitCount()).isEqualTo(2);
    }

    @Test
    void nothingIsRecordedWhileHistoryIsOffButMarkedForLaterStillWorks() {
        data.prefer(reader1, NoticeTestData::noHistory);
        long work = data.post(author, "Unrecorded", 1);
        read(work, null, null, reader1);
        recorder.flush();
        assertThat(readings.find(reader1.id(), work)).isEmpty();

        assertThat(readings.markForLater(reader1.id(), work, 10L)).isTrue();
        assertThat(readings.page(reader1.id(), true, 1, 20).items())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.markedForLater()).isTrue();
                    assertThat(r.visitCount()).isZero();
                    assertThat(r.lastVisitedAt()).isNull();
                });
    }

    @Test
    void markingTwiceIsOneMarkAndMarkingAsReadRemovesAnOnlyMarkedEntry() {
        long work = data.post(author, "Later", 1);
        assertThat(readings.markForLater(reader1.id(), work, 10L)).isTrue();
        assertThat(readings.markForLater(reader1.id(), work, 11L)).isFalse();
        assertThat(readings.markAsRead(reader1.id(), work)).isTrue();
        assertThat(readings.find(reader1.id(), work)).isEmpty();
    }

    @Test
    void markingAsReadKeepsTheVisits() {
        long work = data.post(author, "Read later", 1);
        read(work, null, null, reader1);
        recorder.flush();
        readings.markForLater(reader1.id(), work, 10L);
        assertThat(readings.find(reader1.id(), work).orElseThrow().markedForLater())
                .isTrue();
        readings.markAsRead(reader1.id(), work);
        Reading r = readings.find(reader1.id(), work).orElseThrow();
        assertThat(r.markedForLater()).isFalse();
        assertThat(r.visitCount()).isEqualTo(1);
    }

    @Test
    void clearingTheHistoryKeepsWhatIsMarkedForLater() {
        long read = data.post(author, "Read", 1);
        long marked = data.post(author, "Marked", 1);
        read(read, null, null, reader1);
        read(marked, null, null, reader1);
        recorder.flush();
        readings.markForLater(reader1.id(), marked, 10L);

        readings.clear(reader1.id());
        assertThat(readings.find(reader1.id(), read)).isEmpty();
        Reading r = readings.find(reader1.id(), marked).orElseThrow();
        assertThat(r.markedForLater()).isTrue();
        assertThat(r.visitCount()).isZero();
    }

    @Test
    void deletingAnEntryAndTheHistoryPagesMostRecentFirst() {
        long a = data.post(author, "A", 1);
        long b = data.post(author, "B", 1);
        read(a, null, null, reader1);
        recorder.flush();
        read(b, null, null, reader1);
        recorder.flush();
        assertThat(readings.page(reader1.id(), false, 1, 20).items())
                .extracting(Reading::workId)
                .containsExactly(b, a);
        assertThat(readings.delete(reader1.id(), b)).isTrue();
        assertThat(readings.page(reader1.id(), false, 1, 20).items())
                .extracting(Reading::workId)
                .containsExactly(a);
    }

    @Test
    void aVisitToAWorkDeletedBeforeTheWriteIsSkippedWithoutLosingTheOthers() {
        long kept = data.post(author, "Kept", 1);
        long gone = data.post(author, "Gone", 1);
        read(kept, null, null, reader1);
        read(gone, null, null, reader1);
        works.delete(gone, NoticeTestData.viewer(author));
        recorder.flush();
        assertThat(readings.find(reader1.id(), kept)).isPresent();
        assertThat(readings.find(reader1.id(), gone)).isEmpty();
    }
}
