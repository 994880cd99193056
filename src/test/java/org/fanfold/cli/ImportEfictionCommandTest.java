package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fanfold.testing.KeepLogLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code fanfold import-efiction} on the synthetic test archive, as a person runs it. */
@ExtendWith(KeepLogLevels.class)
class ImportEfictionCommandTest {

    @TempDir
    Path dir;

    /** The test archive (src/test/resources/efiction) copied into {@code dir}: its dump, with its story folder. */
    private Path archive() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/efiction/efiction.sql").toURI())
                .getParent();
        Path copy = dir.resolve("archive");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        return copy.resolve("efiction.sql");
    }

    @Test
    void importsAnArchiveAsTheFirstAdminReportsWhatItSkippedAndImportsNothingTwice() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("user", "create", "archivist", "--email", "a@example.com", "--admin", "--data", data)
                        .code())
                .isZero();
        Path dump = archive();

        CliRun first = CliRun.of("import-efiction", dump.toString(), "--data", data);
        assertThat(first.code()).as(first.out() + first.err()).isEqualTo(1); // a story was skipped
        assertThat(first.out())
                .contains("Import of Efiction Test:")
                .contains("Imported: 14 stories, 17 chapters, 4 authors, 3 series, 5 reviews")
                .contains("story 4 \"Email story\": it has no chapters");

        CliRun again = CliRun.of("import-efiction", dump.toString(), "--as", "archivist", "--data", data);
        assertThat(again.out())
                .contains("Imported: 0 stories, 0 chapters, 0 authors, 0 series, 0 reviews, 0 tags")
                .contains("Already imported before: 14 stories");

        CliRun missing = CliRun.of("import-efiction", dir.resolve("nope.sql").toString(), "--data", data);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("fanfold import-efiction: no file");
        CliRun nobody = CliRun.of("import-efiction", dump.toString(), "--as", "nobody", "--data", data);
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("no account called \"nobody\"");
    }
}
