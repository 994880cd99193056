package org.fanfold.community;

import java.time.Clock;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkView;
import org.fanfold.works.WorkVisibility;
import org.springframework.stereotype.Component;

/**
 * Gives one notice to one reader, as their preferences say: nothing when they may not see the work
 * ({@link WorkVisibility}); subscription notices into the inbox and by e-mail, at once or in the daily digest
 * ({@code subscriptionDigest}); comment notices into the inbox when {@code commentInbox}, by e-mail at once when
 * {@code commentEmails}. Runs inside the fan-out's transaction.
 */
@Component
class NoticeDelivery {

    private final Accounts accounts;
    private final PreferencesStore preferences;
    private final WorkVisibility visibility;
    private final InboxStore inbox;
    private final MailOutbox mail;
    private final MailText text;
    private final Clock clock;

    NoticeDelivery(
            Accounts accounts,
            PreferencesStore preferences,
            WorkVisibility visibility,
            InboxStore inbox,
            MailOutbox mail,
            MailText text,
            Clock clock) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.visibility = visibility;
        this.inbox = inbox;
        this.mail = mail;
        this.text = text;
        this.clock = clock;
    }

    /** Delivers {@code notice} about {@code work} to its recipient; returns whether anything was written. */
    boolean deliver(Notice.New notice, WorkView work) {
        Optional<User> found = accounts.byId(notice.userId());
        if (found.isEmpty()) return false;
        User user = found.get();
        Viewer viewer = new Viewer(user.id(), user.login(), user.admin(), user.wrangler());
        if (!visibility.canSee(work.work(), work.creatorUserIds(), viewer)) return false;
        Preferences prefs = preferences.of(user.id());
        if (notice.kind().fromSubscription()) {
            inbox.add(notice, clock.millis());
            if (prefs.subscriptionDigest()) mail.addToDigest(user.id(), text.entry(notice, work));
            else mail.enqueue(user.id(), text.notice(user, notice, work));
            return true;
        }
        if (prefs.commentInbox()) inbox.add(notice, clock.millis());
        if (prefs.commentEmails()) mail.enqueue(user.id(), text.notice(user, notice, work));
        return prefs.commentInbox() || prefs.commentEmails();
    }
}
