package org.fanfold.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.importing.ImportService;
import org.fanfold.search.WorkIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import plain-text story files as posted works.",
            "Prints one line per file: FILE -> /works/ID, or FILE: error: REASON (line N).",
            "Exits 1 if any file failed; the others are imported all the same."
        })
class ImportCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Option(
            names = "--as",
            paramLabel = "LOGIN",
            description = "Post as this account (an archivist), crediting each file's author by name.")
    String as;

    @Option(names = "--fandom", paramLabel = "NAME", description = "The fandom for files that name none.")
    String fandom;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Story files (UTF-8 text).")
    List<Path> files;

    @Override
    public Integer call() {
        try (var context = data.start(false)) {
            User poster = null;
            if (as != null) {
                poster = context.getBean(Accounts.class).byLogin(as).orElse(null);
                if (poster == null) {
                    System.err.println(
                            "fanfold import: no account called \"" + as + "\" (create it with: fanfold user create)");
                    return 2;
                }
            }
            var options = new ImportService.Options(poster, fandom, poster != null);
            ImportService imports = context.getBean(ImportService.class);
            int failed = 0;
            for (Path file : files) {
                ImportService.Result result;
                try {
                    result = imports.importFile(file.toString(), Files.readAllBytes(file), options);
                } catch (IOException e) {
                    result = new ImportService.Result(file.toString(), null, "cannot read the file: " + e.getMessage());
                }
                if (!result.ok()) failed++;
                (result.ok() ? System.out : System.err).println(result.line());
            }
            context.getBean(WorkIndexer.class).drain();
            return failed == 0 ? 0 : 1;
        }
    }
}
