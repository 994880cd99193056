package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fanfold.testing.KeepLogLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a person runs them, each starting its own application on a temporary data directory. */
@ExtendWith(KeepLogLevels.class)
class CliTest {

    @TempDir
    Path data;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path sample(String name) throws Exception {
        Path file = data.resolve(name);
        try (var in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void createsAnAdminImportsStoriesReportingEachFileAndReindexes() throws Exception {
        Path dir = data.resolve("archive");
        CliRun created =
                run("user", "create", "archivist", "--email", "a@example.com", "--admin", "--data", dir.toString());
        assertThat(created.code()).isZero();
        assertThat(created.out()).contains("Created admin archivist").contains("Password: ");

        Path bad = data.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0x80});
        CliRun imported = run(
                "import",
                "--as",
                "archivist",
                "--fandom",
                "Naruto",
                "--data",
                dir.toString(),
                sample("greatest-failure.txt").toString(),
                bad.toString(),
                sample("lanterns.txt").toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out()).contains("greatest-failure.txt -> /works/1").contains("lanterns.txt -> /works/2");
        assertThat(imported.err()).contains("bad.txt: error: the file is not UTF-8 text (line 2)");

        CliRun reindexed = run("reindex", "--data", dir.toString());
        assertThat(reindexed.code()).isZero();
        assertThat(reindexed.out()).contains("Indexed 2 works.");
    }

    @Test
    void aPasswordCanComeFromStandardInputAndBadLoginsAreExplained() {
        var oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("s3cret-pass\n".getBytes(StandardCharsets.UTF_8)));
            CliRun ok = run(
                    "user",
                    "create",
                    "reader_1",
                    "--email",
                    "r@example.com",
                    "--password-stdin",
                    "--data",
                    data.toString());
            assertThat(ok.code()).isZero();
            assertThat(ok.out()).doesNotContain("Password:");
        } finally {
            System.setIn(oldIn);
        }
        CliRun bad = run("user", "create", "x", "--email", "x@example.com", "--data", data.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("User name must be 3 to 40 characters");
    }

    @Test
    void importingAsAnUnknownAccountSaysSo() throws Exception {
        CliRun run = run(
                "import",
                "--as",
                "nobody",
                "--data",
                data.toString(),
                sample("lanterns.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no account called \"nobody\"");
    }

    @Test
    void generatesIntoAnEmptyDataDirectoryAndAddsOnlyWhenAskedTo() {
        Path dir = data.resolve("generated");
        CliRun first = run("generate", "--works", "40", "--seed", "3", "--data", dir.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out())
                .contains("Generated 40 works")
                .contains("Index rebuild:")
                .contains("Database size:");

        CliRun again = run("generate", "--works", "40", "--data", dir.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds 40 works").contains("--append");

        CliRun appended = run("generate", "--works", "10", "--seed", "4", "--append", "--data", dir.toString());
        assertThat(appended.code()).isZero();
        assertThat(appended.out()).contains("Generated 10 works").contains("(50 works)");
    }
}
