package org.fanfold.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fanfold.backup.BackupException;
import org.fanfold.backup.Listener;
import org.fanfold.backup.Manifest;
import org.fanfold.backup.Restore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup made by fanfold backup into an empty data directory and an empty database (SQLite in"
                    + " the data directory, or the PostgreSQL database FANFOLD_DB_URL names), whichever database the"
                    + " backup came from.",
            "A backup from an older Fanfold is migrated up; one from a newer Fanfold is refused. The search index is"
                    + " rebuilt at the end. A restore that fails leaves the target empty again."
        })
class RestoreCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Override
    public Integer call() {
        var restore = new Restore(data.settings());
        Manifest m;
        var listener = new RestoreProgress();
        try {
            m = restore.load(file, listener);
            listener.finish();
        } catch (BackupException e) {
            listener.finish();
            System.err.println("fanfold restore: " + e.getMessage());
            return 1;
        }
        String indexed;
        String schema;
        try (var context = data.start(false, Cli.NO_REBUILD_AT_START)) {
            MigrationInfo current = context.getBean(Flyway.class).info().current();
            schema = current == null ? m.schemaVersion() : current.getVersion().toString();
            indexed = Reindexing.run(context);
        } catch (RuntimeException e) {
            String reason = e.getMessage();
            try {
                restore.undo();
            } catch (BackupException cleanup) {
                reason += "; " + cleanup.getMessage();
            }
            System.err.println(
                    "fanfold restore: the restored archive could not start, so the restore was undone: " + reason);
            return 1;
        }
        System.out.printf(
                "Restored %d tables (%,d rows) and %d files from %s (made by Fanfold %s from %s at %s, schema version"
                        + " %s%s).%n",
                m.tables().size(),
                m.totalRows(),
                m.files().size(),
                file,
                m.fanfoldVersion(),
                m.database(),
                m.createdAt(),
                m.schemaVersion(),
                schema.equals(m.schemaVersion()) ? "" : ", migrated to " + schema);
        System.out.println(indexed);
        return 0;
    }

    /** A progress bar over the backup's rows, once its manifest is read. */
    private static final class RestoreProgress implements Listener {
        private @Nullable Progress bar;

        @Override
        public void started(Manifest manifest) {
            bar = new Progress("Restoring", manifest.totalRows());
        }

        @Override
        public void rows(long done) {
            if (bar != null) bar.update(done);
        }

        void finish() {
            if (bar != null) bar.finish();
        }
    }
}
