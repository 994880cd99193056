package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fanfold.testing.KeepLogLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code fanfold import} with AO3 downloads and EPUBs: one line per file, exit 1 when any failed. */
@ExtendWith(KeepLogLevels.class)
class ImportCommandTest {

    @TempDir
    Path data;

    private Path resource(String resource, String name) throws Exception {
        Path file = data.resolve(name);
        try (var in = getClass().getResourceAsStream("/" + resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void importsAnAo3DownloadAndReportsABrokenEpubOnItsOwnLine() throws Exception {
        Path dir = data.resolve("archive");
        assertThat(CliRun.of("user", "create", "archivist", "--email", "a@example.com", "--data", dir.toString())
                        .code())
                .isZero();
        Path html = resource("ao3/three-chapters.html", "Salt_and_Iron.html");
        Path notEpub = data.resolve("broken.epub");
        Files.writeString(notEpub, "this is not a zip");

        CliRun run =
                CliRun.of("import", "--as", "archivist", "--data", dir.toString(), html.toString(), notEpub.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(html + " -> /works/1");
        assertThat(run.err().lines()).contains(notEpub + ": error: not an EPUB: the file is not a zip archive");
    }
}
