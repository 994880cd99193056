package org.fanfold.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fanfold.backup.Backup;
import org.fanfold.backup.BackupException;
import org.fanfold.backup.Listener;
import org.fanfold.backup.Manifest;
import org.fanfold.shared.Databases;
import org.fanfold.shared.FanfoldProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Back up the archive into FILE (a zip): every table of the database, read in one snapshot, and the"
                    + " uploaded files of the data directory (pseud icons, fonts…), with a manifest.",
            "Safe while the server runs and writes. The search index and the downloads cache are left out: they are"
                    + " remade. Restore with: fanfold restore FILE --data NEW_DIR"
        })
class BackupCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The backup file to write; it must not exist yet.")
    Path file;

    @Override
    public Integer call() {
        FanfoldProperties settings = data.settings();
        Path dir = settings.dataDir();
        String url = settings.dbUrl();
        if (settings.usesSqlite() && (url == null || url.isBlank()) && !Files.exists(dir.resolve("fanfold.db"))) {
            System.err.println("fanfold backup: there is no archive in " + dir + " (no fanfold.db); check --data");
            return 1;
        }
        try (var ds = Databases.open(settings)) {
            Manifest m = new Backup(ds, dir).write(file, new Listener() {
                @Override
                public void table(String name, long rows) {
                    System.err.printf("  %-28s %,12d rows%n", name, rows);
                }
            });
            System.out.printf(
                    "Backed up %d tables (%,d rows) and %d files (%s) of the %s database at schema version %s"
                            + " into %s (%s).%n",
                    m.tables().size(),
                    m.totalRows(),
                    m.files().size(),
                    Sizes.of(m.totalFileBytes()),
                    m.database(),
                    m.schemaVersion(),
                    file,
                    Sizes.of(Files.size(file)));
            return 0;
        } catch (BackupException e) {
            System.err.println("fanfold backup: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("fanfold backup: " + e.getMessage());
            return 1;
        }
    }
}
