package org.fanfold.community;

import java.util.List;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.works.CoCreators;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/**
 * Plans the notices addressed to one person, for the {@link NoticeFanout}: a work given to them as a gift, and an
 * invitation to co-create a work. Each is checked against what holds when it is fanned out: a gift refused or
 * taken back since, or an invitation answered or withdrawn, notifies nobody. As AO3 does, a gift's notice names
 * its creators unless the work is in an anonymous collection ("Anonymous"); an invitation names who invited, and
 * reaches the invitee even for a draft they may not read yet (their Co-Creator Requests page lists it too).
 */
@Component
class PersonalNotices {

    private final WorkReader reader;
    private final CoCreators coCreators;
    private final Accounts accounts;
    private final NoticeDelivery delivery;

    PersonalNotices(WorkReader reader, CoCreators coCreators, Accounts accounts, NoticeDelivery delivery) {
        this.reader = reader;
        this.coCreators = coCreators;
        this.accounts = accounts;
        this.delivery = delivery;
    }

    /** The delivery an outbox row of kind gift or invitation makes, if any. */
    List<NoticeDelivery.Planned> plan(NoticeOutbox.Entry e) {
        Long to = e.recipientUserId();
        if (to == null || e.kind() == null) return List.of();
        Optional<NoticeDelivery.Planned> planned = switch (e.kind()) {
            case GIFT_GIVEN -> gift(e, to);
            case COCREATOR_INVITED -> invitation(e, to);
            default -> Optional.empty();
        };
        return planned.stream().toList();
    }

    private Optional<NoticeDelivery.Planned> gift(NoticeOutbox.Entry e, long to) {
        Optional<WorkView> found = reader.view(e.workId(), NoticeFanout.POSTED_WORKS);
        Optional<User> recipient = accounts.byId(to);
        if (found.isEmpty() || recipient.isEmpty()) return Optional.empty();
        WorkView work = found.get();
        String login = recipient.get().login();
        boolean stillGiven = work.gifts().stream().anyMatch(g -> login.equals(g.login()));
        if (!stillGiven || work.isCreator(to)) return Optional.empty();
        boolean anonymous = work.work().anonymous();
        String by = anonymous ? NoticeFanout.ANONYMOUS : bylines(work);
        var notice = new Notice.New(
                to, NoticeKind.GIFT, e.workId(), null, null, null, anonymous ? null : e.actorUserId(), by, "", "");
        return delivery.plan(notice, work);
    }

    private Optional<NoticeDelivery.Planned> invitation(NoticeOutbox.Entry e, long to) {
        Optional<CoCreators.Invitation> pending = coCreators.invitationsFor(to).stream()
                .filter(i -> i.workId() == e.workId())
                .findFirst();
        if (pending.isEmpty()) return Optional.empty();
        // read as the inviter, a creator, so a draft is found too
        Long inviter = e.actorUserId();
        Optional<WorkView> found = inviter == null
                ? Optional.empty()
                : reader.view(e.workId(), new Viewer(inviter, "", false, false)).filter(w -> w.isCreator(inviter));
        if (found.isEmpty()) found = reader.view(e.workId(), NoticeFanout.POSTED_WORKS);
        if (found.isEmpty()) return Optional.empty();
        CoCreators.Invitation i = pending.get();
        String by = i.invitedBy() == null ? "A creator" : i.invitedBy();
        var notice =
                new Notice.New(to, NoticeKind.INVITATION, e.workId(), null, null, null, inviter, by, i.workTitle(), "");
        return delivery.plan(notice, found.get());
    }

    private static String bylines(WorkView work) {
        return String.join(", ", work.creators().stream().map(Pseud::byline).toList());
    }
}
