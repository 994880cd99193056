package org.fanfold.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What differs between SQLite and PostgreSQL for a backup: how a snapshot is opened, which schema holds the tables,
 * and how identity columns remember the last id they gave (SQLite's {@code sqlite_sequence}, PostgreSQL's
 * sequences). Ids of deleted rows are never handed out again after a restore, as before it: a bookmark of a deleted
 * work keeps the work's id, and must not come to point at a new work.
 */
enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    /** The name in the manifest, the same as Flyway's migration folder for it. */
    final String kind;

    Dialect(String kind) {
        this.kind = kind;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("sqlite")) return SQLITE;
        if (product.contains("postgres")) return POSTGRESQL;
        throw new BackupException("backups support SQLite and PostgreSQL, not " + product);
    }

    boolean sqlite() {
        return this == SQLITE;
    }

    /** The schema the archive's tables are in: none for SQLite, the current one for PostgreSQL. */
    @Nullable
    String schema(Connection connection) throws SQLException {
        if (sqlite()) return null;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * A connection in a read-only transaction that sees one snapshot of the database until it is closed.
     *
     * <p>SQLite: a connection of its own, outside the pool, whose transactions are DEFERRED (the pool's are
     * IMMEDIATE, which would take the write lock and stop the server writing for the whole backup); its first read
     * starts the snapshot, which WAL keeps while writers go on. PostgreSQL: a pooled connection in a REPEATABLE READ
     * READ ONLY transaction, whose first query fixes the snapshot.
     */
    static Connection openSnapshot(DataSource dataSource) throws SQLException {
        Dialect dialect;
        String url;
        try (Connection probe = dataSource.getConnection()) {
            dialect = of(probe);
            url = probe.getMetaData().getURL();
        }
        Connection c;
        if (dialect.sqlite()) {
            var props = new Properties();
            props.setProperty("busy_timeout", "30000");
            props.setProperty("transaction_mode", "DEFERRED");
            props.setProperty("date_class", "INTEGER");
            c = DriverManager.getConnection(url, props);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = ON");
            }
            c.setAutoCommit(false);
        } else {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
        }
        return c;
    }

    /** The last id each table's identity column has handed out, by table. */
    Map<String, Long> sequences(Connection connection, List<Table> tables) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (sqlite()) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence ORDER BY name")) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("no such table")) throw e;
            }
            return out;
        }
        for (Table t : tables) {
            String column = identityColumn(connection, t.name());
            if (column == null) continue;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence(?, ?) AS regclass))")) {
                ps.setString(1, Table.quote(t.name()));
                ps.setString(2, column);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long last = rs.getLong(1);
                        if (!rs.wasNull()) out.put(t.name(), last);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Sets each identity column to go on after {@code saved} (or after the highest id present, if higher); a table
     * without a saved value goes on after its highest id.
     */
    void restoreSequences(Connection connection, List<Table> tables, Map<String, Long> saved) throws SQLException {
        for (Table t : tables) {
            if (sqlite()) {
                if (!autoincrement(connection, t.name())) continue;
            } else if (identityColumn(connection, t.name()) == null) {
                continue;
            }
            String id = t.integerId().orElse(null);
            if (id == null) continue;
            long last = Math.max(saved.getOrDefault(t.name(), 0L), maxId(connection, t, id));
            if (last <= 0) continue;
            if (sqlite()) {
                try (PreparedStatement up =
                        connection.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")) {
                    up.setLong(1, last);
                    up.setString(2, t.name());
                    if (up.executeUpdate() == 0) {
                        try (PreparedStatement in =
                                connection.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                            in.setString(1, t.name());
                            in.setLong(2, last);
                            in.executeUpdate();
                        }
                    }
                }
            } else {
                try (PreparedStatement ps =
                        connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, true)")) {
                    ps.setString(1, Table.quote(t.name()));
                    ps.setString(2, identityColumn(connection, t.name()));
                    ps.setLong(3, last);
                    ps.executeQuery().close();
                }
            }
        }
    }

    private static long maxId(Connection connection, Table t, String id) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COALESCE(MAX(" + Table.quote(id) + "), 0) FROM " + Table.quote(t.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean autoincrement(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        && rs.getString(1) != null
                        && rs.getString(1).toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
            }
        }
    }

    private static @Nullable String identityColumn(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ?"
                + " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
