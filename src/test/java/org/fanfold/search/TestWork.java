package org.fanfold.search;

import java.util.ArrayList;
import java.util.List;

/** A fluent way to write {@link WorkDocument}s in tests; unset fields get plain defaults. */
final class TestWork {

    private final long id;
    private String title = "Untitled";
    private String summary = "";
    private String notes = "";
    private String body = "";
    private List<String> creators = List.of("anon");
    private final List<Long> creatorUserIds = new ArrayList<>();
    private final List<Long> creatorPseudIds = new ArrayList<>();
    private final List<TagRef> tags = new ArrayList<>();
    private final List<Long> filterIds = new ArrayList<>();
    private final List<TagRef> facetTags = new ArrayList<>();
    private boolean restricted;
    private boolean hidden;
    private boolean anonymous;
    private boolean unrevealed;
    private final List<Long> unrevealedReaderIds = new ArrayList<>();
    private final List<Long> collectionIds = new ArrayList<>();
    private int words = 100;
    private int chapters = 1;
    private boolean complete = true;
    private boolean crossover;
    private String language = "en";
    private long publishedAt;
    private long updatedAt;
    private long hits;
    private long kudos;
    private long comments;
    private long bookmarks;

    private TestWork(long id) {
        this.id = id;
        this.publishedAt = id;
        this.updatedAt = id;
    }

    static TestWork work(long id) {
        return new TestWork(id);
    }

    TestWork title(String title) {
        this.title = title;
        return this;
    }

    TestWork summary(String summary) {
        this.summary = summary;
        return this;
    }

    TestWork notes(String notes) {
        this.notes = notes;
        return this;
    }

    TestWork body(String body) {
        this.body = body;
        return this;
    }

    TestWork creators(String... names) {
        this.creators = List.of(names);
        return this;
    }

    TestWork creatorUser(long userId) {
        creatorUserIds.add(userId);
        return this;
    }

    TestWork creatorPseud(long pseudId) {
        creatorPseudIds.add(pseudId);
        return this;
    }

    /** A tag the work carries: its name is searchable, its id filterable and counted as a facet of its type. */
    TestWork tag(long tagId, String name, String type) {
        tags.add(new TagRef(tagId, name, type));
        filterIds.add(tagId);
        facetTags.add(new TagRef(tagId, name, type));
        return this;
    }

    TestWork tag(long tagId, String type) {
        return tag(tagId, "tag" + tagId, type);
    }

    TestWork restricted() {
        this.restricted = true;
        return this;
    }

    TestWork hidden() {
        this.hidden = true;
        return this;
    }

    /** In an anonymous collection: shown and found as "Anonymous". */
    TestWork anonymous() {
        this.anonymous = true;
        this.creators = List.of("Anonymous");
        return this;
    }

    /** In an unrevealed collection, seen before the reveal by its creators and these readers. */
    TestWork unrevealed(Long... readerUserIds) {
        this.unrevealed = true;
        unrevealedReaderIds.addAll(List.of(readerUserIds));
        return this;
    }

    TestWork inCollection(long collectionId) {
        collectionIds.add(collectionId);
        return this;
    }

    TestWork words(int words) {
        this.words = words;
        return this;
    }

    TestWork chapters(int chapters) {
        this.chapters = chapters;
        return this;
    }

    TestWork inProgress() {
        this.complete = false;
        return this;
    }

    TestWork crossover() {
        this.crossover = true;
        return this;
    }

    TestWork language(String code) {
        this.language = code;
        return this;
    }

    TestWork publishedAt(long at) {
        this.publishedAt = at;
        return this;
    }

    TestWork updatedAt(long at) {
        this.updatedAt = at;
        return this;
    }

    TestWork stats(long hits, long kudos, long comments, long bookmarks) {
        this.hits = hits;
        this.kudos = kudos;
        this.comments = comments;
        this.bookmarks = bookmarks;
        return this;
    }

    WorkDocument build() {
        return new WorkDocument(
                id,
                title,
                summary,
                notes,
                creators,
                creatorUserIds,
                creatorPseudIds,
                tags,
                filterIds,
                facetTags,
                language,
                words,
                chapters,
                complete,
                crossover,
                restricted,
                hidden,
                anonymous,
                unrevealed,
                unrevealedReaderIds,
                collectionIds,
                publishedAt,
                updatedAt,
                hits,
                kudos,
                comments,
                bookmarks,
                body);
    }
}
