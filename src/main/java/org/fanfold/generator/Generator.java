package org.fanfold.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import org.fanfold.search.IndexQueue;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.tags.TagType;
import org.fanfold.tags.TagWords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with synthetic users and posted works, for development and benchmarks. A dev/bench tool: it
 * writes the works tables directly, in JDBC batches of about 2,000 works per transaction, instead of going through
 * {@code WorkService} (which writes row by row), but writes exactly the rows the service would: creatorships,
 * chapters whose word counts sum to the work's, tags (created on first use, ids kept in memory; with their words
 * for the tag search) including the rating, warnings and categories, {@code posted = 1}, dates and consistent
 * chapter counts. It writes no outbox rows; {@link #index} rebuilds the search index once at the end (or asks the
 * server owning it to reindex everything).
 *
 * <p>Every user it makes has the password {@code password} and a default pseud named after the login. The same
 * seed on an empty database gives the same rows. Planning the next batch overlaps with writing the last one. Not
 * meant to run twice at once.
 */
@Component
public class Generator {

    /**
     * What to generate.
     *
     * @param works how many works (at least 1)
     * @param seed the random seed: the same seed gives the same archive
     * @param bodies average words of generated prose per work, or null for one-paragraph chapters whose word
     *     counts still follow the distribution
     */
    public record Options(int works, long seed, @Nullable Integer bodies) {
        public Options {
            if (works < 1) throw new IllegalArgumentException("--works must be at least 1, not " + works);
            if (bodies != null && bodies < 1)
                throw new IllegalArgumentException("--bodies must be at least 1, not " + bodies);
        }
    }

    /** What {@link #generate} wrote. */
    public record Written(long works, long users, long chapters, long newTags, long millis) {}

    /** What {@link #index} did: rebuilt the index with {@code works} works, or queued them for the server. */
    public record Indexed(long works, boolean queuedForServer, long millis) {}

    static final int BATCH = 2_000;
    private static final int USER_BATCH = 10_000;
    /** bcrypt of "password" with a fixed salt, so the same seed gives the same rows. */
    private static final String PASSWORD_SALT = "$2a$10$fanfoldgeneratorsalt.u";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FanfoldProperties props;
    private final SearchEngine engine;
    private final WorkIndexer indexer;
    private final IndexQueue queue;
    private final TagWords tagWords;

    Generator(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            FanfoldProperties props,
            SearchEngine engine,
            WorkIndexer indexer,
            IndexQueue queue,
            TagWords tagWords) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.props = props;
        this.engine = engine;
        this.indexer = indexer;
        this.queue = queue;
        this.tagWords = tagWords;
    }

    /** How many works the database holds already. */
    public long existingWorks() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM works", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Writes {@code options.works()} works and about one user per five works, reporting progress (works written so
     * far). Adds to whatever the database holds; tags that exist already are reused.
     */
    public Written generate(Options options, LongConsumer progress) {
        long started = System.nanoTime();
        int users = Math.max(10, options.works() / 5);
        long firstUser = maxId("users") + 1;
        long firstPseud = maxId("pseuds") + 1;
        long firstWork = maxId("works") + 1;
        long firstTag = maxId("tags") + 1;
        Map<String, Long> fixed = new HashMap<>();
        Map<String, Long> existing = new HashMap<>();
        Set<String> fixedKeys = new HashSet<>();
        jdbc.query("SELECT id, name, name_key, type FROM tags", rs -> {
            existing.put(rs.getString(3), rs.getLong(1));
            String type = rs.getString(4);
            if (type.equals("Rating") || type.equals("ArchiveWarning") || type.equals("Category")) {
                fixed.put(rs.getString(2), rs.getLong(1));
                fixedKeys.add(rs.getString(3));
            }
        });
        var tags = new TagRegistry(existing, fixedKeys, firstTag);
        for (String medium : Media.NAMES) tags.id(medium, TagType.MEDIA, Media.CREATED_AT);
        var settings = new Planner.Settings(options.works(), options.seed(), options.bodies(), users);
        var planner = new Planner(settings, tags, fixed, firstPseud);

        writeUsers(options.seed(), users, firstUser, firstPseud);
        long chapters = 0;
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "generator-writer"));
        try {
            Future<?> previous = null;
            for (int done = 0; done < options.works(); ) {
                int n = Math.min(BATCH, options.works() - done);
                List<WorkPlan> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) batch.add(planner.next(firstWork + done + i));
                List<TagRegistry.NewTag> newTags = tags.drain();
                for (WorkPlan w : batch) chapters += w.chapters().size();
                await(previous);
                done += n;
                long written = done;
                previous = writer.submit(() -> {
                    writeBatch(newTags, batch);
                    progress.accept(written);
                });
            }
            await(previous);
        } finally {
            writer.shutdown();
        }
        wrangle();
        if (!props.usesSqlite()) {
            for (String table : List.of("users", "pseuds", "tags", "works")) {
                jdbc.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM "
                        + table + "))");
            }
        }
        return new Written(
                options.works(), users, chapters, tags.created(firstTag), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Wrangles the generated tags as AO3's wranglers would have: fandoms, characters and relationships are canonical,
     * and so are the additional tags on at least five works; the long tail of one-off tags stays unwrangled (those
     * filter on themselves but are not offered in sidebars). AO3's media are canonical, and each fandom without a
     * medium is filed under one ({@link Media#of}), so the fandom pages ({@code /media}) have them.
     */
    private void wrangle() {
        jdbc.update(
                "UPDATE tags SET canonical = 1 WHERE canonical = 0 AND type IN ('Fandom', 'Character', 'Relationship')");
        jdbc.update("UPDATE tags SET canonical = 1 WHERE canonical = 0 AND type = 'Freeform' AND id IN"
                + " (SELECT tag_id FROM work_tags GROUP BY tag_id HAVING COUNT(*) >= 5)");
        Map<String, Long> media = new HashMap<>();
        for (String medium : Media.NAMES) {
            jdbc.update("UPDATE tags SET canonical = 1 WHERE type = 'Media' AND name = ?", medium);
            jdbc.query(
                    "SELECT id FROM tags WHERE type = 'Media' AND name = ?",
                    rs -> {
                        media.put(medium, rs.getLong(1));
                    },
                    medium);
        }
        List<Object[]> links = new ArrayList<>();
        jdbc.query(
                "SELECT t.id, t.name FROM tags t WHERE t.type = 'Fandom' AND NOT EXISTS (SELECT 1 FROM"
                        + " parent_taggings p JOIN tags m ON m.id = p.parent_id WHERE p.child_id = t.id"
                        + " AND m.type = 'Media') ORDER BY t.id",
                rs -> {
                    for (String medium : Media.of(rs.getString(2))) {
                        Long id = media.get(medium);
                        if (id != null) links.add(new Object[] {id, rs.getLong(1)});
                    }
                });
        jdbc.batchUpdate("INSERT INTO parent_taggings (parent_id, child_id) VALUES (?, ?)", links);
    }

    /**
     * Makes the search index match the database: rebuilds it here when this process may write it (reporting works
     * indexed so far), else queues every posted work for the server that owns it.
     */
    public Indexed index(LongConsumer progress) {
        long started = System.nanoTime();
        if (!engine.writable()) {
            long n = queue.enqueueAllPosted();
            return new Indexed(n, true, (System.nanoTime() - started) / 1_000_000);
        }
        long n = indexer.rebuild(progress);
        return new Indexed(n, false, (System.nanoTime() - started) / 1_000_000);
    }

    /** How many works a rebuild will index. */
    public long indexable() {
        return indexer.countIndexable();
    }

    private void writeUsers(long seed, int users, long firstUser, long firstPseud) {
        String hash = "{bcrypt}" + BCrypt.hashpw("password", PASSWORD_SALT);
        RandomGenerator r = Freeforms.random(seed, -1);
        for (int start = 0; start < users; start += USER_BATCH) {
            List<Object[]> userRows = new ArrayList<>();
            List<Object[]> pseudRows = new ArrayList<>();
            for (int i = start; i < Math.min(users, start + USER_BATCH); i++) {
                long id = firstUser + i;
                String login = Names.login(r, id);
                long created = Distributions.END - Distributions.SPAN - 86_400_000L * r.nextInt(3650);
                userRows.add(new Object[] {
                    id, login, login, login + "@example.invalid", login + "@example.invalid", hash, created
                });
                pseudRows.add(new Object[] {firstPseud + i, id, login, login, created});
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate(
                        "INSERT INTO users (id, login, login_key, email, email_key, password_hash, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        userRows);
                jdbc.batchUpdate(
                        "INSERT INTO pseuds (id, user_id, name, name_key, is_default, created_at)"
                                + " VALUES (?, ?, ?, ?, 1, ?)",
                        pseudRows);
            });
        }
    }

    private void writeBatch(List<TagRegistry.NewTag> newTags, List<WorkPlan> batch) {
        List<Object[]> tagRows = new ArrayList<>(newTags.size());
        Map<Long, String> tagKeys = new HashMap<>();
        for (var t : newTags) {
            tagRows.add(new Object[] {t.id(), t.name(), t.key(), t.type(), t.createdAt()});
            tagKeys.put(t.id(), t.key());
        }
        List<Object[]> works = new ArrayList<>(batch.size());
        List<Object[]> creators = new ArrayList<>();
        List<Object[]> chapters = new ArrayList<>();
        List<Object[]> workTags = new ArrayList<>();
        for (WorkPlan w : batch) {
            works.add(new Object[] {
                w.id(),
                w.title(),
                w.summary(),
                w.language(),
                w.expectedChapters(),
                w.restricted() ? 1 : 0,
                w.wordCount(),
                w.chapters().size(),
                w.stats().hits(),
                w.stats().kudos(),
                w.stats().comments(),
                w.stats().bookmarks(),
                w.publishedAt(),
                w.updatedAt(),
                w.publishedAt()
            });
            int position = 0;
            for (long p : w.pseudIds()) creators.add(new Object[] {w.id(), p, position++});
            for (var c : w.chapters()) {
                chapters.add(new Object[] {
                    w.id(), c.position(), c.body(), c.wordCount(), c.publishedAt(), c.publishedAt(), c.publishedAt()
                });
            }
            for (long t : w.tagIds()) workTags.add(new Object[] {w.id(), t});
        }
        tx.executeWithoutResult(s -> {
            if (props.usesSqlite()) jdbc.execute("PRAGMA cache_size = -262144");
            jdbc.batchUpdate(
                    "INSERT INTO tags (id, name, name_key, type, canonical, created_at) VALUES (?, ?, ?, ?, 0, ?)",
                    tagRows);
            tagWords.addAll(tagKeys);
            jdbc.batchUpdate(
                    "INSERT INTO works (id, title, summary, language, expected_chapters, posted, restricted,"
                            + " word_count, chapter_count, hits, kudos_count, comments_count, bookmarks_count,"
                            + " published_at, updated_at, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    works);
            jdbc.batchUpdate("INSERT INTO creatorships (work_id, pseud_id, position) VALUES (?, ?, ?)", creators);
            jdbc.batchUpdate(
                    "INSERT INTO chapters (work_id, position, body, word_count, posted, published_at, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                    chapters);
            jdbc.batchUpdate("INSERT INTO work_tags (work_id, tag_id) VALUES (?, ?)", workTags);
        });
    }

    private long maxId(String table) {
        Long id = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return id == null ? 0 : id;
    }

    private static void await(@Nullable Future<?> f) {
        if (f == null) return;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing works", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("writing works failed", e.getCause());
        }
    }
}
