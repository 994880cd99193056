package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tag search by name on every database: looking words up in {@code tag_words} finds exactly what reading every
 * name with the LIKE rule found, and the table follows tags as they are made and renamed.
 */
abstract class TagSearchContract extends WranglingFixture {

    @Autowired
    TagSearch search;

    @Autowired
    JdbcClient jdbc;

    /** Pieces of names, many sharing starts; '_' and '!' are special to LIKE and its escape. */
    private static final List<String> TOKENS = List.of(
            "dra", "Draco", "drabble", "Harry", "potter", "the", "Them", "a", "an", "é", "Éclair", "straße", "Σοφία",
            "ΣΟΦΟΣ", "İz", "中文", "火影忍者", "ナルト", "😀", "😀x", "x_y", "x!y", "tv)", "s", "\uFFFF", "\uE000k");

    private static final List<String> SEPARATORS =
            List.of(" ", " ", " ", "/", " (", "-", "\"", "'", " & ", ": ", ".", "(", "--");

    /** Typed words: prefixes, whole words, words holding word starts, word starts alone, other cases. */
    private static final List<String> TYPED = List.of(
            "dra",
            "DRA",
            "d",
            "dr",
            "draco",
            "harry/dra",
            "harry/draco",
            "(tv",
            "tv)",
            "-the",
            "the",
            "th",
            "a",
            "an",
            "a-",
            "/",
            "(",
            "'s",
            "s",
            "x_",
            "x_y",
            "x!",
            "é",
            "É",
            "écl",
            "straß",
            "σ",
            "Σοφ",
            "ς",
            "i̇z",
            "中",
            "火影",
            "忍者",
            "ナ",
            "😀",
            "😀x",
            "\uFFFF",
            "\uE000",
            "potter (",
            "\"the",
            "zzz",
            "é-",
            "-");

    @Test
    void wordsLookedUpFindExactlyWhatTheLikeRuleFinds() {
        var random = new Random(42);
        List<Long> fandoms = new ArrayList<>();
        for (int i = 0; i < 3; i++)
            fandoms.add(canonical(unique(name(random) + " "), TagType.FANDOM).id());
        List<TagType> types =
                List.of(TagType.CHARACTER, TagType.RELATIONSHIP, TagType.FREEFORM, TagType.FANDOM, TagType.MEDIA);
        List<Tag> canonicals = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = name(random);
            if (TagNames.problem(name) != null) continue;
            Tag t = tags.findOrCreate(name, types.get(random.nextInt(types.size())));
            if (t.type() == TagType.MEDIA || t.canonical() || t.mergerId() != null) continue;
            int fate = random.nextInt(4);
            if (fate == 0) canonicals.add(canonical(t.name(), t.type()));
            Tag same = canonicals.stream()
                    .filter(c -> c.type() == t.type() && c.id() != t.id())
                    .findFirst()
                    .orElse(null);
            if (fate == 1 && same != null) synonym(t.name(), same.name());
            if (fate >= 2 && t.type() != TagType.FANDOM) {
                wrangling.addParent(
                        t.id(),
                        tags.byId(fandoms.get(random.nextInt(3))).orElseThrow().name());
            }
        }

        Set<String> ways = new HashSet<>();
        int window = jdbc.sql("SELECT COUNT(*) FROM tags").query(Integer.class).single() / 4;
        for (int n = 0; n < 400; n++) {
            List<String> words = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) words.add(TYPED.get(random.nextInt(TYPED.size())));
            List<Long> in = new ArrayList<>();
            for (int i = random.nextInt(3) == 0 ? random.nextInt(3) : 0; i > 0; i--)
                in.add(fandoms.get(random.nextInt(3)));
            TagType type = random.nextBoolean() ? null : TagSearch.TYPES.get(random.nextInt(4));
            TagSearch.Status status = TagSearch.Status.values()[random.nextInt(TagSearch.Status.values().length)];
            var c = new TagSearch.Criteria(words, in.stream().distinct().toList(), type, status);
            var order = random.nextBoolean() ? TagSearch.Order.NAME : TagSearch.Order.CREATED_AT;
            boolean descending = random.nextBoolean();
            int offset = List.of(0, 0, 3, 20).get(random.nextInt(4));

            long count = likeCount(c);
            List<Long> page = likePage(c, order, descending, offset, 10);
            String as = c + " by " + order + (descending ? " desc" : " asc") + " from " + offset;
            assertThat(search.count(c)).as("how many: %s", as).isEqualTo(count);
            assertThat(search.page(c, order, descending, offset, 10).stream()
                            .map(Tag::id)
                            .toList())
                    .as("the page: %s", as)
                    .isEqualTo(page);
            // and as in an archive so big that every source is big, with a window of a quarter of the names
            var plan = TagSearchPlan.of(c, jdbc, 3, window);
            assertThat(plan.count()).as("how many, big: %s", as).isEqualTo(count);
            assertThat(plan.page((rs, row) -> rs.getLong(1), "t.id", order, descending, offset, 10))
                    .as("the page, big: %s", as)
                    .isEqualTo(page);
            ways.add(way(TagSearchPlan.of(c, jdbc)));
            ways.add(way(plan) + (plan.countQuery().sql().contains(" - ") ? ", counted by words" : ""));
            if (plan.windowQuery("t.id", order, descending, offset, 10) != null) {
                boolean full = run(plan.windowQuery("t.id", order, descending, offset, 10), Long.class)
                                .size()
                        == 10;
                ways.add(full ? "a window" : "a window, then the source");
            }
        }
        assertThat(ways)
                .as("every way the plan reads")
                .containsExactlyInAnyOrder(
                        "a prefix",
                        "a prefix, counted by words",
                        "a whole word",
                        "a fandom's children",
                        "all tags",
                        "a window",
                        "a window, then the source");
    }

    @Test
    void aRenamedTagIsFoundByTheWordsOfItsNewNameOnly() {
        String word = unique("Renamed").replace("_", "");
        Tag t = tags.findOrCreate(word + " Before/Kept", TagType.RELATIONSHIP);
        wrangling.edit(t.id(), new TagEdit(word + " After/Kept", "Relationship", false, ""));

        assertThat(names(word + " before")).isEmpty();
        assertThat(names("bef " + word)).isEmpty();
        assertThat(names(word + " aft")).containsExactly(word + " After/Kept");
        assertThat(names("kept " + word)).containsExactly(word + " After/Kept");
        wrangling.edit(t.id(), new TagEdit(word.toUpperCase() + " AFTER/KEPT", "Relationship", false, ""));
        assertThat(names(word + " after"))
                .as("only the case changed")
                .containsExactly(word.toUpperCase() + " AFTER/KEPT");
        assertThat(StoredTagWords.wrong(jdbc)).isEmpty();
    }

    @Test
    void tagsMadeByPostingAndWranglingAreFoundByEveryWord() {
        String word = unique("Posted").replace("_", "");
        String fandom = word + " Fandom (TV)",
                pair = word + " Alpha/Beta",
                nick = word + "-nick",
                free = "Gamma " + word;
        postWork(fandom, List.of(pair), List.of(nick), List.of(free));
        canonical(word + " Canon", TagType.CHARACTER);
        synonym(nick, word + " Canon");

        assertThat(names(word)).containsExactlyInAnyOrder(nick, pair, word + " Canon", fandom, free);
        assertThat(names("(tv " + word)).containsExactly(fandom);
        assertThat(names("alpha/b " + word)).containsExactly(pair);
        assertThat(names(word + "/"))
                .as("no name has the word followed by a slash")
                .isEmpty();
        assertThat(names("nick")).contains(nick);
        assertThat(search
                        .page(
                                new TagSearch.Criteria(List.of(word), List.of(), null, TagSearch.Status.SYNONYMOUS),
                                TagSearch.Order.NAME,
                                false,
                                0,
                                10)
                        .stream()
                        .map(Tag::name))
                .as("the merged tag")
                .containsExactly(nick);
        assertThat(StoredTagWords.wrong(jdbc)).isEmpty();
    }

    private List<String> names(String typed) {
        var c = new TagSearch.Criteria(List.of(typed.split(" ")), List.of(), null, TagSearch.Status.ANY);
        return search.page(c, TagSearch.Order.NAME, false, 0, 50).stream()
                .map(Tag::name)
                .toList();
    }

    private static String name(Random random) {
        var s = new StringBuilder(random.nextInt(8) == 0 ? SEPARATORS.get(random.nextInt(SEPARATORS.size())) : "");
        for (int i = random.nextInt(4); i >= 0; i--) {
            if (!s.isEmpty()) s.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            s.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return s.toString();
    }

    /** What {@code plan} starts from when it reads its source. */
    private static String way(TagSearchPlan plan) {
        String from = plan.pageQuery("t.id", TagSearch.Order.CREATED_AT, false, 0, 1)
                .sql()
                .substring("SELECT t.id FROM ".length());
        if (from.startsWith("(SELECT tag_id AS id FROM tag_words WHERE word = ?)")) return "a whole word";
        if (from.startsWith("(SELECT tag_id AS id FROM tag_words")) return "a prefix";
        if (from.startsWith("parent_taggings")) return "a fandom's children";
        assertThat(from).startsWith("tags t WHERE");
        return "all tags";
    }

    private <T> List<T> run(TagSearchPlan.Query query, Class<T> type) {
        return jdbc.sql(query.sql()).params(query.params()).query(type).list();
    }

    private long likeCount(TagSearch.Criteria c) {
        List<Object> params = new ArrayList<>();
        String where = likeWhere(c, params);
        return jdbc.sql("SELECT COUNT(*) FROM tags t WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private List<Long> likePage(TagSearch.Criteria c, TagSearch.Order order, boolean descending, int offset, int n) {
        List<Object> params = new ArrayList<>();
        String where = likeWhere(c, params);
        String column = order == TagSearch.Order.NAME ? "t.name_key" : "t.created_at";
        String direction = descending ? " DESC" : " ASC";
        params.add(n);
        params.add(offset);
        return jdbc.sql("SELECT t.id FROM tags t WHERE " + where + " ORDER BY " + column + direction + ", t.id"
                        + direction + " LIMIT ? OFFSET ?")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The search as it was before {@code tag_words}: the LIKE rule on every tag's name. */
    private static String likeWhere(TagSearch.Criteria c, List<Object> params) {
        var sql = new StringBuilder(c.status().sql);
        List<TagType> types = c.type() == null ? TagSearch.TYPES : List.of(c.type());
        sql.append(" AND t.type IN (").append("?, ".repeat(types.size() - 1)).append("?)");
        types.forEach(t -> params.add(t.dbName()));
        for (String word : c.words()) {
            String like = TagService.escapeLike(TagNames.key(word));
            sql.append(" AND (t.name_key LIKE ? ESCAPE '!'");
            params.add(like + "%");
            for (String before : List.of(" ", "/", "(", "-", "\"", "'")) {
                sql.append(" OR t.name_key LIKE ? ESCAPE '!'");
                params.add("%" + before + like + "%");
            }
            sql.append(')');
        }
        for (long fandom : c.fandomIds()) {
            sql.append(" AND EXISTS (SELECT 1 FROM parent_taggings p WHERE p.child_id = t.id AND p.parent_id = ?)");
            params.add(fandom);
        }
        return sql.toString();
    }
}
