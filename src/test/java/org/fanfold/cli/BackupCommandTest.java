package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.fanfold.backup.ArchiveEdits;
import org.fanfold.shared.Databases;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.testing.KeepLogLevels;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fanfold backup} and {@code fanfold restore} as a person runs them: a backup restores into a new data
 * directory with its index rebuilt; a target that is not empty, a backup from a newer Fanfold and a damaged one are
 * refused with a message and nothing written; a row the database refuses is named, and the target is left empty;
 * a backup of an older schema is migrated up after loading.
 */
@ExtendWith(KeepLogLevels.class)
class BackupCommandTest {

    @TempDir
    static Path shared;

    static Path source;
    static Path archive;

    @TempDir
    Path temp;

    @BeforeAll
    static void anArchiveWithTwoImportedWorksBackedUp() throws Exception {
        source = shared.resolve("source");
        assertThat(CliRun.of("user", "create", "archivist", "--email", "a@example.com", "--data", source.toString())
                        .code())
                .isZero();
        Path story = shared.resolve("lanterns.txt");
        Path other = shared.resolve("greatest-failure.txt");
        for (Path p : new Path[] {story, other}) {
            try (var in = BackupCommandTest.class.getResourceAsStream("/samples/" + p.getFileName())) {
                Files.write(p, in.readAllBytes());
            }
        }
        CliRun imported = CliRun.of(
                "import",
                "--as",
                "archivist",
                "--fandom",
                "Naruto",
                "--data",
                source.toString(),
                story.toString(),
                other.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        archive = shared.resolve("archive.zip");
        CliRun backup = CliRun.of("backup", archive.toString(), "--data", source.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out())
                .contains("Backed up ")
                .contains("of the sqlite database at schema version ")
                .contains(archive.toString());
        assertThat(backup.err()).containsPattern("works +2 rows");
    }

    @Test
    void aBackupRestoresIntoANewDataDirectoryWithItsIndexRebuilt() throws Exception {
        Path target = temp.resolve("restored");
        CliRun restore = CliRun.of("restore", archive.toString(), "--data", target.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored ").contains("from sqlite").contains("Indexed 2 works.");
        assertThat(target.resolve("index")).isDirectory();
        assertThat(count(target, "SELECT COUNT(*) FROM works")).isEqualTo(2);
        assertThat(count(target, "SELECT COUNT(*) FROM users WHERE login = 'archivist'"))
                .isEqualTo(1);

        CliRun again = CliRun.of("restore", archive.toString(), "--data", target.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err())
                .contains("the data directory " + target + " is not empty")
                .contains("fanfold.db");
        assertThat(count(target, "SELECT COUNT(*) FROM works")).isEqualTo(2);
    }

    @Test
    void aBackupNeverOverwritesAFileNorBacksUpADirectoryWithoutAnArchive() {
        CliRun exists = CliRun.of("backup", archive.toString(), "--data", source.toString());
        assertThat(exists.code()).isEqualTo(1);
        assertThat(exists.err()).contains(archive + " already exists");

        Path empty = temp.resolve("nothing-here");
        CliRun none = CliRun.of("backup", temp.resolve("x.zip").toString(), "--data", empty.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("there is no archive in " + empty);
        assertThat(empty).doesNotExist();
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Path target = Files.createDirectories(temp.resolve("used"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("restore", archive.toString(), "--data", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is not empty (it holds notes.txt)").contains("--data");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(target.resolve("fanfold.db")).doesNotExist();
    }

    @Test
    void backupsFromANewerFanfoldAndDamagedOnesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path newer = ArchiveEdits.manifest(archive, temp.resolve("newer.zip"), m -> m.put("schemaVersion", "999"));
        Path target = temp.resolve("target");
        CliRun refused = CliRun.of("restore", newer.toString(), "--data", target.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("made by a newer Fanfold").contains("schema version 999");
        assertThat(target).doesNotExist();

        Path damaged = ArchiveEdits.damage(archive, temp.resolve("damaged.zip"), "database/chapters.jsonl");
        CliRun broken = CliRun.of("restore", damaged.toString(), "--data", target.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("is damaged: database/chapters.jsonl does not match its checksum");
        assertThat(target).doesNotExist();

        Path notZip = Files.writeString(temp.resolve("notes.zip"), "not a zip");
        CliRun other = CliRun.of("restore", notZip.toString(), "--data", target.toString());
        assertThat(other.err()).contains("is not a Fanfold backup");
        assertThat(target).doesNotExist();
    }

    @Test
    void aRowTheDatabaseRefusesIsNamedAndTheTargetIsLeftEmpty() throws Exception {
        Path bad = ArchiveEdits.row(archive, temp.resolve("bad.zip"), "chapters", 2, "work_id", 999_999);
        Path target = temp.resolve("target");
        CliRun run = CliRun.of("restore", bad.toString(), "--data", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("restore failed at table chapters, row 2 (id 2)")
                .containsIgnoringCase("foreign key");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupFromAnOlderSchemaIsMigratedUpAfterLoading() throws Exception {
        Path old = temp.resolve("old");
        var settings = new FanfoldProperties(old, null, null, null, null);
        try (var ds = Databases.open(settings)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                    .target("10")
                    .load()
                    .migrate();
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO users (login, login_key, email, email_key, password_hash, created_at)"
                        + " VALUES ('elder', 'elder', 'e@example.com', 'e@example.com', '{noop}x', 1)");
            }
        }
        Path oldArchive = temp.resolve("old.zip");
        assertThat(CliRun.of("backup", oldArchive.toString(), "--data", old.toString())
                        .code())
                .isZero();

        Path target = temp.resolve("upgraded");
        CliRun restore = CliRun.of("restore", oldArchive.toString(), "--data", target.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("schema version 10, migrated to ");
        assertThat(count(target, "SELECT COUNT(*) FROM users WHERE login = 'elder'"))
                .isEqualTo(1);
        assertThat(count(target, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '12'"))
                .isEqualTo(1);
    }

    private static long count(Path dataDir, String sql) throws Exception {
        try (var ds = Databases.open(new FanfoldProperties(dataDir, null, null, null, null));
                Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
