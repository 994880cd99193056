package org.fanfold.tags;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What wrangling tests share: an author posting works with given tags, and the propagator held still so a test
 * sees the moment between a wrangling action and its propagation, then runs it with {@link #propagate()}.
 */
abstract class WranglingFixture {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkListings listings;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    @Autowired
    TagGraph graph;

    @Autowired
    TagChanges changes;

    @Autowired
    TagPropagator propagator;

    @Autowired
    TagLinks links;

    @Autowired
    UnwrangledTags unwrangled;

    User author;

    @BeforeEach
    void holdPropagator() {
        propagator.stop();
        author = TestData.user(accounts);
    }

    @AfterEach
    void releasePropagator() {
        propagator.start();
    }

    long postWork(String fandom, List<String> relationships, List<String> characters, List<String> freeforms) {
        return postWork(List.of(fandom), relationships, characters, freeforms);
    }

    long postWork(List<String> fandoms, List<String> relationships, List<String> characters, List<String> freeforms) {
        var input = new WorkInput(
                TestData.unique("Work "),
                fandoms,
                "General Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("Gen"),
                relationships,
                characters,
                freeforms,
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                SeriesChoice.NONE,
                List.of());
        return works.create(
                accounts.defaultPseud(author.id()),
                input,
                List.of(TestData.chapter("Once upon a time.")),
                WorkService.Mode.POST);
    }

    long postFreeform(String fandom, String freeform) {
        return postWork(fandom, List.of(), List.of(), List.of(freeform));
    }

    /** Runs the propagator and then the indexer, as their threads would. */
    long propagate() {
        long queued = propagator.drain();
        indexer.drain();
        return queued;
    }

    /** The ids of the works listed under the tag, as a guest sees them. */
    List<Long> listedUnder(String tagName) {
        indexer.drain();
        Tag tag = tags.find(tagName).orElseThrow();
        return listings.list(new WorkListings.Scope(tag, null), Viewer.GUEST).items().stream()
                .map(v -> v.work().id())
                .toList();
    }

    /** The names of the additional tags on the blurbs listed under the tag, as a guest sees them. */
    List<String> freeformsListedUnder(String tagName) {
        indexer.drain();
        Tag tag = tags.find(tagName).orElseThrow();
        return listings.list(new WorkListings.Scope(tag, null), Viewer.GUEST).items().stream()
                .flatMap(v -> v.tags(TagType.FREEFORM).stream())
                .map(Tag::name)
                .toList();
    }

    Tag tag(String name) {
        return tags.find(name).orElseThrow();
    }

    Tag canonical(String name, TagType type) {
        Tag t = tags.findOrCreate(name, type);
        return wrangling.edit(t.id(), new TagEdit(t.name(), type.dbName(), true, ""));
    }

    void synonym(String name, String canonicalName) {
        Tag t = tag(name);
        wrangling.edit(t.id(), new TagEdit(t.name(), t.type().dbName(), false, canonicalName));
    }

    static String unique(String prefix) {
        return TestData.unique(prefix);
    }
}
