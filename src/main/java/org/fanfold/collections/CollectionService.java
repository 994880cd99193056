package org.fanfold.collections;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections and their participants: creating one (its creator becomes its owner), changing its settings,
 * revealing it, deleting it, and managing owners, moderators and members. Each write is one transaction; when a change alters
 * what its works' readers see (anonymous, unrevealed, who maintains an unrevealed collection) the works' flags and
 * search documents follow in the same transaction. Thread-safe.
 */
@Service
class CollectionService {

    private final CollectionStore store;
    private final CollectionItemStore items;
    private final JoinRequestStore joinRequests;
    private final Accounts accounts;
    private final WorkFlagsSync sync;
    private final Clock clock;

    CollectionService(
            CollectionStore store,
            CollectionItemStore items,
            JoinRequestStore joinRequests,
            Accounts accounts,
            WorkFlagsSync sync,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.joinRequests = joinRequests;
        this.accounts = accounts;
        this.sync = sync;
        this.clock = clock;
    }

    ArchiveCollection byName(String name) {
        return store.byName(name).orElseThrow(() -> new NotFoundException("collection " + name));
    }

    Optional<CollectionRole> role(ArchiveCollection c, Viewer viewer) {
        return viewer.userId() == null ? Optional.empty() : store.role(c.id(), viewer.userId());
    }

    boolean maintains(ArchiveCollection c, Viewer viewer) {
        return role(c, viewer).map(CollectionRole::maintains).orElse(false);
    }

    boolean owns(ArchiveCollection c, Viewer viewer) {
        return role(c, viewer).filter(r -> r == CollectionRole.OWNER).isPresent();
    }

    /**
     * Creates a collection owned by {@code viewer}.
     *
     * @throws CollectionRejected when the form has mistakes or the name is taken; nothing is written
     */
    @Transactional
    ArchiveCollection create(CollectionForm form, Viewer viewer) {
        if (viewer.userId() == null) throw new ForbiddenException("create collections without logging in");
        Map<String, String> errors = new java.util.LinkedHashMap<>(form.errors());
        if (!errors.containsKey("name") && store.byName(form.name()).isPresent())
            errors.put("name", "Sorry, a collection called \"" + form.name() + "\" already exists.");
        if (!errors.isEmpty()) throw new CollectionRejected(errors);
        long now = clock.millis();
        long id = store.insert(form, UserHtml.sanitizeRichText(form.description()), now);
        store.setRole(id, viewer.userId(), CollectionRole.OWNER, now);
        return store.byId(id).orElseThrow();
    }

    /** Changes a collection's title, description and settings (its owners only); the name stays. */
    @Transactional
    void update(ArchiveCollection c, CollectionForm form, Viewer viewer) {
        requireOwner(c, viewer);
        CollectionForm named = form.named(c.name());
        if (!named.errors().isEmpty()) throw new CollectionRejected(named.errors());
        store.update(c.id(), named, UserHtml.sanitizeRichText(named.description()), clock.millis());
        if (named.anonymous() != c.anonymous() || named.unrevealed() != c.unrevealed()) sync.collection(c.id());
    }

    /**
     * Reveals the works ({@code works}: readers see them) and/or their creators ({@code creators}: no longer
     * "Anonymous"). Owners only.
     */
    @Transactional
    void reveal(ArchiveCollection c, Viewer viewer, boolean works, boolean creators) {
        requireOwner(c, viewer);
        store.reveal(c.id(), works, creators, clock.millis());
        sync.collection(c.id());
    }

    /**
     * Makes the user {@code login} a participant with {@code role}, or changes their role. Owners may give any
     * role; moderators may add and keep members only; the last owner cannot step down.
     */
    @Transactional
    void setParticipant(ArchiveCollection c, Viewer viewer, String login, String roleKey) {
        CollectionRole mine = requireMaintainer(c, viewer);
        CollectionRole role = CollectionRole.of(roleKey);
        if (role == null) throw new CollectionRejected("role", "Please choose owner, moderator or member.");
        if (login.isBlank()) throw new CollectionRejected("login", "Please enter a user name.");
        User user = accounts.byLogin(login.strip())
                .orElseThrow(
                        () -> new CollectionRejected("login", "There is no user called \"" + login.strip() + "\"."));
        Optional<CollectionRole> current = store.role(c.id(), user.id());
        if (mine != CollectionRole.OWNER
                && (role.maintains() || current.map(CollectionRole::maintains).orElse(false)))
            throw new ForbiddenException("change the owners and moderators of this collection");
        if (current.filter(r -> r == CollectionRole.OWNER).isPresent()
                && role != CollectionRole.OWNER
                && store.owners(c.id()) == 1)
            throw new CollectionRejected("role", "A collection needs at least one owner.");
        store.setRole(c.id(), user.id(), role, clock.millis());
        joinRequests.remove(c.id(), user.id());
        if (c.unrevealed()
                && role.maintains() != current.map(CollectionRole::maintains).orElse(false)) sync.collection(c.id());
    }

    /**
     * Takes a participant out: maintainers may remove members (owners anyone); anyone may leave. The last owner
     * cannot leave.
     */
    @Transactional
    void removeParticipant(ArchiveCollection c, Viewer viewer, long userId) {
        CollectionRole theirs = store.role(c.id(), userId).orElseThrow(() -> new NotFoundException("participant"));
        if (!viewer.is(userId)) {
            CollectionRole mine = requireMaintainer(c, viewer);
            if (mine != CollectionRole.OWNER && theirs.maintains())
                throw new ForbiddenException("remove owners and moderators of this collection");
        }
        if (theirs == CollectionRole.OWNER && store.owners(c.id()) == 1)
            throw new CollectionRejected("role", "A collection needs at least one owner.");
        store.removeParticipant(c.id(), userId);
        if (c.unrevealed() && theirs.maintains()) sync.collection(c.id());
    }

    /**
     * Deletes a collection (its owners only) with its participants, items and join requests. Its works stay: they
     * only leave it, and their anonymous and unrevealed flags and search documents follow in the same transaction.
     */
    @Transactional
    void delete(ArchiveCollection c, Viewer viewer) {
        requireOwner(c, viewer);
        List<Long> works = items.workIds(c.id());
        store.delete(c.id());
        sync.works(works);
    }

    CollectionRole requireMaintainer(ArchiveCollection c, Viewer viewer) {
        return role(c, viewer)
                .filter(CollectionRole::maintains)
                .orElseThrow(() -> new ForbiddenException("manage this collection"));
    }

    private void requireOwner(ArchiveCollection c, Viewer viewer) {
        if (!owns(c, viewer)) throw new ForbiddenException("change this collection");
    }
}
