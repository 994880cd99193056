package org.fanfold.collections;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works in collections, by AO3's rules. A work's creator adds it: it is approved on their side at once, and on the
 * collection's side too unless the collection is moderated and they take no part in it (members, moderators and
 * owners are approved at once). A closed collection takes no new works but from its maintainers. A maintainer may
 * invite a work instead: approved on the collection's side, it waits for its creator. Either side may reject or
 * remove an item. Every change brings the work's anonymous/unrevealed flags and search document up to date in the
 * same transaction. Thread-safe.
 */
@Service
class CollectionItemService {

    private final CollectionItemStore items;
    private final CollectionService collections;
    private final CollectionStore store;
    private final WorkReader reader;
    private final WorkFlagsSync sync;
    private final Clock clock;

    CollectionItemService(
            CollectionItemStore items,
            CollectionService collections,
            CollectionStore store,
            WorkReader reader,
            WorkFlagsSync sync,
            Clock clock) {
        this.items = items;
        this.collections = collections;
        this.store = store;
        this.reader = reader;
        this.sync = sync;
        this.clock = clock;
    }

    /**
     * The work's creator puts it in the collection (or accepts the collection's invitation to).
     *
     * @throws CollectionRejected when the collection is closed to them, or the work is there already
     */
    @Transactional
    CollectionItem add(ArchiveCollection c, long workId, Viewer viewer) {
        WorkView work = ownWork(workId, viewer);
        Optional<CollectionRole> role = collections.role(c, viewer);
        boolean maintainer = role.map(CollectionRole::maintains).orElse(false);
        Optional<CollectionItem> existing = items.find(c.id(), workId);
        if (existing.isPresent()) {
            CollectionItem item = existing.get();
            if (item.userApproval() != Approval.APPROVED && item.collectionApproval() == Approval.APPROVED) {
                return respond(item, viewer, Approval.APPROVED);
            }
            throw new CollectionRejected("collection", alreadyThere(work, c, item));
        }
        if (c.closed() && !maintainer)
            throw new CollectionRejected(
                    "collection", "\"" + c.title() + "\" is closed: new works can't be added to it.");
        if (!work.work().posted())
            throw new CollectionRejected("collection", "Only posted works can be added to collections.");
        Approval collectionSide = !c.moderated() || role.isPresent() ? Approval.APPROVED : Approval.UNREVIEWED;
        long id = items.insert(c.id(), workId, Approval.APPROVED, collectionSide, viewer.userId(), clock.millis());
        sync.work(workId);
        return items.find(id).orElseThrow();
    }

    /**
     * The work's creator puts it in each of the named collections, all or none: an unknown name, or a collection
     * that refuses it, leaves the work where it was.
     *
     * @throws CollectionRejected naming every unknown collection, or the first refusal
     */
    @Transactional
    List<CollectionItem> addToAll(long workId, List<String> names, Viewer viewer) {
        ownWork(workId, viewer);
        List<String> unknown = new ArrayList<>();
        List<ArchiveCollection> found = new ArrayList<>();
        for (String name : names) {
            store.byName(name)
                    .ifPresentOrElse(
                            c -> {
                                if (!found.contains(c)) found.add(c);
                            },
                            () -> unknown.add(name));
        }
        if (names.isEmpty()) throw new CollectionRejected("collections", "Please enter the name of a collection.");
        if (!unknown.isEmpty())
            throw new CollectionRejected(
                    "collections",
                    "We couldn't find " + (unknown.size() == 1 ? "a collection called " : "collections called ")
                            + String.join(
                                    ", ",
                                    unknown.stream().map(n -> "\"" + n + "\"").toList()) + ".");
        List<CollectionItem> added = new ArrayList<>();
        for (ArchiveCollection c : found) added.add(add(c, workId, viewer));
        return added;
    }

    /**
     * A maintainer invites a work they can see; its creator is asked to approve. A maintainer's own work is simply
     * added.
     */
    @Transactional
    CollectionItem invite(ArchiveCollection c, long workId, Viewer viewer) {
        collections.requireMaintainer(c, viewer);
        WorkView work = reader.view(workId, viewer)
                .orElseThrow(() -> new CollectionRejected("work", "There is no work " + workId + " you can see."));
        if (work.isCreator(viewer.userId())) return add(c, workId, viewer);
        if (!work.work().posted())
            throw new CollectionRejected("work", "Only posted works can be added to collections.");
        Optional<CollectionItem> existing = items.find(c.id(), workId);
        if (existing.isPresent()) {
            CollectionItem item = existing.get();
            if (item.collectionApproval() != Approval.APPROVED && item.userApproval() == Approval.APPROVED)
                return moderate(item, viewer, Approval.APPROVED);
            throw new CollectionRejected("work", alreadyThere(work, c, item));
        }
        long id = items.insert(c.id(), workId, Approval.UNREVIEWED, Approval.APPROVED, viewer.userId(), clock.millis());
        sync.work(workId);
        return items.find(id).orElseThrow();
    }

    /** A maintainer approves or rejects an item for the collection. */
    @Transactional
    CollectionItem moderate(CollectionItem item, Viewer viewer, Approval approval) {
        ArchiveCollection c = store.byId(item.collectionId()).orElseThrow();
        collections.requireMaintainer(c, viewer);
        items.setCollectionApproval(item.id(), approval, clock.millis());
        sync.work(item.workId());
        return items.find(item.id()).orElseThrow();
    }

    /** The work's creator approves or rejects an invitation (or takes back their approval). */
    @Transactional
    CollectionItem respond(CollectionItem item, Viewer viewer, Approval approval) {
        ownWork(item.workId(), viewer);
        items.setUserApproval(item.id(), approval, clock.millis());
        sync.work(item.workId());
        return items.find(item.id()).orElseThrow();
    }

    /** Takes a work out of a collection: its creators and the collection's maintainers may. */
    @Transactional
    void remove(CollectionItem item, Viewer viewer) {
        ArchiveCollection c = store.byId(item.collectionId()).orElseThrow();
        boolean creator = reader.view(item.workId(), viewer)
                .map(w -> w.isCreator(viewer.userId()))
                .orElse(false);
        if (!creator && !collections.maintains(c, viewer))
            throw new ForbiddenException("remove this work from the collection");
        items.delete(item.id());
        sync.work(item.workId());
    }

    private WorkView ownWork(long workId, Viewer viewer) {
        WorkView work = reader.view(workId, viewer).orElseThrow(() -> new NotFoundException("work " + workId));
        if (!work.isCreator(viewer.userId())) throw new ForbiddenException("add someone else's work to collections");
        return work;
    }

    private static String alreadyThere(WorkView work, ArchiveCollection c, CollectionItem item) {
        String what = "\"" + work.work().title() + "\" ";
        if (item.collectionApproval() == Approval.REJECTED) return what + "was rejected by \"" + c.title() + "\".";
        if (item.listed()) return what + "is already in \"" + c.title() + "\".";
        if (item.collectionApproval() == Approval.UNREVIEWED)
            return what + "is already waiting for approval by \"" + c.title() + "\".";
        return what + "is already invited to \"" + c.title() + "\"; its creator has been asked.";
    }
}
