package org.fanfold.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.testing.PostgresTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestDatabases;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restoring into PostgreSQL: a database that already has tables is refused and left as it was; a restore that
 * fails on a row says which, and drops every table it made, so the database is empty again.
 */
@PostgresTest
class RestoreIntoPostgresTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    FanfoldProperties props;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @TempDir
    Path temp;

    private Path backup() {
        User author = TestData.user(accounts);
        works.create(
                accounts.defaultPseud(author.id()),
                TestData.work("Backed up on PostgreSQL", "F", "x"),
                List.of(TestData.chapter("one"), TestData.chapter("two")),
                WorkService.Mode.POST);
        Path archive = temp.resolve("pg.zip");
        Manifest m = new Backup(dataSource, props.dataDir()).write(archive, Listener.NONE);
        assertThat(m.database()).isEqualTo("postgresql");
        return archive;
    }

    @Test
    void aDatabaseWithTablesIsRefusedAndKeepsThem() throws Exception {
        Path archive = backup();
        long before = tables(props.dbUrl()).size();
        var target =
                new FanfoldProperties(temp.resolve("data"), props.dbUrl(), props.dbUser(), props.dbPassword(), null);
        assertThatThrownBy(() -> new Restore(target).load(archive, Listener.NONE))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("is not empty (it has the tables ")
                .hasMessageContaining("restore needs an empty database");
        assertThat(tables(props.dbUrl())).hasSize((int) before);
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aFailedRestoreNamesTheRowAndDropsWhatItMade() throws Exception {
        Path archive = backup();
        Path bad = ArchiveEdits.row(archive, temp.resolve("bad.zip"), "chapters", 1, "work_id", 987_654_321);
        String url = TestDatabases.newPostgresDatabase();
        var target = new FanfoldProperties(temp.resolve("data"), url, "postgres", "postgres", null);
        assertThatThrownBy(() -> new Restore(target).load(bad, Listener.NONE))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("restore failed at table chapters, row 1 (id ")
                .hasMessageContaining("foreign key");
        assertThat(tables(url)).isEmpty();
        assertThat(temp.resolve("data")).doesNotExist();

        new Restore(target).load(archive, Listener.NONE);
        assertThat(tables(url)).contains("works", "chapters", "flyway_schema_history");
    }

    private static List<String> tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            var out = new java.util.ArrayList<String>();
            while (rs.next()) out.add(rs.getString("TABLE_NAME"));
            return out;
        }
    }
}
