package org.fanfold.feeds;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.TestData;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkService;

/** Users and works for feed tests, written through the works module's services and indexed on demand. */
final class FeedWorks {

    private final Accounts accounts;
    private final WorkService works;
    private final CollectionFlags flags;
    private final WorkIndexer indexer;

    FeedWorks(Accounts accounts, WorkService works, CollectionFlags flags, WorkIndexer indexer) {
        this.accounts = accounts;
        this.works = works;
        this.flags = flags;
        this.indexer = indexer;
    }

    User user() {
        return TestData.user(accounts);
    }

    User admin() {
        String login = TestData.unique("admin");
        return accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), true);
    }

    /** A work with a fandom, a relationship, a character and a freeform, posted (or kept as a draft). */
    long post(User by, String title, String fandom, boolean restricted, WorkService.Mode mode) {
        WorkInput input = new WorkInput(
                title,
                List.of(fandom),
                "Teen And Up Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("F/M"),
                List.of("Hero/Villain"),
                List.of("Hero"),
                List.of("Slow Burn"),
                "en",
                "<p>A summary of <em>" + title + "</em> &amp; more.</p><p>Second paragraph.</p>",
                "",
                "",
                2,
                restricted,
                null,
                SeriesChoice.NONE,
                List.of());
        return works.create(
                accounts.defaultPseud(by.id()), input, List.of(TestData.chapter("Once upon a time.")), mode);
    }

    long post(User by, String title, String fandom) {
        return post(by, title, fandom, false, WorkService.Mode.POST);
    }

    void hide(long workId, User admin) {
        works.setHidden(workId, TestData.viewer(admin), true);
    }

    void collectionFlags(long workId, boolean anonymous, boolean unrevealed) {
        flags.set(workId, anonymous, unrevealed);
    }

    void index() {
        indexer.drain();
    }
}
