package org.fanfold.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.IndexQueue;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes bookmarks: one per user and item, with notes, the bookmarker's tags and the private and rec flags. Each
 * call is one transaction that also keeps the work's public bookmark count ({@code works.bookmarks_count}) in step
 * and, when it changed, queues the work for reindexing, so sorting and filtering by bookmarks stay right.
 */
@Service
class BookmarkService {

    private final BookmarkStore store;
    private final WorkReader reader;
    private final TagService tags;
    private final Accounts accounts;
    private final IndexQueue index;
    private final Clock clock;

    BookmarkService(
            BookmarkStore store, WorkReader reader, TagService tags, Accounts accounts, IndexQueue index, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.tags = tags;
        this.accounts = accounts;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Bookmarks an item the viewer may see (a posted work, or a series with a work they may see). A user has one
     * bookmark per item: when they have one already (the form was sent twice), it is updated instead.
     *
     * @return the bookmark's id
     * @throws NotFoundException when there is no such item for the viewer
     * @throws BookmarkRejected when the form breaks the rules; nothing is written
     */
    @Transactional
    long create(Viewer viewer, BookmarkItem.Kind kind, long itemId, BookmarkForm form) {
        long userId = signedIn(viewer);
        if (bookmarkable(kind, itemId, viewer).isEmpty()) throw new NotFoundException(kind.dbName() + " " + itemId);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        Pseud pseud = pseud(userId, form.pseudId(), errors);
        if (!errors.isEmpty()) throw new BookmarkRejected(errors);

        long now = clock.millis();
        String notes = form.sanitizedNotes();
        Optional<Long> inserted =
                store.insert(userId, pseud.id(), kind, itemId, notes, form.isPrivate(), form.rec(), now);
        long id;
        if (inserted.isPresent()) {
            id = inserted.get();
        } else {
            id = store.find(userId, kind, itemId).orElseThrow().id();
            store.update(id, pseud.id(), notes, form.isPrivate(), form.rec(), now);
        }
        store.setTags(id, tagIds(form));
        recount(kind, itemId);
        return id;
    }

    /**
     * Changes the viewer's own bookmark. The item need not be visible any more: notes on a deleted work stay editable.
     *
     * @throws NotFoundException when the bookmark is not the viewer's (others' bookmarks are not theirs to see)
     * @throws BookmarkRejected when the form breaks the rules; nothing is written
     */
    @Transactional
    void update(long id, Viewer viewer, BookmarkForm form) {
        Bookmark b = own(id, viewer);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        Pseud pseud = pseud(b.userId(), form.pseudId(), errors);
        if (!errors.isEmpty()) throw new BookmarkRejected(errors);
        store.update(id, pseud.id(), form.sanitizedNotes(), form.isPrivate(), form.rec(), clock.millis());
        store.setTags(id, tagIds(form));
        recount(b.kind(), b.itemId());
    }

    /** Deletes the viewer's own bookmark. */
    @Transactional
    void delete(long id, Viewer viewer) {
        Bookmark b = own(id, viewer);
        store.delete(id);
        recount(b.kind(), b.itemId());
    }

    /** The viewer's own bookmark. */
    Bookmark own(long id, Viewer viewer) {
        long userId = signedIn(viewer);
        return store.find(id)
                .filter(b -> b.userId() == userId)
                .orElseThrow(() -> new NotFoundException("bookmark " + id));
    }

    /** The item, if the viewer may bookmark it: a posted work they may see, or a series they may see. */
    Optional<BookmarkItem> bookmarkable(BookmarkItem.Kind kind, long itemId, Viewer viewer) {
        return switch (kind) {
            case WORK ->
                reader.view(itemId, viewer).filter(w -> w.work().posted()).map(BookmarkItem::of);
            case SERIES -> reader.series(itemId, viewer).map(BookmarkItem::of);
        };
    }

    private static long signedIn(Viewer viewer) {
        if (viewer.userId() == null) throw new ForbiddenException("bookmark without logging in");
        return viewer.userId();
    }

    /** The pseud asked for, which must be the user's own; their default pseud when none was asked for. */
    private Pseud pseud(long userId, @Nullable Long pseudId, Map<String, String> errors) {
        Pseud fallback = accounts.defaultPseud(userId);
        if (pseudId == null || pseudId == fallback.id()) return fallback;
        Pseud chosen = accounts.pseudsByIds(List.of(pseudId)).get(pseudId);
        if (chosen == null || chosen.userId() != userId) {
            errors.put("pseud", "Please choose one of your own pseuds.");
            return fallback;
        }
        return chosen;
    }

    /** The bookmarker's tags, made on first use as additional tags (an existing tag keeps its own type). */
    private List<Long> tagIds(BookmarkForm form) {
        var ids = new LinkedHashSet<Long>();
        for (String name : form.tagNames())
            ids.add(tags.findOrCreate(name, TagType.FREEFORM).id());
        return new ArrayList<>(ids);
    }

    private void recount(BookmarkItem.Kind kind, long itemId) {
        if (kind == BookmarkItem.Kind.WORK && store.recountWork(itemId)) index.enqueue(itemId);
    }
}
