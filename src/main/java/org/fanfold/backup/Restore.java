package org.fanfold.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fanfold.shared.Databases;
import org.fanfold.shared.FanfoldProperties;
import org.springframework.util.FileSystemUtils;

/**
 * Brings a backup back into an empty data directory and an empty database (SQLite or PostgreSQL, whichever the
 * settings name, whichever the backup came from): the schema is created by Flyway up to the backup's version, the
 * rows go in table by table in foreign-key order, identity columns go on after the ids they had given, and the
 * files are put back. The search index is not part of it: the caller rebuilds it once the application runs on the
 * restored data (which also migrates an older backup's data up to this Fanfold's schema).
 *
 * <p>A restore that fails removes what it made — the tables it created, the files it wrote, the data directory if
 * it created it — so the target is left empty, ready for another try. Not thread-safe; one restore per target.
 */
public final class Restore {

    private final FanfoldProperties target;
    private final Path dataDir;
    private boolean dataDirExisted;
    private boolean databaseTouched;

    public Restore(FanfoldProperties target) {
        this.target = target;
        this.dataDir = target.dataDir().toAbsolutePath().normalize();
    }

    /**
     * Restores {@code archive} into the target.
     *
     * @return the backup's manifest
     * @throws BackupException when the archive is unreadable or damaged, newer than this Fanfold, or the target is
     *     not empty (nothing is touched then); or when loading fails, saying which table and row (the target is
     *     emptied again then)
     */
    public Manifest load(Path archive, Listener listener) {
        try (BackupArchive backup = BackupArchive.open(archive)) {
            Manifest manifest = backup.manifest;
            RestoreTarget.checkEmpty(target, dataDir);
            backup.verify();
            dataDirExisted = Files.exists(dataDir);
            listener.started(manifest);
            try {
                loadDatabase(backup, listener);
                restoreFiles(backup, listener);
            } catch (RuntimeException | SQLException | IOException e) {
                undo();
                if (e instanceof BackupException b) throw b;
                throw new BackupException("the restore failed: " + Backup.describe(e), e);
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupException("cannot read " + archive + ": " + e.getMessage(), e);
        }
    }

    private void loadDatabase(BackupArchive backup, Listener listener) throws SQLException, IOException {
        Manifest manifest = backup.manifest;
        try (HikariDataSource ds = Databases.open(target)) {
            RestoreTarget.checkDatabaseEmpty(ds, target);
            databaseTouched = true;
            RestoreTarget.migrate(ds, Databases.vendor(target), manifest);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                Dialect dialect = Dialect.of(c);
                List<Table> tables = Schema.read(c, dialect.schema(c));
                Map<String, Table> byName = tables.stream()
                        .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), Function.identity()));
                for (Manifest.TableEntry t : manifest.tables()) {
                    if (!byName.containsKey(t.name().toLowerCase(Locale.ROOT))) {
                        throw new BackupException("the backup has a table " + t.name() + " that schema version "
                                + manifest.schemaVersion() + " of this Fanfold lacks");
                    }
                }
                clear(c, tables);
                Map<String, Manifest.TableEntry> entries = manifest.tables().stream()
                        .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), Function.identity()));
                long[] done = {0};
                for (Table t : tables) {
                    Manifest.TableEntry entry = entries.get(t.name().toLowerCase(Locale.ROOT));
                    if (entry == null) continue;
                    long loaded;
                    try (var rows = backup.rows(entry)) {
                        loaded = new TableLoader(c, t, rows, dialect.sqlite()).load(n -> {
                            done[0] += n;
                            listener.rows(done[0]);
                        });
                    }
                    if (loaded != entry.rows()) {
                        throw new BackupException("the backup's table " + t.name() + " should hold " + entry.rows()
                                + " rows but " + loaded + " were read");
                    }
                    listener.table(t.name(), loaded);
                }
                dialect.restoreSequences(c, tables, manifest.sequences());
                c.commit();
            }
        }
    }

    /** Empties every table, children first: the migrations' own rows (the fixed tags) come back from the backup. */
    private static void clear(Connection c, List<Table> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Table t : tables.reversed()) s.executeUpdate("DELETE FROM " + Table.quote(t.name()));
        }
        c.commit();
    }

    private void restoreFiles(BackupArchive backup, Listener listener) throws IOException {
        for (Manifest.FileEntry f : backup.manifest.files()) {
            Path file = dataDir.resolve(BackupArchive.safePath(f.path())).normalize();
            if (!file.startsWith(dataDir)) {
                throw new BackupException("the backup names a file outside the data directory: " + f.path());
            }
            Files.createDirectories(file.getParent());
            MessageDigest sha = ZipSink.sha256();
            try (InputStream in = new DigestInputStream(backup.file(f), sha);
                    OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(f.sha256())) {
                throw new BackupException("the backup is damaged: files/" + f.path() + " does not match its checksum");
            }
            listener.file(f.path(), f.size());
        }
    }

    /**
     * Removes everything this restore made: the database's tables (or SQLite file) and the data directory's
     * contents (the directory too, if the restore created it). For a failure after {@link #load} succeeded, such
     * as the search index failing to build; call it once nothing has the database open.
     */
    public void undo() {
        if (databaseTouched) {
            if (target.usesSqlite()) {
                String url = target.dbUrl();
                if (url != null && !url.isBlank()) {
                    for (Path p : DataFiles.sqliteFiles(url)) deleteQuietly(p);
                }
            } else {
                dropTables();
            }
        }
        try {
            if (!dataDirExisted) {
                FileSystemUtils.deleteRecursively(dataDir);
            } else if (Files.isDirectory(dataDir)) {
                try (Stream<Path> children = Files.list(dataDir)) {
                    for (Path child : children.toList()) FileSystemUtils.deleteRecursively(child);
                }
            }
        } catch (IOException e) {
            throw new BackupException(
                    "the restore failed, and cleaning up " + dataDir + " failed too: " + e.getMessage()
                            + "; empty it by hand before trying again",
                    e);
        }
    }

    /** Drops every table of the schema: it held none before the restore, so all are the restore's. */
    private void dropTables() {
        try (HikariDataSource ds = Databases.open(target);
                Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            Dialect dialect = Dialect.of(c);
            for (String table : Schema.anyTables(c, dialect.schema(c))) {
                s.execute("DROP TABLE IF EXISTS " + Table.quote(table) + " CASCADE");
            }
        } catch (SQLException | RuntimeException e) {
            throw new BackupException(
                    "the restore failed, and removing its tables failed too: " + Backup.describe(e)
                            + "; drop the database's tables by hand before trying again",
                    e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the data directory's removal below reports what could not be removed
        }
    }
}
