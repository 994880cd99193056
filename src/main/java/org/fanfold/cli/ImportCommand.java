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
            "Import story files as posted works: AO3 HTML and EPUB downloads, EPUB e-books, plain text.",
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

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Story files: .html or .epub (AO3 downloads, other EPUBs) or .txt (UTF-8 text).")
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
                    result = Files.size(file) > ImportService.MAX_FILE_MB * 1024L * 1024L
                            ? ImportService.Result.failed(
                                    file.toString(),
                                    "the file is larger than " + ImportService.MAX_FILE_MB + " MB; refused")
                            : imports.importFile(file.toString(), Files.readAllBytes(file), options);
                } catch (IOException e) {
                    result = ImportService.Result.failed(file.toString(), "cannot read the file: " + e.getMessage());
                }
                if (!result.ok()) failed++;
                (result.ok() ? System.out : System.err).println(result.line());
            }
            context.getBean(WorkIndexer.class).drain();
            return failed == 0 ? 0 : 1;
        }
    }
}
