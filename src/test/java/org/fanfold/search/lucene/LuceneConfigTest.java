package org.fanfold.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fanfold.search.SearchEngine;
import org.fanfold.shared.FanfoldProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LuceneConfigTest {

    @TempDir
    Path data;

    @Test
    void theEngineLivesInTheDataDirectoryAndIsClosedWithTheContext() {
        new ApplicationContextRunner()
                .withBean(FanfoldProperties.class, () -> new FanfoldProperties(data, null, null, null, null))
                .withUserConfiguration(LuceneConfig.class)
                .run(context -> {
                    SearchEngine engine = context.getBean(SearchEngine.class);
                    assertThat(engine.writable()).isTrue();
                    assertThat(data.resolve("index")).isDirectory();
                });

        try (var reopened = new LuceneSearchEngine(data.resolve("index"))) {
            assertThat(reopened.writable())
                    .as("the context released the write lock")
                    .isTrue();
            assertThat(reopened.needsRebuild()).isFalse();
        }
    }
}
