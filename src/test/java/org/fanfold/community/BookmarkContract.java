package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.PseudEditor;
import org.fanfold.accounts.PseudForm;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagService;
import org.fanfold.testing.TestData;
import org.fanfold.works.Exclusions;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkFilter;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of bookmarks on every database: one per user and item, private ones counted and listed nowhere but to
 * their owner, counts kept on the work and following what the viewer may see, muted bookmarkers hidden.
 */
abstract class BookmarkContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    WorkListings workListings;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    BookmarkService bookmarks;

    @Autowired
    BookmarkListings listings;

    @Autowired
    Exclusions exclusions;

    @Autowired
    TagService tags;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PseudEditor pseuds;

    User author;
    Viewer authorView;
    User reader1;
    Viewer readerView;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        authorView = TestData.viewer(author);
        reader1 = TestData.user(accounts);
        readerView = TestData.viewer(reader1);
    }

    long post(String title) {
        return post(TestData.work(title, "Bookmark Fandom", "Fluff"));
    }

    long post(WorkInput input) {
        return works.create(
                accounts.defaultPseud(author.id()),
                input,
                List.of(TestData.chapter("Once upon a time")),
                WorkService.Mode.POST);
    }

    static BookmarkForm form(String notes, String tags, boolean isPrivate, boolean rec) {
        return new BookmarkForm(notes, tags, isPrivate, rec, null);
    }

    long bookmark(Viewer viewer, long workId, boolean isPrivate) {
        return bookmarks.create(viewer, BookmarkItem.Kind.WORK, workId, form("", "", isPrivate, false));
    }

    long publicCount(long workId) {
        return reader.view(workId, authorView).orElseThrow().work().bookmarksCount();
    }

    List<Long> listedOfUser(User owner, Viewer viewer) {
        return listings
                .list(BookmarkQuery.ofUser(owner.id(), null, List.of(), false), 1, viewer)
                .bookmarks()
                .items()
                .stream()
                .map(b -> b.bookmark().id())
                .toList();
    }

    BookmarkListing ofWork(long workId, Viewer viewer) {
        return listings.list(BookmarkQuery.ofItem(BookmarkItem.Kind.WORK, workId), 1, viewer);
    }

    @Test
    void aUserHasOneBookmarkPerItemAndASecondSaveUpdatesIt() {
        long work = post("Once Only");
        long first = bookmarks.create(readerView, BookmarkItem.Kind.WORK, work, form("first", "", false, false));
        long second =
                bookmarks.create(readerView, BookmarkItem.Kind.WORK, work, form("<p>second</p>", "", false, true));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bookmarks WHERE user_id = ?")
                        .param(reader1.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Bookmark saved = listings.one(first, readerView).orElseThrow().bookmark();
        assertThat(saved.notes()).isEqualTo("<p>second</p>");
        assertThat(saved.rec()).isTrue();
        assertThat(publicCount(work)).isEqualTo(1);
    }

    @Test
    void aDeletedPseudsBookmarksPassToTheDefaultPseud() {
        long work = post("Kept Through A Pseud");
        Pseud second =
                pseuds.create(reader1, new PseudForm("Second Pen " + reader1.id(), "", false, "", "", false), null);
        long id = bookmarks.create(
                readerView, BookmarkItem.Kind.WORK, work, new BookmarkForm("kept", "", false, false, second.id()));

        pseuds.delete(second);

        Bookmark kept = listings.one(id, readerView).orElseThrow().bookmark();
        assertThat(kept.notes()).isEqualTo("<p>kept</p>");
        assertThat(kept.pseudId()).isEqualTo(accounts.defaultPseud(reader1.id()).id());
        assertThat(publicCount(work)).isEqualTo(1);
    }

    @Test
    void privateBookmarksAreNeitherCountedNorListedToOthers() {
        long work = post("Secret Favourite");
        long id = bookmark(readerView, work, true);
        assertThat(publicCount(work)).isZero();
        assertThat(listedOfUser(reader1, readerView)).containsExactly(id);
        assertThat(listedOfUser(reader1, authorView)).isEmpty();
        assertThat(listedOfUser(reader1, Viewer.GUEST)).isEmpty();
        assertThat(ofWork(work, authorView).bookmarks().total()).isZero();
        assertThat(listings.one(id, authorView)).isEmpty();
        assertThat(listings.one(id, Viewer.GUEST)).isEmpty();

        bookmarks.update(id, readerView, form("now public", "", false, false));
        assertThat(publicCount(work)).isEqualTo(1);
        assertThat(listedOfUser(reader1, Viewer.GUEST)).containsExactly(id);
        assertThat(ofWork(work, Viewer.GUEST).bookmarks().total()).isEqualTo(1);

        bookmarks.update(id, readerView, form("private again", "", true, false));
        assertThat(publicCount(work)).isZero();
        bookmarks.delete(id, readerView);
        assertThat(listedOfUser(reader1, readerView)).isEmpty();
    }

    @Test
    void theWorksCountFollowsCreatesAndDeletesAndIsSearchable() {
        String title = TestData.unique("Much Loved ");
        long work = post(title);
        long a = bookmark(readerView, work, false);
        User third = TestData.user(accounts);
        bookmark(TestData.viewer(third), work, false);
        bookmark(TestData.viewer(TestData.user(accounts)), work, true);
        assertThat(publicCount(work)).isEqualTo(2);
        bookmarks.delete(a, readerView);
        assertThat(publicCount(work)).isEqualTo(1);

        // The count is reindexed with the bookmark, so filtering by bookmarks finds the work.
        indexer.drain();
        var filter = WorkFilter.parse(Map.of(
                "work_search[query]", new String[] {"\"" + title + "\""},
                "work_search[bookmarks_count]", new String[] {"1"}));
        assertThat(workListings
                        .list(WorkListings.Scope.ALL, filter, Viewer.GUEST, 0)
                        .works()
                        .items())
                .extracting(v -> v.work().id())
                .containsExactly(work);
    }

    @Test
    void someoneElsesBookmarkCannotBeChangedOrDeleted() {
        long work = post("Not Yours");
        long id = bookmark(readerView, work, false);
        assertThatThrownBy(() -> bookmarks.update(id, authorView, form("mine now", "", false, false)))
                .isInstanceOf(org.fanfold.shared.NotFoundException.class);
        assertThatThrownBy(() -> bookmarks.delete(id, authorView))
                .isInstanceOf(org.fanfold.shared.NotFoundException.class);
        assertThat(listings.one(id, readerView)).isPresent();
    }

    @Test
    void aRejectedBookmarkWritesNothing() {
        long work = post("Too Much To Say");
        String newTag = TestData.unique("Never Made ");
        BookmarkForm tooLong = form("x".repeat(BookmarkForm.NOTES_MAX + 1), newTag, false, false);
        assertThatThrownBy(() -> bookmarks.create(readerView, BookmarkItem.Kind.WORK, work, tooLong))
                .isInstanceOfSatisfying(
                        BookmarkRejected.class, e -> assertThat(e.errors()).containsKey("notes"));
        BookmarkForm badTag = form("fine", "ok, bad{tag}", false, false);
        assertThatThrownBy(() -> bookmarks.create(readerView, BookmarkItem.Kind.WORK, work, badTag))
                .isInstanceOfSatisfying(
                        BookmarkRejected.class, e -> assertThat(e.errors()).containsKey("tags"));
        assertThat(listings.ownOf(readerView, BookmarkItem.Kind.WORK, work)).isEmpty();
        assertThat(tags.find(newTag)).isEmpty();
        assertThat(publicCount(work)).isZero();
    }

    @Test
    void theBookmarkersTagsAreKeptInOrderAndFilterTheirListing() {
        long one = post("Tagged One");
        long two = post("Tagged Two");
        String cozy = TestData.unique("Cozy ");
        long a =
                bookmarks.create(readerView, BookmarkItem.Kind.WORK, one, form("", cozy + ", To Reread", false, false));
        bookmarks.create(readerView, BookmarkItem.Kind.WORK, two, form("", "To Reread", false, true));
        BookmarkBlurb blurb = listings.one(a, readerView).orElseThrow();
        assertThat(blurb.tags()).extracting(t -> t.name()).containsExactly(cozy, "To Reread");

        long cozyId = tags.find(cozy).orElseThrow().id();
        var tagged = listings.list(BookmarkQuery.ofUser(reader1.id(), null, List.of(cozyId), false), 1, Viewer.GUEST);
        assertThat(tagged.bookmarks().items())
                .extracting(b -> b.bookmark().id())
                .containsExactly(a);
        var recs = listings.list(BookmarkQuery.ofUser(reader1.id(), null, List.of(), true), 1, Viewer.GUEST);
        assertThat(recs.bookmarks().items()).extracting(b -> b.item().id()).containsExactly(two);
        var all = listings.list(BookmarkQuery.ofUser(reader1.id(), null, List.of(), false), 1, Viewer.GUEST);
        assertThat(all.tags())
                .extracting(t -> t.tag().name() + "=" + t.count())
                .containsExactly("To Reread=2", cozy + "=1");
    }

    @Test
    void bookmarksOfWorksAViewerCannotSeeAreNotListedOrCountedForThem() {
        WorkInput open = TestData.work("Open Work", "Bookmark Fandom", "Fluff");
        long restricted = post(new WorkInput(
                "Members Only",
                open.fandoms(),
                open.rating(),
                open.warnings(),
                open.categories(),
                List.of(),
                List.of(),
                open.freeforms(),
                "en",
                "",
                "",
                "",
                1,
                true,
                null,
                SeriesChoice.NONE,
                List.of()));
        long hidden = post("Hidden Later");
        long visible = post(open);
        long r = bookmark(readerView, restricted, false);
        long h = bookmark(readerView, hidden, false);
        long v = bookmark(readerView, visible, false);
        works.setHidden(hidden, new Viewer(-1L, "admin", true, false), true);

        assertThat(listedOfUser(reader1, Viewer.GUEST)).containsExactly(v);
        var guestPage = listings.list(BookmarkQuery.ofUser(reader1.id(), null, List.of(), false), 1, Viewer.GUEST);
        assertThat(guestPage.bookmarks().total()).isEqualTo(1);
        Viewer stranger = TestData.viewer(TestData.user(accounts));
        assertThat(listedOfUser(reader1, stranger)).containsExactly(v, r);
        // The works' creator still sees their hidden work, and so the bookmark of it.
        assertThat(listedOfUser(reader1, authorView)).containsExactly(v, h, r);
        assertThat(listings.one(r, Viewer.GUEST)).isEmpty();
        assertThat(listings.one(h, stranger)).isEmpty();
        // The owner keeps every bookmark; one of a work they may no longer see is shown without it.
        assertThat(listedOfUser(reader1, readerView)).containsExactly(v, h, r);
        BookmarkBlurb ofHidden = listings.one(h, readerView).orElseThrow();
        assertThat(ofHidden.item().available()).isFalse();
        assertThat(ofHidden.item().title()).isEmpty();
    }

    @Test
    void aBookmarkOutlivesItsDeletedWorkForItsOwnerOnly() {
        long work = post("Short Lived");
        long id = bookmarks.create(readerView, BookmarkItem.Kind.WORK, work, form("keep this note", "", false, false));
        works.delete(work, authorView);
        assertThat(listedOfUser(reader1, Viewer.GUEST)).isEmpty();
        BookmarkBlurb kept = listings.one(id, readerView).orElseThrow();
        assertThat(kept.item().available()).isFalse();
        assertThat(kept.bookmark().notes()).contains("keep this note");
        bookmarks.update(id, readerView, form("still editable", "", false, false));
        bookmarks.delete(id, readerView);
        assertThat(listedOfUser(reader1, readerView)).isEmpty();
    }

    @Test
    void bookmarksByMutedUsersAreHiddenFromTheMuterCountsIncluded() {
        long work = post("Popular Enough");
        User other = TestData.user(accounts);
        long mine = bookmark(readerView, work, false);
        long theirs = bookmark(TestData.viewer(other), work, false);
        assertThat(ofWork(work, authorView).bookmarks().total()).isEqualTo(2);

        exclusions.muteUser(author.id(), other.id());
        BookmarkListing seen = ofWork(work, authorView);
        assertThat(seen.bookmarks().total()).isEqualTo(1);
        assertThat(seen.bookmarks().items()).extracting(b -> b.bookmark().id()).containsExactly(mine);
        assertThat(seen.hiddenByMutes()).isEqualTo(1);
        assertThat(listedOfUser(other, authorView)).isEmpty();
        assertThat(listings.one(theirs, authorView)).isEmpty();
        // Others still see both.
        assertThat(ofWork(work, Viewer.GUEST).bookmarks().total()).isEqualTo(2);
    }

    @Test
    void seriesAreBookmarkedAndSeenThroughTheirWorks() {
        String seriesTitle = TestData.unique("Saga ");
        WorkInput base = TestData.work("Saga Part One", "Bookmark Fandom", "Fluff");
        long part = post(new WorkInput(
                base.title(),
                base.fandoms(),
                base.rating(),
                base.warnings(),
                base.categories(),
                List.of(),
                List.of(),
                base.freeforms(),
                "en",
                "",
                "",
                "",
                1,
                true,
                null,
                new SeriesChoice(null, seriesTitle, null),
                List.of()));
        long seriesId =
                reader.view(part, authorView).orElseThrow().series().getFirst().seriesId();
        long id = bookmarks.create(readerView, BookmarkItem.Kind.SERIES, seriesId, form("a saga", "", false, false));
        assertThat(listings.one(id, readerView).orElseThrow().item().title()).isEqualTo(seriesTitle);
        // Its only work is restricted, so guests see neither the series nor the bookmark.
        assertThat(bookmarks.bookmarkable(BookmarkItem.Kind.SERIES, seriesId, Viewer.GUEST))
                .isEmpty();
        assertThat(listedOfUser(reader1, Viewer.GUEST)).isEmpty();
        assertThat(listedOfUser(reader1, authorView)).containsExactly(id);
        // The series' count agrees with its bookmarks page for each viewer.
        assertThat(listings.counts(BookmarkItem.Kind.SERIES, List.of(seriesId, -1L), authorView))
                .containsExactly(java.util.Map.entry(seriesId, 1L));
        assertThat(listings.counts(BookmarkItem.Kind.SERIES, List.of(seriesId), Viewer.GUEST))
                .isEmpty();
        assertThat(listings.list(BookmarkQuery.ofItem(BookmarkItem.Kind.SERIES, seriesId), 1, authorView)
                        .bookmarks()
                        .total())
                .isEqualTo(1);
    }
}
