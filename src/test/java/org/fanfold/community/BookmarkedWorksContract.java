package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.works.Exclusions;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.fanfold.works.WorkView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user's bookmarked works as other modules list them, on every database: private ones for their owner only,
 * works the viewer may not see and series left out, counts included, newest bookmark first, paged.
 */
abstract class BookmarkedWorksContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    BookmarkService bookmarks;

    @Autowired
    Bookmarking bookmarked;

    @Autowired
    Exclusions exclusions;

    @Autowired
    WorkReader reader;

    User author;
    User owner;
    Viewer ownerView;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        owner = TestData.user(accounts);
        ownerView = TestData.viewer(owner);
    }

    private long post(String title, boolean restricted, SeriesChoice series) {
        WorkInput base = TestData.work(title, "Shelf Fandom", "Fluff");
        return works.create(
                accounts.defaultPseud(author.id()),
                new WorkInput(
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
                        restricted,
                        null,
                        series,
                        List.of()),
                List.of(TestData.chapter("Once upon a time")),
                WorkService.Mode.POST);
    }

    private long post(String title) {
        return post(title, false, SeriesChoice.NONE);
    }

    private void bookmark(long workId, boolean isPrivate) {
        bookmarks.create(ownerView, BookmarkItem.Kind.WORK, workId, new BookmarkForm("", "", isPrivate, false, null));
    }

    private static List<String> titles(Paged<WorkView> page) {
        return page.items().stream().map(w -> w.work().title()).toList();
    }

    @Test
    void theOwnerSeesEveryBookmarkedWorkTheyMaySeeAndOthersThePublicOnes() {
        long open = post("Open Pick");
        long secret = post("Secret Pick");
        long restricted = post("Restricted Pick", true, SeriesChoice.NONE);
        long hidden = post("Hidden Pick");
        long series = post("Series Part", false, new SeriesChoice(null, TestData.unique("Shelf Saga "), null));
        post("Never Bookmarked");
        bookmark(open, false);
        bookmark(secret, true);
        bookmark(restricted, false);
        bookmark(hidden, false);
        String adminLogin = TestData.unique("admin");
        User admin = accounts.register(
                new SignupForm(adminLogin, adminLogin + "@example.com", "password1", "password1"), true);
        works.setHidden(hidden, TestData.viewer(admin), true);
        bookmarks.create(
                ownerView, BookmarkItem.Kind.SERIES, seriesIdOf(series), new BookmarkForm("", "", false, false, null));

        Paged<WorkView> own = bookmarked.worksOf(owner.id(), 1, ownerView);
        assertThat(titles(own)).containsExactly("Restricted Pick", "Secret Pick", "Open Pick");
        assertThat(own.total()).isEqualTo(3);

        Viewer other = TestData.viewer(TestData.user(accounts));
        Paged<WorkView> theirs = bookmarked.worksOf(owner.id(), 1, other);
        assertThat(titles(theirs)).containsExactly("Restricted Pick", "Open Pick");
        assertThat(theirs.total()).isEqualTo(2);

        Paged<WorkView> guests = bookmarked.worksOf(owner.id(), 1, Viewer.GUEST);
        assertThat(titles(guests)).containsExactly("Open Pick");
        assertThat(guests.total()).isEqualTo(1);

        exclusions.muteUser(other.userId(), owner.id());
        assertThat(bookmarked.worksOf(owner.id(), 1, other).total()).isZero();
    }

    @Test
    void bookmarkedWorksComeTwentyAPageNewestFirst() {
        for (int i = 1; i <= 21; i++) bookmark(post("Shelved " + i), false);

        Paged<WorkView> first = bookmarked.worksOf(owner.id(), 1, ownerView);
        assertThat(first.items()).hasSize(20);
        assertThat(first.total()).isEqualTo(21);
        assertThat(first.hasNext()).isTrue();
        assertThat(titles(first).getFirst()).isEqualTo("Shelved 21");
        Paged<WorkView> second = bookmarked.worksOf(owner.id(), 2, ownerView);
        assertThat(titles(second)).containsExactly("Shelved 1");
        assertThat(second.hasNext()).isFalse();
    }

    private long seriesIdOf(long workId) {
        return reader.view(workId, TestData.viewer(author))
                .orElseThrow()
                .series()
                .getFirst()
                .seriesId();
    }
}
