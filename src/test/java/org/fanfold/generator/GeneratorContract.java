package org.fanfold.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.FanfoldApplication;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkQuery;
import org.fanfold.tags.StoredTagWords;
import org.fanfold.testing.KeepLogLevels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator on a real database, run by one subclass per database: two fresh archives generated with the same
 * seed hold the same rows; every work is whole (creator, rating, warnings, fandom, chapters adding up); and after the
 * rebuild the works are found by search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KeepLogLevels.class)
abstract class GeneratorContract {

    static final int WORKS = 2_000;

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;
    Generator.Written written;
    Generator.Indexed indexed;

    /** Points a new application at a fresh, empty database. */
    abstract ApplicationContextInitializer<ConfigurableApplicationContext> database();

    ConfigurableApplicationContext start() {
        var app = new SpringApplication(FanfoldApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.addInitializers(database());
        return app.run("--logging.level.root=warn");
    }

    @BeforeAll
    void generateTwice() {
        first = start();
        written = first.getBean(Generator.class).generate(new Generator.Options(WORKS, 7, null), n -> {});
        indexed = first.getBean(Generator.class).index(n -> {});
        second = start();
        second.getBean(Generator.class).generate(new Generator.Options(WORKS, 7, null), n -> {});
    }

    @AfterAll
    void close() {
        if (first != null) first.close();
        if (second != null) second.close();
    }

    JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    long count(String sql) {
        return jdbc(first).sql(sql).query(Long.class).single();
    }

    /** Every generated row, as text, in a fixed order. */
    static List<String> dump(JdbcClient jdbc) {
        return List.of(
                        "SELECT * FROM users ORDER BY id",
                        "SELECT * FROM pseuds ORDER BY id",
                        "SELECT * FROM tags ORDER BY id",
                        "SELECT * FROM works ORDER BY id",
                        "SELECT * FROM creatorships ORDER BY work_id, position",
                        "SELECT * FROM chapters ORDER BY id",
                        "SELECT * FROM work_tags ORDER BY work_id, tag_id")
                .stream()
                .flatMap(sql -> jdbc
                        .sql(sql)
                        .query((rs, n) -> {
                            var sb = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++)
                                sb.append(rs.getString(i)).append('|');
                            return sb.toString();
                        })
                        .list()
                        .stream())
                .toList();
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        List<String> a = dump(jdbc(first));
        List<String> b = dump(jdbc(second));
        assertThat(a).hasSizeGreaterThan(WORKS * 5);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void writesTheWorksUsersAndTagsItReports() {
        assertThat(written.works()).isEqualTo(WORKS);
        assertThat(count("SELECT COUNT(*) FROM works WHERE posted = 1")).isEqualTo(WORKS);
        assertThat(count("SELECT COUNT(*) FROM users"))
                .isEqualTo(written.users())
                .isEqualTo(WORKS / 5);
        assertThat(count("SELECT COUNT(*) FROM pseuds WHERE is_default = 1")).isEqualTo(written.users());
        assertThat(count("SELECT COUNT(*) FROM chapters")).isEqualTo(written.chapters());
        assertThat(count("SELECT COUNT(*) FROM tags")).isEqualTo(17 + written.newTags());
    }

    @Test
    void everyTagItMakesHasTheWordsOfItsNameForTheTagSearch() {
        assertThat(StoredTagWords.wrong(jdbc(first))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM tag_words")).isGreaterThan(written.newTags());
    }

    @Test
    void everyTagNameCanBeTypedInAFilter() {
        // tag fields split names at commas, as AO3's do, so no tag may have one (the tag form refuses them)
        assertThat(count("SELECT COUNT(*) FROM tags WHERE name LIKE '%,%'")).isZero();
    }

    @Test
    void everyWorkIsWhole() {
        assertThat(count("SELECT COUNT(*) FROM works w WHERE NOT EXISTS"
                        + " (SELECT 1 FROM creatorships c WHERE c.work_id = w.id)"))
                .isZero();
        for (String type : List.of("Rating", "ArchiveWarning", "Fandom")) {
            assertThat(count("SELECT COUNT(*) FROM works w WHERE NOT EXISTS (SELECT 1 FROM work_tags wt"
                            + " JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = w.id AND t.type = '" + type + "')"))
                    .as("works without a " + type)
                    .isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM (SELECT wt.work_id FROM work_tags wt JOIN tags t ON t.id = wt.tag_id"
                        + " WHERE t.type = 'Rating' GROUP BY wt.work_id HAVING COUNT(*) > 1) x"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM works w WHERE w.word_count <> (SELECT SUM(c.word_count) FROM chapters c"
                        + " WHERE c.work_id = w.id AND c.posted = 1) OR w.chapter_count <> (SELECT COUNT(*)"
                        + " FROM chapters c WHERE c.work_id = w.id AND c.posted = 1)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM works WHERE expected_chapters < chapter_count"
                        + " OR updated_at < published_at OR published_at IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT wt.work_id FROM work_tags wt JOIN tags t ON t.id = wt.tag_id"
                        + " WHERE t.type IN ('Fandom', 'Relationship', 'Character', 'Freeform')"
                        + " GROUP BY wt.work_id HAVING COUNT(*) > 75) x"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM creatorships c WHERE NOT EXISTS"
                        + " (SELECT 1 FROM pseuds p WHERE p.id = c.pseud_id)"))
                .isZero();
    }

    @Test
    void fandomsCharactersRelationshipsAndCommonTagsAreCanonicalAndOneOffsAreNot() {
        assertThat(count("SELECT COUNT(*) FROM tags WHERE canonical = 0 AND type IN ('Fandom', 'Character',"
                        + " 'Relationship')"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM tags t WHERE t.type = 'Freeform' AND t.canonical = 1 AND"
                        + " (SELECT COUNT(*) FROM work_tags wt WHERE wt.tag_id = t.id) < 5"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM tags WHERE type = 'Freeform' AND canonical = 1"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM tags WHERE type = 'Freeform' AND canonical = 0"))
                .isPositive();
    }

    @Test
    void everyFandomIsFiledUnderOneOfAo3sMedia() {
        assertThat(count("SELECT COUNT(*) FROM tags WHERE type = 'Media' AND canonical = 1"))
                .isEqualTo(Media.NAMES.size());
        assertThat(count("SELECT COUNT(*) FROM tags t WHERE t.type = 'Fandom' AND NOT EXISTS (SELECT 1 FROM"
                        + " parent_taggings p JOIN tags m ON m.id = p.parent_id WHERE p.child_id = t.id"
                        + " AND m.type = 'Media')"))
                .isZero();
        assertThat(count("SELECT COUNT(DISTINCT p.parent_id) FROM parent_taggings p JOIN tags t ON t.id = p.child_id"
                        + " WHERE t.type = 'Fandom'"))
                .as("fandoms in every medium")
                .isEqualTo(Media.NAMES.size());
        assertThat(Media.of("Silver Crown (TV)")).containsExactly("TV Shows");
        assertThat(Media.of("Kraith - All Media Types")).containsExactly("Books & Literature", "Movies");
    }

    @Test
    void looksLikeAo3InTheLarge() {
        long crossovers = count("SELECT COUNT(*) FROM (SELECT wt.work_id FROM work_tags wt JOIN tags t"
                + " ON t.id = wt.tag_id WHERE t.type = 'Fandom' GROUP BY wt.work_id HAVING COUNT(*) > 1) x");
        assertThat(100.0 * crossovers / WORKS).isBetween(17.0, 27.0);
        long single = count("SELECT COUNT(*) FROM works WHERE chapter_count = 1");
        assertThat(100.0 * single / WORKS).isBetween(40.0, 78.0);
        long median = jdbc(first)
                .sql("SELECT word_count FROM works ORDER BY word_count LIMIT 1 OFFSET " + WORKS / 2)
                .query(Long.class)
                .single();
        assertThat(median).isBetween(2_000L, 6_000L);
    }

    @Test
    void generatedWorksAreSearchableAfterTheRebuild() {
        assertThat(indexed.queuedForServer()).isFalse();
        assertThat(indexed.works()).isEqualTo(WORKS);
        SearchEngine engine = first.getBean(SearchEngine.class);
        var visible = SearchVisibility.PUBLIC;
        long unrestricted = count("SELECT COUNT(*) FROM works WHERE restricted = 0");
        assertThat(engine.search(WorkQuery.builder(visible).build()).total()).isEqualTo(unrestricted);

        String fandom = jdbc(first)
                .sql("SELECT t.name FROM tags t JOIN work_tags wt ON wt.tag_id = t.id JOIN works w ON w.id = wt.work_id"
                        + " WHERE t.type = 'Fandom' AND w.restricted = 0 ORDER BY w.id LIMIT 1")
                .query(String.class)
                .single();
        long fandomId = jdbc(first)
                .sql("SELECT id FROM tags WHERE name = ?")
                .param(fandom)
                .query(Long.class)
                .single();
        long inFandom = count("SELECT COUNT(*) FROM work_tags wt JOIN works w ON w.id = wt.work_id"
                + " WHERE w.restricted = 0 AND wt.tag_id = " + fandomId);
        assertThat(engine.search(WorkQuery.builder(visible).include(fandomId).build())
                        .total())
                .isEqualTo(inFandom)
                .isPositive();

        long most = count("SELECT MAX(kudos_count) FROM works WHERE restricted = 0");
        long top = engine.search(WorkQuery.builder(visible)
                        .sort(SearchSort.KUDOS)
                        .ascending(false)
                        .page(1, 1)
                        .build())
                .ids()
                .getFirst();
        assertThat(count("SELECT kudos_count FROM works WHERE id = " + top))
                .as("kudos reach the index")
                .isEqualTo(most);
    }
}
