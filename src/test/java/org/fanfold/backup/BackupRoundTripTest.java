package org.fanfold.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.fanfold.FanfoldApplication;
import org.fanfold.accounts.Accounts;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkIndexer;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.Databases;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.testing.KeepLogLevels;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestDatabases;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A backup of a lived-in archive restored onto a new SQLite data directory and onto a new PostgreSQL database holds
 * every row of every table (ids included) and every uploaded file byte for byte; once the index is rebuilt its
 * works are found, and new rows get new ids.
 */
@SqliteTest
@ExtendWith(KeepLogLevels.class)
class BackupRoundTripTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    FanfoldProperties props;

    @TempDir
    Path temp;

    @Test
    void anArchiveComesBackWholeOnSqliteAndOnPostgres() throws Exception {
        ArchiveFixture.Made made = new ArchiveFixture(context, mvc).build();
        Map<String, List<String>> source = DatabaseContents.settled(context, dataSource);
        Path archive = temp.resolve("archive.zip");
        Manifest manifest = new Backup(dataSource, props.dataDir()).write(archive, Listener.NONE);

        assertThat(manifest.database()).isEqualTo("sqlite");
        assertThat(manifest.files()).extracting(Manifest.FileEntry::path).anyMatch(p -> p.startsWith("icons/pseuds/"));
        for (Manifest.TableEntry t : manifest.tables()) {
            assertThat(t.rows()).as(t.name()).isEqualTo(source.get(t.name()).size());
        }
        for (String table : List.of(
                "users",
                "pseuds",
                "works",
                "chapters",
                "tags",
                "meta_taggings",
                "parent_taggings",
                "series_works",
                "gifts",
                "collections",
                "collection_items",
                "related_works",
                "comments",
                "kudos",
                "bookmarks",
                "bookmark_tags",
                "subscriptions",
                "notices",
                "user_preferences",
                "readings")) {
            assertThat(source.get(table)).as(table).isNotEmpty();
        }

        var sqlite = new FanfoldProperties(temp.resolve("restored-sqlite"), null, null, null, null);
        restoreAndCompare(archive, sqlite, source, manifest, made);

        var postgres = new FanfoldProperties(
                temp.resolve("restored-postgres"), TestDatabases.newPostgresDatabase(), "postgres", "postgres", null);
        restoreAndCompare(archive, postgres, source, manifest, made);
    }

    private void restoreAndCompare(
            Path archive,
            FanfoldProperties target,
            Map<String, List<String>> source,
            Manifest manifest,
            ArchiveFixture.Made made)
            throws Exception {
        new Restore(target).load(archive, Listener.NONE);

        try (HikariDataSource restored = Databases.open(target)) {
            Map<String, List<String>> rows = DatabaseContents.read(restored);
            assertThat(rows.keySet()).isEqualTo(source.keySet());
            for (String table : source.keySet()) {
                assertThat(rows.get(table)).as("table " + table).isEqualTo(source.get(table));
            }
        }
        List<Path> files = DatabaseContents.files(props.dataDir());
        assertThat(DatabaseContents.files(target.dataDir())).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.mismatch(
                            props.dataDir().resolve(f), target.dataDir().resolve(f)))
                    .as(f.toString())
                    .isEqualTo(-1L);
        }

        try (ConfigurableApplicationContext app = start(target)) {
            app.getBean(WorkIndexer.class).rebuild(n -> {});
            SearchEngine search = app.getBean(SearchEngine.class);
            var signedIn = new SearchVisibility(true, false, null);
            for (int i = 0; i < made.postedWorkIds().size(); i++) {
                var hits = search.search(WorkQuery.builder(signedIn)
                        .text(made.postedTitles().get(i))
                        .build());
                assertThat(hits.ids())
                        .as(made.postedTitles().get(i))
                        .contains(made.postedWorkIds().get(i));
            }
            assertThat(search.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                                    .text(made.postedTitles().get(1))
                                    .build())
                            .ids())
                    .as("a restricted work stays restricted")
                    .doesNotContain(made.postedWorkIds().get(1));

            Accounts accounts = app.getBean(Accounts.class);
            var author = TestData.user(accounts);
            long next = app.getBean(WorkService.class)
                    .create(
                            accounts.defaultPseud(author.id()),
                            TestData.work("After the restore", "F", "x"),
                            List.of(TestData.chapter("new")),
                            WorkService.Mode.POST);
            assertThat(next).isEqualTo(manifest.sequences().get("works") + 1);
        }
    }

    private static ConfigurableApplicationContext start(FanfoldProperties target) {
        var app = new SpringApplication(FanfoldApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of(
                "--fanfold.data=" + target.dataDir(),
                "--fanfold.index.rebuild-at-start=false",
                "--logging.level.root=warn"));
        if (target.dbUrl() != null) {
            args.add("--fanfold.db-url=" + target.dbUrl());
            args.add("--fanfold.db-user=" + target.dbUser());
            args.add("--fanfold.db-password=" + target.dbPassword());
        }
        return app.run(args.toArray(String[]::new));
    }
}
