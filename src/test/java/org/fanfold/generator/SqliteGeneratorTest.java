package org.fanfold.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanfold.shared.WordCounter;
import org.fanfold.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class SqliteGeneratorTest extends GeneratorContract {

    @Override
    ApplicationContextInitializer<ConfigurableApplicationContext> database() {
        return new TestDatabases.Sqlite();
    }

    @Test
    void generatedProseHasTheWordCountsTheRowsClaim() {
        try (var context = start()) {
            var generated = context.getBean(Generator.class).generate(new Generator.Options(100, 3, 400), n -> {});
            var jdbc = jdbc(context);
            var bodies = jdbc.sql("SELECT body, word_count FROM chapters")
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                    .list();
            assertThat(bodies).hasSize((int) generated.chapters());
            for (Object[] b : bodies)
                assertThat(WordCounter.countHtml((String) b[0])).isEqualTo(b[1]);
            long average = jdbc.sql("SELECT AVG(word_count) FROM works")
                    .query(Long.class)
                    .single();
            assertThat(average).isBetween(300L, 500L);
        }
    }
}
