package org.fanfold.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.testing.TestData;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Backups taken while another thread posts and deletes works are each one consistent snapshot: every chapter,
 * credit and tagging belongs to a work in the same backup, each work's chapter and word counts match its chapters
 * there, and the manifest counts what the backup holds. Runs on each database.
 */
abstract class OnlineBackupContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    FanfoldProperties props;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileWorksArePostedAndDeletedIsOneSnapshot() throws Exception {
        User author = TestData.user(accounts);
        var pseud = accounts.defaultPseud(author.id());
        var viewer = TestData.viewer(author);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            List<Long> mine = new ArrayList<>();
            try {
                for (int i = 0; !stop.get(); i++) {
                    List<ChapterInput> chapters = new ArrayList<>();
                    for (int c = 0; c <= i % 3; c++) chapters.add(TestData.chapter("Chapter " + c + " of work " + i));
                    mine.add(works.create(
                            pseud,
                            TestData.work("Online " + i, "Online Fandom", "tag " + i % 5),
                            chapters,
                            WorkService.Mode.POST));
                    if (i % 3 == 2) works.delete(mine.removeFirst(), viewer);
                    written.incrementAndGet();
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        try {
            while (written.get() < 5 && failed.get() == null) Thread.sleep(20);
            int before = written.get();
            for (int k = 0; k < 4; k++) {
                Path archive = temp.resolve("online-" + k + ".zip");
                Manifest manifest = new Backup(dataSource, props.dataDir()).write(archive, Listener.NONE);
                assertConsistent(archive, manifest);
            }
            assertThat(written.get())
                    .as("the writer went on during the backups")
                    .isGreaterThan(before);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failed.get()).isNull();
    }

    private static void assertConsistent(Path archive, Manifest manifest) throws Exception {
        try (BackupArchive backup = BackupArchive.open(archive)) {
            backup.verify();
            Map<String, List<Map<String, JsonNode>>> tables = new HashMap<>();
            for (String name : List.of("works", "chapters", "creatorships", "work_tags")) {
                tables.put(name, rows(backup, manifest, name));
            }
            Set<Long> workIds = new HashSet<>();
            Map<Long, long[]> counted = new HashMap<>();
            for (var w : tables.get("works")) {
                workIds.add(w.get("id").longValue());
                counted.put(w.get("id").longValue(), new long[2]);
            }
            for (var c : tables.get("chapters")) {
                long work = c.get("work_id").longValue();
                assertThat(workIds).as("the work of chapter " + c.get("id")).contains(work);
                if (c.get("posted").longValue() == 1) {
                    counted.get(work)[0]++;
                    counted.get(work)[1] += c.get("word_count").longValue();
                }
            }
            for (String child : List.of("creatorships", "work_tags")) {
                for (var r : tables.get(child))
                    assertThat(workIds).as(child).contains(r.get("work_id").longValue());
            }
            for (var w : tables.get("works")) {
                long[] n = counted.get(w.get("id").longValue());
                assertThat(w.get("chapter_count").longValue())
                        .as("chapters of work " + w.get("id"))
                        .isEqualTo(n[0]);
                assertThat(w.get("word_count").longValue())
                        .as("words of work " + w.get("id"))
                        .isEqualTo(n[1]);
            }
        }
    }

    private static List<Map<String, JsonNode>> rows(BackupArchive backup, Manifest manifest, String table)
            throws Exception {
        Manifest.TableEntry entry = manifest.tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow();
        List<Map<String, JsonNode>> out = new ArrayList<>();
        try (var rows = backup.rows(entry)) {
            BackupArchive.Rows.Row row;
            while ((row = rows.next()) != null) {
                Map<String, JsonNode> byName = new HashMap<>();
                for (int i = 0; i < rows.columns.size(); i++)
                    byName.put(rows.columns.get(i), row.values().get(i));
                out.add(byName);
            }
        }
        assertThat(out).as("rows of " + table).hasSize((int) entry.rows());
        return out;
    }
}
