package org.fanfold.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.importing.efiction.EfictionImporter;
import org.fanfold.importing.efiction.EfictionOptions;
import org.fanfold.importing.efiction.ImportReport;
import org.fanfold.search.WorkIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import-efiction",
        mixinStandardHelpOptions = true,
        description = {
            "Import a whole eFiction archive from its MySQL dump, as AO3's Open Doors does.",
            "Each story becomes a posted work with its chapters, tags, series and reviews, credited to its author by",
            "name and archived by an account; authors claim their works later with their e-mail address.",
            "Ends with a report: what was imported, and each item skipped with the reason.",
            "Running it again imports only what is not there yet. Exits 1 if anything was skipped."
        })
class ImportEfictionCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Parameters(
            paramLabel = "DUMP.sql",
            description = "The archive's MySQL dump (mysqldump, phpMyAdmin or eFiction's own backup).")
    Path dump;

    @Option(
            names = "--stories",
            paramLabel = "DIR",
            description = "The story files ({uid}/{chapid}.txt), a folder or a zip (default: the stories folder beside"
                    + " the dump, if any).")
    Path stories;

    @Option(
            names = "--prefix",
            paramLabel = "PREFIX",
            description = "The tables' prefix (default: fanfiction_, or the one the dump has).")
    String prefix;

    @Option(
            names = "--as",
            paramLabel = "ARCHIVIST",
            description = "The account the works are archived by (default: the first admin).")
    String as;

    @Option(
            names = "--fandom",
            paramLabel = "NAME",
            description = "The fandom for stories in no category (without it they are skipped).")
    String fandom;

    @Option(
            names = "--archive-id",
            paramLabel = "ID",
            description = "What identifies the archive between imports (default: its address from its settings).")
    String archiveId;

    @Option(names = "--dry-run", description = "Report what would be imported, writing nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(dump)) {
            System.err.println("fanfold import-efiction: no file " + dump);
            return 2;
        }
        if (stories != null && !Files.exists(stories)) {
            System.err.println("fanfold import-efiction: no folder or zip " + stories);
            return 2;
        }
        try (var context = data.start(false)) {
            Accounts accounts = context.getBean(Accounts.class);
            User archivist = as != null
                    ? accounts.byLogin(as).orElse(null)
                    : accounts.firstAdmin().orElse(null);
            if (archivist == null) {
                System.err.println(
                        as != null
                                ? "fanfold import-efiction: no account called \"" + as
                                        + "\" (create it with: fanfold user create)"
                                : "fanfold import-efiction: no admin to archive the works: name an account with --as LOGIN");
                return 2;
            }
            var options = new EfictionOptions(archivist, prefix, fandom, dryRun, archiveId);
            var progress = new Progress[1];
            ImportReport report = context.getBean(EfictionImporter.class)
                    .run(dump, stories, options, (done, total, line, ok) -> {
                        if (progress[0] == null) progress[0] = new Progress("Importing", total);
                        progress[0].update(done);
                    });
            if (progress[0] != null) progress[0].finish();
            report.lines().forEach(System.out::println);
            if (!dryRun) context.getBean(WorkIndexer.class).drain();
            if (report.fatal() != null) return 2;
            return report.hasFailures() ? 1 : 0;
        }
    }
}
