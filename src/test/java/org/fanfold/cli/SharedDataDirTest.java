package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fanfold.FanfoldApplication;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkIndexer;
import org.fanfold.search.WorkQuery;
import org.fanfold.testing.KeepLogLevels;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two processes' worth of application on one data directory, as when the CLI runs beside the server: both write
 * at once without lock errors or lost writes, and only the first writes the search index, which then holds the
 * second one's works too.
 */
@ExtendWith(KeepLogLevels.class)
class SharedDataDirTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        var app = new SpringApplication(FanfoldApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run("--fanfold.data=" + data, "--logging.level.root=warn");
    }

    @Test
    void twoApplicationsOnOneDataDirectoryLoseNoWritesAndShareTheIndex() throws Exception {
        try (var server = start();
                var cli = start()) {
            assertThat(server.getBean(SearchEngine.class).writable()).isTrue();
            assertThat(cli.getBean(SearchEngine.class).writable()).isFalse();

            User a = TestData.user(server.getBean(Accounts.class));
            User b = TestData.user(cli.getBean(Accounts.class));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Long>> posts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                var context = i % 2 == 0 ? server : cli;
                User author = i % 2 == 0 ? a : b;
                int n = i;
                posts.add(pool.submit(() -> context.getBean(WorkService.class)
                        .create(
                                context.getBean(Accounts.class).defaultPseud(author.id()),
                                TestData.work("Concurrent " + n, "Shared Fandom", "tag" + n),
                                List.of(TestData.chapter("text " + n)),
                                WorkService.Mode.POST)));
            }
            for (Future<Long> f : posts) assertThat(f.get()).isPositive();
            pool.shutdown();

            long works = server.getBean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM works")
                    .query(Long.class)
                    .single();
            assertThat(works).isEqualTo(40);
            assertThat(cli.getBean(WorkIndexer.class).drain()).isZero();
            server.getBean(WorkIndexer.class).drain();
            var hits = server.getBean(SearchEngine.class)
                    .search(WorkQuery.builder(SearchVisibility.PUBLIC)
                            .text("Concurrent")
                            .build());
            assertThat(hits.total()).isEqualTo(40);
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        try (var first = start()) {
            User a = TestData.user(first.getBean(Accounts.class));
            for (int i = 0; i < 3; i++) {
                first.getBean(WorkService.class)
                        .create(
                                first.getBean(Accounts.class).defaultPseud(a.id()),
                                TestData.work("Survivor " + i, "F", "x"),
                                List.of(TestData.chapter("t")),
                                WorkService.Mode.POST);
            }
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(data.resolve("index"));
        try (var second = start()) {
            var hits = second.getBean(SearchEngine.class)
                    .search(WorkQuery.builder(SearchVisibility.PUBLIC)
                            .text("Survivor")
                            .build());
            assertThat(hits.total()).isEqualTo(3);
        }
    }
}
