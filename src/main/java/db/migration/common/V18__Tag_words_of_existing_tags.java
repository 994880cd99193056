package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.fanfold.tags.TagWords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code tag_words} (made by V17) with the words of the tags already there, split as {@link TagWords} splits
 * them (SQL alone cannot split names on SQLite): a Java migration, found by Flyway in the same location as the SQL
 * ones, in the same transaction as the rest of the migration. The tags are read in id order a chunk at a time and
 * their words appended to a staging table, then copied into {@code tag_words} sorted, so its index is written in
 * order instead of a page at random per row: about a minute for the two million tags of a million works.
 */
public class V18__Tag_words_of_existing_tags extends BaseJavaMigration {

    private static final int CHUNK = 10_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE tag_words_staged (word VARCHAR(150) NOT NULL, tag_id BIGINT NOT NULL)");
            stage(c);
            // the order tag_words keeps: code points (PostgreSQL's "C"; SQLite's binary collation is that already)
            s.executeUpdate("INSERT INTO tag_words (word, tag_id) SELECT word, tag_id FROM tag_words_staged ORDER BY"
                    + (postgres ? " word COLLATE \"C\", tag_id" : " word, tag_id"));
            s.execute("DROP TABLE tag_words_staged");
        }
    }

    private static void stage(Connection c) throws SQLException {
        try (PreparedStatement read =
                        c.prepareStatement("SELECT id, name_key FROM tags WHERE id > ? ORDER BY id LIMIT " + CHUNK);
                PreparedStatement write =
                        c.prepareStatement("INSERT INTO tag_words_staged (word, tag_id) VALUES (?, ?)")) {
            long after = 0;
            while (true) {
                read.setLong(1, after);
                int tags = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        tags++;
                        for (String word : TagWords.of(rs.getString(2))) {
                            write.setString(1, word);
                            write.setLong(2, after);
                            write.addBatch();
                        }
                    }
                }
                if (tags == 0) return;
                write.executeBatch();
            }
        }
    }
}
