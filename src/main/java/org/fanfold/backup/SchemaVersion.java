package org.fanfold.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/** The Flyway schema version a database is at: its highest successful versioned migration. */
final class SchemaVersion {

    private SchemaVersion() {}

    /**
     * @throws BackupException when the database has no Flyway history: it holds no Fanfold archive
     */
    static MigrationVersion of(Connection connection) throws SQLException {
        MigrationVersion highest = null;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM " + Schema.FLYWAY_HISTORY)) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || !rs.getBoolean(2)) continue;
                MigrationVersion v = MigrationVersion.fromVersion(version);
                if (highest == null || v.compareTo(highest) > 0) highest = v;
            }
        } catch (SQLException e) {
            if (noSuchTable(e)) throw noArchive();
            throw e;
        }
        if (highest == null) throw noArchive();
        return highest;
    }

    private static BackupException noArchive() {
        return new BackupException("the database holds no Fanfold archive (it has no schema history);"
                + " check --data and FANFOLD_DB_URL");
    }

    private static boolean noSuchTable(SQLException e) {
        @Nullable String state = e.getSQLState();
        String message = String.valueOf(e.getMessage());
        return "42P01".equals(state) || message.contains("no such table");
    }
}
