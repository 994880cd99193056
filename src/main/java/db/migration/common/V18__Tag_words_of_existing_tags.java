package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.fanfold.tags.TagWords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code tag_words} (made by V17) with the words of the tags already there, split as {@link TagWords} splits
 * them (SQL alone cannot split names on SQLite): a Java migration, found by Flyway in the same location as the SQL
 * ones, in the same transaction as the rest of the migration. The tags are read in id order a chunk at a time and
 * their words appended to a staging table a thousand rows a statement, then copied into {@code tag_words} sorted, so
 * its index is written in order instead of a page at random per row. On PostgreSQL the table's foreign key to
 * {@code tags} is added last, checked in one pass rather than row by row (which took 50 of 108 s at a million works).
 */
public class V18__Tag_words_of_existing_tags extends BaseJavaMigration {

    /** Tags read at a time. */
    private static final int CHUNK = 10_000;

    /** Words written by one statement. */
    private static final int ROWS = 1_000;

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
            if (postgres) {
                s.execute("ALTER TABLE tag_words ADD FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE");
            }
        }
    }

    private static void stage(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement read =
                        c.prepareStatement("SELECT id, name_key FROM tags WHERE id > ? ORDER BY id LIMIT " + CHUNK);
                PreparedStatement write = c.prepareStatement(insert(ROWS))) {
            long after = 0;
            while (true) {
                read.setLong(1, after);
                int tags = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        tags++;
                        for (String word : TagWords.of(rs.getString(2))) rows.add(new Object[] {word, after});
                    }
                }
                while (rows.size() >= ROWS) write(write, rows.subList(0, ROWS));
                if (tags == 0) break;
            }
        }
        if (!rows.isEmpty()) {
            try (PreparedStatement last = c.prepareStatement(insert(rows.size()))) {
                write(last, rows);
            }
        }
    }

    /** Writes {@code rows} with {@code insert} (made for as many) and removes them from their list. */
    private static void write(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        int i = 1;
        for (Object[] row : rows) {
            insert.setString(i++, (String) row[0]);
            insert.setLong(i++, (Long) row[1]);
        }
        insert.executeUpdate();
        rows.clear();
    }

    private static String insert(int rows) {
        return "INSERT INTO tag_words_staged (word, tag_id) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?)"));
    }
}
