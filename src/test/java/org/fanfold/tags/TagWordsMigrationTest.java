package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fanfold.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;

/**
 * Migration V18 gives the tags of an archive made before {@code tag_words} their words, on both databases, and leaves
 * the table's foreign key in place.
 */
class TagWordsMigrationTest {

    /** More than the migration reads at a time, so it reads several chunks. */
    private static final int TAGS = 12_345;

    @Test
    void anSqliteArchivesTagsGetTheirWords(@TempDir Path dir) throws SQLException {
        var sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("fanfold.db"));
        migrate(sqlite, "sqlite");
    }

    @Test
    void aPostgresArchivesTagsGetTheirWords() throws SQLException {
        var pg = new PGSimpleDataSource();
        pg.setUrl(TestDatabases.newPostgresDatabase());
        pg.setUser("postgres");
        pg.setPassword("postgres");
        migrate(pg, "postgresql");
    }

    private static void migrate(DataSource ds, String vendor) throws SQLException {
        var flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        flyway.target("17").load().migrate();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TAGS; i++) {
            String name = switch (i % 4) {
                case 0 -> "Harry Potter/Draco Malfoy " + i;
                case 1 -> "Sherlock (TV) \"Fix-It\" " + i;
                case 2 -> "火影忍者 - ナルト " + i;
                default -> "Élodie's Straße 😀 the the " + i;
            };
            rows.add(new Object[] {name, TagNames.key(name), "Freeform", i});
        }
        new TransactionTemplate(new DataSourceTransactionManager(ds))
                .executeWithoutResult(tx -> new JdbcTemplate(ds)
                        .batchUpdate(
                                "INSERT INTO tags (name, name_key, type, canonical, created_at) VALUES (?, ?, ?, 0, ?)",
                                rows));

        flyway.target("latest").load().migrate();

        try (var connection = ds.getConnection();
                var keys = connection.getMetaData().getImportedKeys(null, null, "tag_words")) {
            assertThat(keys.next()).as("a foreign key").isTrue();
            assertThat(keys.getString("PKTABLE_NAME")).isEqualTo("tags");
        }
        JdbcClient jdbc = JdbcClient.create(ds);
        assertThat(StoredTagWords.wrong(jdbc)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tag_words WHERE word = 'ナルト'")
                        .query(Long.class)
                        .single())
                .isEqualTo(rows.stream()
                        .filter(r -> r[0].toString().contains("ナルト"))
                        .count());
    }
}
