package org.fanfold.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fanfold.search.SearchEngine;
import org.fanfold.shared.FanfoldProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which engine the configuration picks, and how a bad OpenSearch setting fails the start. */
class OpenSearchConfigTest {

    @TempDir
    Path data;

    private String index;

    private ApplicationContextRunner runner() throws ClassNotFoundException {
        return new ApplicationContextRunner()
                .withBean(FanfoldProperties.class, () -> new FanfoldProperties(data, null, null, null, null))
                .withUserConfiguration(Class.forName("org.fanfold.search.lucene.LuceneConfig"), OpenSearchConfig.class);
    }

    @AfterEach
    void dropIndex() {
        if (index != null) TestOpenSearch.deleteIndex(index);
    }

    @Test
    @TestOpenSearch.Required
    void fanfoldSearchOpensearchPicksOpenSearchAndLuceneBacksOff() throws Exception {
        index = TestOpenSearch.uniqueIndex();
        runner().withPropertyValues(
                        "fanfold.search=opensearch",
                        "fanfold.opensearch-url=" + TestOpenSearch.url(),
                        "fanfold.opensearch-index=" + index)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean(SearchEngine.class).isInstanceOf(OpenSearchEngine.class);
                    assertThat(((OpenSearchEngine) context.getBean(SearchEngine.class)).index())
                            .isEqualTo(index);
                    assertThat(data.resolve("index")).doesNotExist();
                });
    }

    @Test
    void luceneIsTheDefaultAndTheExplicitChoice() throws Exception {
        runner().run(context ->
                assertThat(context).getBean(SearchEngine.class).isNotInstanceOf(OpenSearchEngine.class));
        runner().withPropertyValues("fanfold.search=lucene", "fanfold.opensearch-url=http://127.0.0.1:1")
                .run(context ->
                        assertThat(context).getBean(SearchEngine.class).isNotInstanceOf(OpenSearchEngine.class));
    }

    @Test
    void aMissingUrlFailsTheStartNamingTheSetting() throws Exception {
        runner().withPropertyValues("fanfold.search=opensearch")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasMessageContaining("fanfold.opensearch-url")
                        .hasMessageContaining("FANFOLD_OPENSEARCH_URL"));
    }

    @Test
    void aMalformedUrlFailsTheStartNamingTheSetting() throws Exception {
        runner().withPropertyValues("fanfold.search=opensearch", "fanfold.opensearch-url=localhost:9200")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasMessageContaining("localhost:9200")
                        .hasMessageContaining("FANFOLD_OPENSEARCH_URL"));
    }

    @Test
    void anUnreachableServerFailsTheStartNamingTheSetting() throws Exception {
        runner().withPropertyValues("fanfold.search=opensearch", "fanfold.opensearch-url=http://127.0.0.1:1")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasMessageContaining("http://127.0.0.1:1")
                        .hasMessageContaining("FANFOLD_OPENSEARCH_URL"));
    }
}
