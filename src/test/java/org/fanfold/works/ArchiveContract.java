package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the archive must do on every database: one suite, run against SQLite and PostgreSQL by its subclasses.
 * Works are written through the services and read back through the reader, the listings and the search index.
 */
abstract class ArchiveContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    ChapterService chapters;

    @Autowired
    WorkReader reader;

    @Autowired
    WorkListings listings;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    HitCounter hits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    User author;
    Viewer authorView;

    @BeforeEach
    void author() {
        author = TestData.user(accounts);
        authorView = TestData.viewer(author);
    }

    long post(String title, String fandom, String freeform) {
        return works.create(
                accounts.defaultPseud(author.id()),
                TestData.work(title, fandom, freeform),
                List.of(TestData.chapter("Once upon a time " + title)),
                WorkService.Mode.POST);
    }

    List<Long> listed(String text, Viewer viewer) {
        indexer.drain();
        return listings.list(WorkListings.Scope.ALL, search(text), viewer, 0).works().items().stream()
                .map(v -> v.work().id())
                .toList();
    }

    static WorkFilter search(String text) {
        return WorkFilter.parse(Map.of("work_search[query]", new String[] {text}));
    }

    @Test
    void postingAWorkStoresItsTagsChaptersAndCounts() {
        String fandom = TestData.unique("Fandom ");
        long id = post("Lanterns", fandom, "Fluff");
        WorkView view = reader.view(id, Viewer.GUEST).orElseThrow();
        assertThat(view.work().title()).isEqualTo("Lanterns");
        assertThat(view.rating()).isEqualTo("General Audiences");
        assertThat(view.tags(TagType.FANDOM)).extracting(t -> t.name()).containsExactly(fandom);
        assertThat(view.tags(TagType.ARCHIVE_WARNING))
                .extracting(t -> t.name())
                .containsExactly("No Archive Warnings Apply");
        assertThat(view.creators()).extracting(p -> p.name()).containsExactly(author.login());
        assertThat(view.work().wordCount()).isEqualTo(5);
        assertThat(view.work().chaptersLabel()).isEqualTo("1/1");
        assertThat(view.work().complete()).isTrue();
        assertThat(view.work().publishedAt()).isNotNull();
    }

    @Test
    void tagsAreCreatedOnFirstUseAndReusedWhateverTheirCase() {
        String fandom = TestData.unique("Shared Fandom ");
        long a = post("A", fandom, "Hurt/Comfort");
        long b = post("B", fandom.toUpperCase(), "hurt/comfort");
        var tagA =
                reader.view(a, Viewer.GUEST).orElseThrow().tags(TagType.FANDOM).getFirst();
        var tagB =
                reader.view(b, Viewer.GUEST).orElseThrow().tags(TagType.FANDOM).getFirst();
        assertThat(tagB.id()).isEqualTo(tagA.id());
        assertThat(tagB.name()).isEqualTo(fandom);
        assertThat(tags.find("HURT/COMFORT")).isPresent();
    }

    @Test
    void aRejectedWorkLeavesNothingBehind() {
        long worksBefore = count("works");
        String newTag = TestData.unique("Never Created ");
        WorkInput bad = new WorkInput(
                "",
                List.of(newTag),
                "General Audiences",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                SeriesChoice.NONE,
                List.of());
        assertThatThrownBy(() -> works.create(
                        accounts.defaultPseud(author.id()), bad, List.of(TestData.chapter("x")), WorkService.Mode.POST))
                .isInstanceOfSatisfying(
                        WorkRejected.class, e -> assertThat(e.errors()).containsKeys("title", "warnings"));
        assertThat(count("works")).isEqualTo(worksBefore);
        assertThat(tags.find(newTag)).isEmpty();
    }

    @Test
    void anUnknownRatingRollsBackTheWholeWork() {
        long worksBefore = count("works");
        String newTag = TestData.unique("Rolled Back ");
        WorkInput input = TestData.work("T", newTag, "x");
        WorkInput bad = new WorkInput(
                input.title(),
                input.fandoms(),
                "Super Explicit",
                input.warnings(),
                input.categories(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                SeriesChoice.NONE,
                List.of());
        assertThatThrownBy(() -> works.create(
                        accounts.defaultPseud(author.id()), bad, List.of(TestData.chapter("x")), WorkService.Mode.POST))
                .isInstanceOf(WorkRejected.class);
        assertThat(count("works")).isEqualTo(worksBefore);
        assertThat(tags.find(newTag)).isEmpty();
    }

    @Test
    void draftsAreSeenOnlyByTheirCreatorsAndNeverListed() {
        String word = TestData.unique("draftword");
        long id = works.create(
                accounts.defaultPseud(author.id()),
                TestData.work(word, "F", "x"),
                List.of(TestData.chapter("text")),
                WorkService.Mode.DRAFT);
        User reader2 = TestData.user(accounts);
        assertThat(reader.view(id, authorView)).isPresent();
        assertThat(reader.view(id, TestData.viewer(reader2))).isEmpty();
        assertThat(reader.view(id, Viewer.GUEST)).isEmpty();
        assertThat(listed(word, authorView)).isEmpty();

        works.post(id, authorView);
        assertThat(reader.view(id, Viewer.GUEST)).isPresent();
        assertThat(listed(word, Viewer.GUEST)).containsExactly(id);
    }

    @Test
    void guestsNeverSeeRestrictedWorksInPagesOrSearch() {
        String word = TestData.unique("restrictedword");
        WorkInput in = TestData.work(word, "F", "x");
        WorkInput restricted = new WorkInput(
                in.title(),
                in.fandoms(),
                in.rating(),
                in.warnings(),
                in.categories(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                true,
                null,
                SeriesChoice.NONE,
                List.of());
        long id = works.create(
                accounts.defaultPseud(author.id()), restricted, List.of(TestData.chapter("t")), WorkService.Mode.POST);
        assertThat(reader.view(id, Viewer.GUEST)).isEmpty();
        assertThat(reader.requiresLogin(id, Viewer.GUEST)).isTrue();
        assertThat(listed(word, Viewer.GUEST)).isEmpty();
        var guestListing = listings.list(WorkListings.Scope.ALL, search(word), Viewer.GUEST, 10);
        assertThat(guestListing.works().total()).isZero();
        assertThat(guestListing.facets()).isEmpty();
        Viewer someone = TestData.viewer(TestData.user(accounts));
        assertThat(reader.view(id, someone)).isPresent();
        assertThat(listed(word, someone)).containsExactly(id);
    }

    @Test
    void hiddenWorksAreSeenOnlyByAdminsAndTheirCreators() {
        String word = TestData.unique("hiddenword");
        long id = post(word, "F", "x");
        Viewer admin = new Viewer(-99L, "admin", true, false);
        works.setHidden(id, admin, true);
        Viewer someone = TestData.viewer(TestData.user(accounts));
        assertThat(reader.view(id, someone)).isEmpty();
        assertThat(listed(word, someone)).isEmpty();
        assertThat(reader.view(id, admin)).isPresent();
        assertThat(listed(word, admin)).containsExactly(id);
        assertThat(reader.view(id, authorView)).isPresent();
        assertThat(listed(word, authorView)).containsExactly(id);
    }

    @Test
    void chaptersCanBeAddedReorderedAndDeletedWithCountsKept() {
        long id = post("Chaptered", "F", "x");
        long second = chapters.add(id, authorView, ChapterInput.of("Two", "", "", "", "<p>two words</p>"));
        long third = chapters.add(id, authorView, ChapterInput.of("Three", "", "", "", "<p>three more words</p>"));
        WorkView view = reader.view(id, Viewer.GUEST).orElseThrow();
        assertThat(view.work().chapterCount()).isEqualTo(3);
        assertThat(view.work().wordCount()).isEqualTo(5 + 2 + 3);
        assertThat(view.work().chaptersLabel()).isEqualTo("3/3");

        long first = reader.chapters(view, Viewer.GUEST).getFirst().id();
        chapters.reorder(id, authorView, Map.of(third, 1, first, 2, second, 3));
        assertThat(reader.chapters(view, Viewer.GUEST)).extracting(Chapter::id).containsExactly(third, first, second);

        chapters.delete(id, first, authorView);
        WorkView after = reader.view(id, Viewer.GUEST).orElseThrow();
        assertThat(reader.chapters(after, Viewer.GUEST))
                .extracting(Chapter::position)
                .containsExactly(1, 2);
        assertThat(after.work().wordCount()).isEqualTo(5);
    }

    @Test
    void onlyCreatorsMayChangeAWork() {
        long id = post("Mine", "F", "x");
        Viewer other = TestData.viewer(TestData.user(accounts));
        assertThatThrownBy(() -> works.delete(id, other)).isInstanceOf(org.fanfold.shared.ForbiddenException.class);
        assertThatThrownBy(() -> chapters.add(id, other, TestData.chapter("x")))
                .isInstanceOf(org.fanfold.shared.ForbiddenException.class);
    }

    @Test
    void deletingAWorkRemovesItEverywhere() {
        String word = TestData.unique("deleteword");
        long id = post(word, "F", "x");
        assertThat(listed(word, Viewer.GUEST)).containsExactly(id);
        works.delete(id, authorView);
        assertThat(reader.view(id, authorView)).isEmpty();
        assertThat(listed(word, Viewer.GUEST)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM chapters WHERE work_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void worksJoinNewAndExistingSeriesAndGiftsReachUsers() {
        User friend = TestData.user(accounts);
        WorkInput base = TestData.work("Part One", "F", "x");
        WorkInput one = new WorkInput(
                base.title(),
                base.fandoms(),
                base.rating(),
                base.warnings(),
                base.categories(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                new SeriesChoice(null, "My Series", null),
                List.of(friend.login(), "Someone Elsewhere"));
        long first = works.create(
                accounts.defaultPseud(author.id()), one, List.of(TestData.chapter("a")), WorkService.Mode.POST);
        long seriesId = reader.view(first, Viewer.GUEST)
                .orElseThrow()
                .series()
                .getFirst()
                .seriesId();
        WorkInput two = new WorkInput(
                "Part Two",
                base.fandoms(),
                base.rating(),
                base.warnings(),
                base.categories(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                new SeriesChoice(seriesId, null, null),
                List.of());
        long second = works.create(
                accounts.defaultPseud(author.id()), two, List.of(TestData.chapter("b")), WorkService.Mode.POST);

        WorkView firstView = reader.view(first, Viewer.GUEST).orElseThrow();
        assertThat(firstView.series().getFirst().position()).isEqualTo(1);
        assertThat(firstView.series().getFirst().nextWorkId()).isEqualTo(second);
        assertThat(reader.view(second, Viewer.GUEST)
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .previousWorkId())
                .isEqualTo(first);
        assertThat(firstView.gifts())
                .containsExactly(new Gift(friend.login(), friend.login()), new Gift("Someone Elsewhere", null));
    }

    @Test
    void someoneElsesSeriesIsRefused() {
        WorkInput base = TestData.work("Mine", "F", "x");
        long first = works.create(
                accounts.defaultPseud(author.id()),
                new WorkInput(
                        base.title(),
                        base.fandoms(),
                        base.rating(),
                        base.warnings(),
                        base.categories(),
                        List.of(),
                        List.of(),
                        List.of(),
                        "en",
                        "",
                        "",
                        "",
                        1,
                        false,
                        null,
                        new SeriesChoice(null, "Theirs", null),
                        List.of()),
                List.of(TestData.chapter("a")),
                WorkService.Mode.POST);
        long seriesId = reader.view(first, Viewer.GUEST)
                .orElseThrow()
                .series()
                .getFirst()
                .seriesId();
        User other = TestData.user(accounts);
        WorkInput intruder = new WorkInput(
                "Intruder",
                base.fandoms(),
                base.rating(),
                base.warnings(),
                base.categories(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                new SeriesChoice(seriesId, null, null),
                List.of());
        assertThatThrownBy(() -> works.create(
                        accounts.defaultPseud(other.id()),
                        intruder,
                        List.of(TestData.chapter("a")),
                        WorkService.Mode.POST))
                .isInstanceOfSatisfying(
                        WorkRejected.class, e -> assertThat(e.errors()).containsKey("series"));
    }

    @Test
    void hitsCountOncePerVisitorPerDay() {
        long id = post("Popular", "F", "x");
        hits.visit(id, "g1");
        hits.visit(id, "g1");
        hits.visit(id, "g2");
        hits.visit(id, "u5");
        hits.flush();
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().work().hits()).isEqualTo(3);
        long today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay();
        assertThat(jdbc.sql("SELECT day, hits FROM work_hits_daily WHERE work_id = ?")
                        .param(id)
                        .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2))
                        .list())
                .as("the day's hits are kept for the creator's statistics")
                .containsExactly(today + ":3");
    }

    @Test
    void countedHitsReachTheIndexAndTheListings() {
        String fandom = TestData.unique("Hit Fandom ");
        long id = post("Visited", fandom, "x");
        WorkFilter moreThanTwoHits = WorkFilter.parse(Map.of(
                "work_search[other_tag_names]", new String[] {fandom}, "work_search[hits]", new String[] {">2"}));
        assertThat(blurb(id).work().hits()).isZero();
        hits.visit(id, "g1");
        hits.visit(id, "g2");
        hits.visit(id, "g3");
        hits.flush();
        indexer.drain();
        assertThat(listings.list(WorkListings.Scope.ALL, moreThanTwoHits, Viewer.GUEST, 0)
                        .works()
                        .items())
                .as("the hits filter reads the index, which the flush queued the work for")
                .extracting(v -> v.work().id())
                .containsExactly(id);
        assertThat(blurb(id).work().hits())
                .as("the listed blurb, read before, is read again")
                .isEqualTo(3);
    }

    @Test
    void aListedWorkShowsAnEditOnceItCommitsAndNotARolledBackOne() {
        long id = post("Before", "F", "x");
        assertThat(blurb(id).work().title()).isEqualTo("Before");
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE works SET title = 'Rolled back' WHERE id = ?")
                    .param(id)
                    .update();
            assertThat(blurb(id).work().title())
                    .as("inside the transaction its own write shows")
                    .isEqualTo("Rolled back");
            status.setRollbackOnly();
        });
        assertThat(blurb(id).work().title()).isEqualTo("Before");
        works.update(id, authorView, TestData.work("After", "F", "x"), null);
        assertThat(blurb(id).work().title()).isEqualTo("After");
    }

    @Test
    void anotherProcessesChangeShowsInListingsOnceTheIndexerTakesItFromTheOutbox() {
        long id = post("Here", "F", "x");
        assertThat(blurb(id).work().title()).isEqualTo("Here");
        // what another process's edit leaves in this database: the row changed and an outbox row, no event here
        jdbc.sql("UPDATE works SET title = 'There' WHERE id = ?").param(id).update();
        assertThat(reader.blurbs(List.of(id), Viewer.GUEST).getFirst().work().title())
                .as("listings keep what they read until told")
                .isEqualTo("Here");
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().work().title())
                .as("a work's own page reads it afresh")
                .isEqualTo("There");
        jdbc.sql("INSERT INTO index_queue (work_id, created_at) VALUES (?, 0)")
                .param(id)
                .update();
        assertThat(blurb(id).work().title()).isEqualTo("There");
    }

    /** The work's blurb as a listing shows it to a guest, after the indexer took what the outbox holds. */
    WorkView blurb(long id) {
        indexer.drain();
        return reader.blurbs(List.of(id), Viewer.GUEST).getFirst();
    }

    @Test
    void aTagsListingFindsItsWorksNewestUpdateFirst() {
        String freeform = TestData.unique("Listing Tag ");
        long older = post("Older", "F", freeform);
        long newer = post("Newer", "F", freeform);
        // dates are in milliseconds and equal ones go newest id first: the update must come a millisecond later
        long posted = System.currentTimeMillis();
        while (System.currentTimeMillis() <= posted) Thread.onSpinWait();
        chapters.add(older, authorView, TestData.chapter("an update"));
        indexer.drain();
        var tag = tags.find(freeform).orElseThrow();
        var page = listings.list(new WorkListings.Scope(tag, null), WorkFilter.NONE, Viewer.GUEST, 0)
                .works();
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(v -> v.work().id()).containsExactly(older, newer);
    }

    @Test
    void searchMatchesTitlesSummariesTagsAndCreators() {
        String word = TestData.unique("zebrafish");
        long byTitle = post(word, "F", "x");
        long byTag = post("Plain", "F", word);
        assertThat(listed(word, Viewer.GUEST)).containsExactlyInAnyOrder(byTitle, byTag);
        assertThat(listed(author.login(), Viewer.GUEST)).contains(byTitle, byTag);
    }

    @Test
    void moreLikeThisRanksWorksByTheTagsTheyShare() {
        String fandom = TestData.unique("Similar Fandom ");
        String ship = TestData.unique("A") + "/" + TestData.unique("B");
        String trope = TestData.unique("Trope ");
        long a = works.create(
                accounts.defaultPseud(author.id()),
                withTags("A", fandom, ship, trope),
                List.of(TestData.chapter("a")),
                WorkService.Mode.POST);
        long sameShip = works.create(
                accounts.defaultPseud(author.id()),
                withTags("B", TestData.unique("Other "), ship, TestData.unique("x")),
                List.of(TestData.chapter("b")),
                WorkService.Mode.POST);
        long sameTrope = works.create(
                accounts.defaultPseud(author.id()),
                withTags("C", TestData.unique("Other "), TestData.unique("C") + "/" + TestData.unique("D"), trope),
                List.of(TestData.chapter("c")),
                WorkService.Mode.POST);
        indexer.drain();
        WorkView view = reader.view(a, Viewer.GUEST).orElseThrow();
        assertThat(listings.similar(view, Viewer.GUEST, 5))
                .extracting(v -> v.work().id())
                .containsExactly(sameShip, sameTrope);
    }

    private static WorkInput withTags(String title, String fandom, String relationship, String freeform) {
        return new WorkInput(
                title,
                List.of(fandom),
                "General Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("Gen"),
                List.of(relationship),
                List.of(),
                List.of(freeform),
                "en",
                "",
                "",
                "",
                1,
                false,
                null,
                SeriesChoice.NONE,
                List.of());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
