package org.fanfold.collections;

import java.time.Clock;
import java.util.List;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a collection, as on AO3: a signed-in user asks to join a moderated collection ("Join"); its owners and
 * moderators approve them as a member or decline, on the membership page; the user may withdraw meanwhile. An
 * unmoderated collection needs no approval, so joining one makes a member at once. Each call is one transaction.
 * Thread-safe.
 */
@Service
class CollectionMembership {

    /** What became of a request to join. */
    enum Outcome {
        APPLIED,
        JOINED,
        ALREADY_APPLIED,
        ALREADY_PARTICIPANT
    }

    private final CollectionStore store;
    private final JoinRequestStore requests;
    private final CollectionService collections;
    private final Clock clock;

    CollectionMembership(CollectionStore store, JoinRequestStore requests, CollectionService collections, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.collections = collections;
        this.clock = clock;
    }

    /** The viewer asks to join {@code c}. */
    @Transactional
    Outcome join(ArchiveCollection c, Viewer viewer) {
        long me = signedIn(viewer);
        if (store.role(c.id(), me).isPresent()) return Outcome.ALREADY_PARTICIPANT;
        if (!c.moderated()) {
            store.setRole(c.id(), me, CollectionRole.MEMBER, clock.millis());
            return Outcome.JOINED;
        }
        return requests.add(c.id(), me, clock.millis()) ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
    }

    /** The viewer takes back their request; false when there was none. */
    @Transactional
    boolean withdraw(ArchiveCollection c, Viewer viewer) {
        return requests.remove(c.id(), signedIn(viewer));
    }

    boolean applied(ArchiveCollection c, Viewer viewer) {
        return viewer.userId() != null && requests.exists(c.id(), viewer.userId());
    }

    /** The requests waiting on {@code c}, for its maintainers. */
    List<JoinRequest> waiting(ArchiveCollection c, Viewer viewer) {
        collections.requireMaintainer(c, viewer);
        return requests.of(c.id());
    }

    /** How many requests wait; 0 for anyone but the maintainers. */
    long waitingCount(ArchiveCollection c, @Nullable CollectionRole viewersRole) {
        return viewersRole != null && viewersRole.maintains() ? requests.count(c.id()) : 0;
    }

    /**
     * A maintainer makes the user who asked a member.
     *
     * @throws NotFoundException when that user has no request waiting
     */
    @Transactional
    void approve(ArchiveCollection c, Viewer viewer, long userId) {
        collections.requireMaintainer(c, viewer);
        if (!requests.remove(c.id(), userId)) throw new NotFoundException("join request");
        if (store.role(c.id(), userId).isEmpty()) store.setRole(c.id(), userId, CollectionRole.MEMBER, clock.millis());
    }

    /**
     * A maintainer turns a request down.
     *
     * @throws NotFoundException when that user has no request waiting
     */
    @Transactional
    void decline(ArchiveCollection c, Viewer viewer, long userId) {
        collections.requireMaintainer(c, viewer);
        if (!requests.remove(c.id(), userId)) throw new NotFoundException("join request");
    }

    private static long signedIn(Viewer viewer) {
        if (viewer.userId() == null) throw new ForbiddenException("join collections without logging in");
        return viewer.userId();
    }
}
