package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;

/** Users, works and preferences for the subscription, inbox and history tests, written through the services. */
final class NoticeTestData {

    private final Accounts accounts;
    private final WorkService works;
    private final WorkReader reader;
    private final PreferencesStore preferences;

    NoticeTestData(Accounts accounts, WorkService works, WorkReader reader, PreferencesStore preferences) {
        this.accounts = accounts;
        this.works = works;
        this.reader = reader;
        this.preferences = preferences;
    }

    User user() {
        return TestData.user(accounts);
    }

    static Viewer viewer(User user) {
        return TestData.viewer(user);
    }

    /** A posted work by {@code author} with {@code chapters} chapters. */
    long post(User author, String title, int chapters) {
        return create(author, input(title, chapters, false, SeriesChoice.NONE), chapters, WorkService.Mode.POST);
    }

    long create(User author, WorkInput input, int chapters, WorkService.Mode mode) {
        List<ChapterInput> texts = new ArrayList<>();
        for (int i = 1; i <= chapters; i++) texts.add(TestData.chapter("Chapter " + i + " of " + input.title()));
        return works.create(accounts.defaultPseud(author.id()), input, texts, mode);
    }

    static WorkInput input(String title, int chapters, boolean restricted, SeriesChoice series) {
        WorkInput w = TestData.work(title, "Notice Fandom", "Fluff");
        return new WorkInput(
                w.title(),
                w.fandoms(),
                w.rating(),
                w.warnings(),
                w.categories(),
                w.relationships(),
                w.characters(),
                w.freeforms(),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                chapters,
                restricted,
                null,
                series,
                List.of());
    }

    /** The id of the series {@code workId} is in (its first). */
    long seriesOf(long workId, User author) {
        return reader.view(workId, viewer(author))
                .orElseThrow()
                .series()
                .getFirst()
                .seriesId();
    }

    /** The ids of a work's chapters, in order. */
    List<Long> chapterIds(long workId, User author) {
        var view = reader.view(workId, viewer(author)).orElseThrow();
        return reader.chapters(view, viewer(author)).stream().map(c -> c.id()).toList();
    }

    /** Saves preferences changed from the defaults by {@code change}. */
    void prefer(User user, java.util.function.UnaryOperator<Preferences> change) {
        preferences.save(user.id(), change.apply(preferences.of(user.id())));
    }

    static Preferences with(
            Preferences p,
            boolean commentEmails,
            boolean commentInbox,
            boolean subscriptionDigest,
            boolean historyEnabled,
            boolean markedForLaterEnabled) {
        return new Preferences(
                p.hideWarnings(),
                p.hideFreeform(),
                p.adultWithoutAsking(),
                p.timeZone(),
                commentEmails,
                commentInbox,
                subscriptionDigest,
                historyEnabled,
                markedForLaterEnabled);
    }

    static Preferences digest(Preferences p) {
        return with(p, p.commentEmails(), p.commentInbox(), true, p.historyEnabled(), p.markedForLaterEnabled());
    }

    static Preferences noCommentInbox(Preferences p) {
        return with(p, p.commentEmails(), false, p.subscriptionDigest(), p.historyEnabled(), p.markedForLaterEnabled());
    }

    static Preferences noHistory(Preferences p) {
        return with(p, p.commentEmails(), p.commentInbox(), p.subscriptionDigest(), false, p.markedForLaterEnabled());
    }

    static Preferences noMarkedForLater(Preferences p) {
        return with(p, p.commentEmails(), p.commentInbox(), p.subscriptionDigest(), p.historyEnabled(), false);
    }
}
