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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides how one notice reaches one reader, as their preferences say: not at all when they may not see the work
 * ({@link WorkVisibility}); subscription notices into the inbox and by e-mail, at once or in the daily digest
 * ({@code subscriptionDigest}); comment notices into the inbox when {@code commentInbox}, by e-mail at once when
 * {@code commentEmails}; gifts and co-creator invitations into the inbox and by e-mail at once (an invitation even
 * for a draft the invitee may not read yet). Deciding only reads, so the fan-out does it before its write transaction; writing is
 * {@link #write}.
 */
@Component
class NoticeDelivery {

    /**
     * What to write for one recipient.
     *
     * @param inbox whether the notice goes into the inbox
     * @param mail the e-mail to send now, or null
     * @param digestEntry the text to keep for the daily digest, or null
     */
    record Planned(
            Notice.New notice,
            boolean inbox,
            @Nullable MailMessage mail,
            @Nullable String digestEntry) {}

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

    /** How {@code notice} about {@code work} reaches its recipient; empty when it does not. */
    Optional<Planned> plan(Notice.New notice, WorkView work) {
        Optional<User> found = accounts.byId(notice.userId());
        if (found.isEmpty()) return Optional.empty();
        User user = found.get();
        Viewer viewer = new Viewer(user.id(), user.login(), user.admin(), user.wrangler());
        // an invitation to co-create is news even of a draft the invitee may not read yet
        boolean invitation = notice.kind() == NoticeKind.INVITATION;
        if (!invitation && !visibility.canSee(work.work(), work.creatorUserIds(), viewer)) return Optional.empty();
        if (notice.kind().personal())
            return Optional.of(new Planned(notice, true, text.notice(user, notice, work), null));
        Preferences prefs = preferences.of(user.id());
        if (notice.kind().fromSubscription()) {
            return Optional.of(
                    prefs.subscriptionDigest()
                            ? new Planned(notice, true, null, text.entry(notice, work))
                            : new Planned(notice, true, text.notice(user, notice, work), null));
        }
        if (!prefs.commentInbox() && !prefs.commentEmails()) return Optional.empty();
        return Optional.of(new Planned(
                notice, prefs.commentInbox(), prefs.commentEmails() ? text.notice(user, notice, work) : null, null));
    }

    /** Writes a planned delivery: the inbox row, the queued e-mail or the digest entry. */
    void write(Planned p) {
        long userId = p.notice().userId();
        if (p.inbox()) inbox.add(p.notice(), clock.millis());
        if (p.mail() != null) mail.enqueue(userId, p.mail());
        if (p.digestEntry() != null) mail.addToDigest(userId, p.digestEntry());
    }
}
