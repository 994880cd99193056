package org.fanfold.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.StoryTextAndSimilarityContract;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;

/** The contract suite against a real OpenSearch, each test in a fresh index of its own. */
@TestOpenSearch.Required
class OpenSearchEngineTest extends StoryTextAndSimilarityContract {

    private final List<String> indexes = new ArrayList<>();

    @Override
    protected SearchEngine newEngine(Path dir) {
        String index = TestOpenSearch.uniqueIndex();
        indexes.add(index);
        return OpenSearchEngine.connect(TestOpenSearch.url(), index);
    }

    @AfterEach
    void dropIndexes() {
        for (String index : indexes) TestOpenSearch.deleteIndex(index);
    }

    @Test
    void aMissingIndexIsCreatedAndNeedsRebuildButAnExistingOneIsKept() {
        assertThat(engine.needsRebuild()).isTrue();
        assertThat(engine.writable()).isTrue();
        engine.upsert(List.of(doc(1, "dragon")));
        engine.refresh();

        String index = ((OpenSearchEngine) engine).index();
        try (var reopened = OpenSearchEngine.connect(TestOpenSearch.url(), index)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                                    .text("dragon")
                                    .build())
                            .ids())
                    .containsExactly(1L);
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsRecreatedEmpty() throws Exception {
        String index = TestOpenSearch.uniqueIndex();
        indexes.add(index);
        var client = Clients.create(TestOpenSearch.url());
        try {
            client.indices().create(c -> c.index(index).mappings(m -> m.meta("fanfoldSchema", JsonData.of("0"))));
            client.index(i -> i.index(index).id("1").document(Map.of("old", "data")));
        } finally {
            Clients.close(client);
        }

        try (var engine = OpenSearchEngine.connect(TestOpenSearch.url(), index)) {
            assertThat(engine.needsRebuild()).isTrue();
            assertThat(engine.count()).isZero();
            engine.upsert(List.of(doc(2, "dragon")));
            engine.refresh();
            assertThat(engine.count()).isEqualTo(1);
        }
    }

    private static WorkDocument doc(long id, String title) {
        List<TagRef> tags = List.of(new TagRef(10, "Fandom A", "Fandom"));
        return new WorkDocument(
                id,
                title,
                "",
                "",
                List.of("anon"),
                List.of(),
                List.of(),
                tags,
                List.of(10L),
                tags,
                "en",
                1,
                1,
                true,
                false,
                false,
                false,
                false,
                false,
                List.of(),
                List.of(),
                id,
                id,
                0,
                0,
                0,
                0,
                "");
    }
}
