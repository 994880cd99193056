package org.fanfold.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Makes a backup of a running archive: its database as a logical dump read in one snapshot, and its uploaded files,
 * into one zip (the format is described in this module's {@code package-info}). Safe while the server reads and
 * writes: the dump sees the database as it was when the backup began, the files are copied while that snapshot is
 * open, and the archive file appears only once it is complete.
 */
public final class Backup {

    private final DataSource dataSource;
    private final Path dataDir;

    /**
     * @param dataSource the archive's database (the application's pool, or one opened for the command line)
     * @param dataDir the data directory whose files are backed up
     */
    public Backup(DataSource dataSource, Path dataDir) {
        this.dataSource = dataSource;
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * Writes a backup to {@code archive}, which must not exist yet.
     *
     * @return the manifest written into it
     * @throws BackupException when the file exists, the database holds no archive, or writing fails (no file is
     *     left behind then)
     */
    public Manifest write(Path archive, Listener listener) {
        Path target = archive.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new BackupException(target + " already exists; choose another file name, or move that file away");
        }
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(temp);
                    var zip = new ZipSink(out)) {
                manifest = write(zip, Set.of(target, temp), listener);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (BackupException e) {
            throw e;
        } catch (Exception e) {
            throw new BackupException("the backup failed: " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is all that remains; it is never taken for a backup
                }
            }
        }
    }

    private Manifest write(ZipSink zip, Set<Path> leaveOut, Listener listener) throws Exception {
        try (Connection c = Dialect.openSnapshot(dataSource)) {
            Dialect dialect = Dialect.of(c);
            // The first read fixes the snapshot every later read in this transaction sees.
            MigrationVersion version = SchemaVersion.of(c);
            String createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            List<Table> tables = Schema.read(c, dialect.schema(c));
            List<Manifest.TableEntry> dumped = new ArrayList<>();
            for (Table t : tables) {
                String entry = "database/" + t.name() + ".jsonl";
                var written = zip.put(entry, out -> TableDump.write(c, t, dialect.sqlite(), out));
                dumped.add(new Manifest.TableEntry(t.name(), entry, written.value(), written.sha256()));
                listener.table(t.name(), written.value());
            }
            Map<String, Long> sequences = dialect.sequences(c, tables);

            Set<Path> skip = new HashSet<>(leaveOut);
            skip.addAll(DataFiles.sqliteFiles(c.getMetaData().getURL()));
            List<Manifest.FileEntry> files = new ArrayList<>();
            for (Path relative : DataFiles.list(dataDir, skip)) {
                String path = DataFiles.portable(relative);
                InputStream in;
                try {
                    in = Files.newInputStream(dataDir.resolve(relative));
                } catch (NoSuchFileException gone) {
                    continue; // deleted since the listing: it is not part of the archive any more
                }
                try (in) {
                    var written = zip.put("files/" + path, in::transferTo);
                    files.add(new Manifest.FileEntry(path, written.size(), written.sha256()));
                    listener.file(path, written.size());
                }
            }
            var manifest = new Manifest(
                    Manifest.FORMAT,
                    fanfoldVersion(),
                    version.getVersion(),
                    dialect.kind,
                    createdAt,
                    dumped,
                    sequences,
                    files);
            zip.put(Manifest.ENTRY, out -> {
                manifest.write(out);
                return null;
            });
            c.rollback(); // read only: nothing to keep
            return manifest;
        }
    }

    /** This Fanfold's version, from the jar's manifest ("unknown" when run from classes, as in tests). */
    static String fanfoldVersion() {
        String v = Backup.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "unknown" : v;
    }

    /** The message that says what went wrong: for a failed JDBC batch, the statement's own error. */
    static String describe(Throwable e) {
        if (e instanceof SQLException sql) {
            SQLException next = sql.getNextException();
            if (next != null && next.getMessage() != null) return next.getMessage();
            if (sql.getMessage() != null) return sql.getMessage();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
