package org.fanfold.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.fanfold.shared.FanfoldProperties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** The checks and the schema a restore's target needs before any row goes in. */
final class RestoreTarget {

    private RestoreTarget() {}

    /**
     * @throws BackupException when the data directory holds anything, or the SQLite file named by
     *     {@code FANFOLD_DB_URL} outside it already exists
     */
    static void checkEmpty(FanfoldProperties target, Path dataDir) {
        if (Files.exists(dataDir)) {
            if (!Files.isDirectory(dataDir)) throw new BackupException(dataDir + " is a file, not a data directory");
            List<String> names;
            try (Stream<Path> children = Files.list(dataDir)) {
                names = children.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new BackupException("cannot read the data directory " + dataDir + ": " + e.getMessage(), e);
            }
            if (!names.isEmpty()) {
                throw new BackupException("the data directory " + dataDir + " is not empty (it holds " + list(names)
                        + "); restore needs a new or empty one: give another --data DIR");
            }
        }
        String url = target.dbUrl();
        if (target.usesSqlite() && url != null && !url.isBlank()) {
            for (Path p : DataFiles.sqliteFiles(url)) {
                try {
                    if (Files.exists(p) && Files.size(p) > 0) {
                        throw new BackupException("the database file " + p + " already exists; restore needs a new"
                                + " database: change FANFOLD_DB_URL or move that file away");
                    }
                } catch (IOException e) {
                    throw new BackupException("cannot read " + p + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * @throws BackupException when the database cannot be reached or already has tables
     */
    static void checkDatabaseEmpty(DataSource ds, FanfoldProperties target) {
        try (Connection c = ds.getConnection()) {
            Dialect dialect = Dialect.of(c);
            List<String> tables = Schema.anyTables(c, dialect.schema(c));
            if (!tables.isEmpty()) {
                throw new BackupException("the database " + c.getMetaData().getURL() + " is not empty (it has the"
                        + " tables " + list(tables) + "); restore needs an empty database");
            }
        } catch (SQLException e) {
            throw new BackupException(
                    "cannot reach the database " + (target.usesSqlite() ? "" : target.dbUrl() + " ")
                            + "to restore into: " + Backup.describe(e),
                    e);
        }
    }

    /**
     * Creates the schema as it was at the backup's version.
     *
     * @throws BackupException when the backup is of a schema newer than this Fanfold knows, or of a version it
     *     never had
     */
    static void migrate(DataSource ds, String vendor, Manifest manifest) {
        MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
        var config = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        List<MigrationVersion> known = Arrays.stream(config.load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        MigrationVersion latest = known.isEmpty() ? MigrationVersion.EMPTY : known.getLast();
        if (wanted.compareTo(latest) > 0) {
            throw new BackupException("the backup was made by a newer Fanfold (" + manifest.fanfoldVersion()
                    + ", schema version " + wanted + "); this one knows schema versions up to " + latest
                    + ": restore it with that Fanfold or a newer one");
        }
        if (!known.contains(wanted)) {
            throw new BackupException("the backup's schema version " + wanted + " is not one this Fanfold has;"
                    + " restore it with the Fanfold that made it (" + manifest.fanfoldVersion() + ")");
        }
        config.target(wanted).load().migrate();
    }

    private static String list(List<String> names) {
        if (names.size() <= 5) return String.join(", ", names);
        return String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}
