package org.fanfold.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.search.Crossover;
import org.fanfold.search.Range;
import org.fanfold.search.SearchHits.FacetCount;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newer {@link WorkQuery} fields on OpenSearch, as the port documents them (the shared contract suite covers
 * them once it is extended; these pin the OpenSearch side meanwhile).
 */
@TestOpenSearch.Required
class OpenSearchQueryFieldsTest {

    private String index;
    private OpenSearchEngine engine;

    @BeforeEach
    void open() {
        index = TestOpenSearch.uniqueIndex();
        engine = OpenSearchEngine.connect(TestOpenSearch.url(), index);
    }

    @AfterEach
    void close() {
        engine.close();
        TestOpenSearch.deleteIndex(index);
    }

    @Test
    void bodyTextSearchesTheStoryItselfWithTheSameSyntax() {
        index(
                doc(1).title("dragon").body("a quiet village"),
                doc(2).body("the dragon sleeps in the village"),
                doc(3).body("a dragon flies"));

        assertThat(ids(query().bodyText("dragon"))).containsExactly(3L, 2L);
        assertThat(ids(query().bodyText("dragon village"))).containsExactly(2L);
        assertThat(ids(query().bodyText("\"dragon flies\" | quiet"))).containsExactly(3L, 1L);
        assertThat(ids(query().text("dragon").bodyText("village"))).containsExactly(1L);
    }

    @Test
    void mutedCreatorsAndExcludedWorksAreLeftOut() {
        index(doc(1).users(7), doc(2).users(8, 9), doc(3).users(9), doc(4));

        assertThat(ids(query().excludeCreator(9))).containsExactly(4L, 1L);
        assertThat(ids(query().excludeCreator(7).excludeWork(4))).containsExactly(3L, 2L);
        assertThat(engine.search(query().excludeWork(1).excludeWork(99).build()).total())
                .isEqualTo(3);
    }

    @Test
    void similarWorksCarryOneIdAtLeastAndRankByTheSumOfWeights() {
        index(
                doc(1).filters(10, 20),
                doc(2).filters(20),
                doc(3).filters(10),
                doc(4).filters(30),
                doc(5).filters(10, 20).updatedAt(0),
                doc(6).filters(10, 20, 30));

        WorkQuery.Builder q = query().similar(10, 1f).similar(20, 2.5f).sort(SearchSort.BEST_MATCH);
        assertThat(ids(q)).containsExactly(6L, 1L, 5L, 2L, 3L);
        assertThat(ids(query().similar(30, 1f).excludeWork(6))).containsExactly(4L);
    }

    @Test
    void crossoverCompletionChaptersAndLanguagesFilter() {
        index(
                doc(1).crossover(true).complete(true).chapters(1).language("en"),
                doc(2).crossover(false).complete(false).chapters(3).language("de"),
                doc(3).crossover(false).complete(true).chapters(1).language("zh"),
                doc(4).crossover(true).complete(false).chapters(2).language("en"));

        assertThat(ids(query().crossover(Crossover.ANY))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(query().crossover(Crossover.EXCLUDE))).containsExactly(3L, 2L);
        assertThat(ids(query().crossover(Crossover.ONLY))).containsExactly(4L, 1L);
        assertThat(ids(query().complete(true))).containsExactly(3L, 1L);
        assertThat(ids(query().complete(false))).containsExactly(4L, 2L);
        assertThat(ids(query().singleChapter(true))).containsExactly(3L, 1L);
        assertThat(ids(query().language("en"))).containsExactly(4L, 1L);
        assertThat(ids(query().language("de").language("zh"))).containsExactly(3L, 2L);
        assertThat(ids(query().language("en").complete(true).crossover(Crossover.ONLY)))
                .containsExactly(1L);
    }

    @Test
    void rangesAreInclusiveAndMayBeOpen() {
        index(
                doc(1).words(100).stats(5, 1, 0, 0).publishedAt(1_000),
                doc(2).words(1_000).stats(50, 10, 2, 1).publishedAt(2_000),
                doc(3).words(10_000).stats(500, 100, 20, 10).publishedAt(3_000));

        assertThat(ids(query().words(new Range(100L, 1_000L)))).containsExactly(2L, 1L);
        assertThat(ids(query().words(new Range(1_001L, null)))).containsExactly(3L);
        assertThat(ids(query().hits(new Range(null, 50L)))).containsExactly(2L, 1L);
        assertThat(ids(query().kudos(new Range(10L, 10L)))).containsExactly(2L);
        assertThat(ids(query().comments(new Range(1L, null)))).containsExactly(3L, 2L);
        assertThat(ids(query().bookmarks(new Range(null, 0L)))).containsExactly(1L);
        assertThat(ids(query().publishedAt(new Range(1_500L, 2_500L)))).containsExactly(2L);
        assertThat(ids(query().updatedAt(new Range(3L, null)))).containsExactly(3L);
    }

    @Test
    void facetCountsFollowTheNewFilters() {
        index(
                doc(1).tag(10, "Fandom").language("en"),
                doc(2).tag(10, "Fandom").language("de"),
                doc(3).tag(11, "Fandom").language("en").users(7));

        var hits = engine.search(query().language("en")
                .excludeCreator(7)
                .facets(List.of("Fandom"), 5)
                .build());
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 1));
    }

    private void index(Doc... docs) {
        engine.upsert(java.util.Arrays.stream(docs).map(Doc::build).toList());
        engine.refresh();
    }

    private List<Long> ids(WorkQuery.Builder query) {
        return engine.search(query.page(1, 100).build()).ids();
    }

    private static WorkQuery.Builder query() {
        return WorkQuery.builder(SearchVisibility.PUBLIC);
    }

    private static Doc doc(long id) {
        return new Doc(id);
    }

    /** A work document with plain defaults; updatedAt is the id unless set. */
    private static final class Doc {
        final long id;
        String title = "Untitled";
        String body = "";
        List<Long> users = List.of();
        List<Long> filters = new java.util.ArrayList<>();
        List<TagRef> facetTags = new java.util.ArrayList<>();
        String language = "en";
        int words = 100;
        int chapters = 1;
        boolean complete = true;
        boolean crossover;
        long publishedAt;
        long updatedAt;
        long hits;
        long kudos;
        long comments;
        long bookmarks;

        Doc(long id) {
            this.id = id;
            this.publishedAt = id;
            this.updatedAt = id;
        }

        Doc title(String v) {
            title = v;
            return this;
        }

        Doc body(String v) {
            body = v;
            return this;
        }

        Doc users(long... ids) {
            users = java.util.Arrays.stream(ids).boxed().toList();
            return this;
        }

        Doc filters(long... ids) {
            for (long id : ids) filters.add(id);
            return this;
        }

        Doc tag(long id, String type) {
            filters.add(id);
            facetTags.add(new TagRef(id, "tag" + id, type));
            return this;
        }

        Doc language(String v) {
            language = v;
            return this;
        }

        Doc words(int v) {
            words = v;
            return this;
        }

        Doc chapters(int v) {
            chapters = v;
            return this;
        }

        Doc complete(boolean v) {
            complete = v;
            return this;
        }

        Doc crossover(boolean v) {
            crossover = v;
            return this;
        }

        Doc publishedAt(long v) {
            publishedAt = v;
            return this;
        }

        Doc updatedAt(long v) {
            updatedAt = v;
            return this;
        }

        Doc stats(long hits, long kudos, long comments, long bookmarks) {
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
                    "",
                    "",
                    List.of("anon"),
                    users,
                    List.of(),
                    facetTags,
                    filters,
                    facetTags,
                    language,
                    words,
                    chapters,
                    complete,
                    crossover,
                    false,
                    false,
                    false,
                    false,
                    List.of(),
                    List.of(),
                    publishedAt,
                    updatedAt,
                    hits,
                    kudos,
                    comments,
                    bookmarks,
                    body);
        }
    }
}
