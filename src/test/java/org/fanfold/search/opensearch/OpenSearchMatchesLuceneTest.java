package org.fanfold.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.fanfold.search.lucene.LuceneSearchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random works and random queries on both engines: the ids in order, the totals and the facet counts must be the
 * same. Covers the query fields both engines implement in this branch, anonymous and unrevealed works included.
 */
@TestOpenSearch.Required
class OpenSearchMatchesLuceneTest {

    private static final String[] WORDS = {
        "dragon", "fox", "red", "blue", "Pokémon", "night", "sea", "火影忍者", "忍者", "wolf", "tea", "rain"
    };
    /** Odd corners of the query syntax: prefixes, fuzzy terms, groups, slop, operators alone, empty phrases. */
    private static final String[] SYNTAX = {
        "drag*",
        "Pokemon*",
        "dragn~1",
        "(red | blue) fox",
        "\"red fox\"~2",
        "-",
        "\"\"",
        "+red +fox",
        "red\\-fox",
        "忍者*",
        "()",
        "| red",
        "\"sea, 忍者\"",
        "-(red | blue)"
    };

    private static final String[] TYPES = {"Fandom", "Character", "Freeform"};

    @Test
    void randomQueriesGiveTheSameResults(@TempDir Path dir) {
        Random random = new Random(20261123);
        List<WorkDocument> docs = new ArrayList<>();
        for (long id = 1; id <= 400; id++) docs.add(randomWork(random, id));
        String index = TestOpenSearch.uniqueIndex();
        try (var lucene = new LuceneSearchEngine(dir.resolve("index"));
                var open = OpenSearchEngine.connect(TestOpenSearch.url(), index)) {
            lucene.upsert(docs);
            open.upsert(docs);
            lucene.refresh();
            open.refresh();

            for (int i = 0; i < 400; i++) {
                WorkQuery query = randomQuery(random);
                var expected = lucene.search(query);
                var actual = open.search(query);
                assertThat(actual.total()).as("total of %s", query).isEqualTo(expected.total());
                assertThat(actual.ids()).as("ids of %s", query).isEqualTo(expected.ids());
                assertThat(actual.facets()).as("facets of %s", query).isEqualTo(expected.facets());
            }
        } finally {
            TestOpenSearch.deleteIndex(index);
        }
    }

    private static WorkDocument randomWork(Random r, long id) {
        List<TagRef> tags = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            long tagId = 1 + r.nextInt(40);
            tags.add(new TagRef(tagId, words(r, 2), TYPES[(int) (tagId % TYPES.length)]));
        }
        List<Long> users = r.nextInt(3) == 0 ? List.of() : List.of((long) r.nextInt(5));
        boolean anonymous = r.nextInt(6) == 0;
        boolean unrevealed = r.nextInt(6) == 0;
        List<Long> collections = r.nextInt(3) == 0 ? List.of() : List.of((long) r.nextInt(4));
        List<String> creators =
                anonymous ? List.of("Anonymous") : List.of(r.nextBoolean() ? "Ánna" : words(r, 1), words(r, 1));
        return new WorkDocument(
                id,
                words(r, 1 + r.nextInt(4)),
                words(r, r.nextInt(12)),
                words(r, r.nextInt(5)),
                creators,
                users,
                List.of(),
                tags,
                tags.stream().map(TagRef::id).distinct().toList(),
                tags,
                "en",
                r.nextInt(5) * 1000,
                1,
                true,
                false,
                r.nextInt(5) == 0,
                r.nextInt(7) == 0,
                anonymous,
                unrevealed,
                unrevealed && r.nextBoolean() ? List.of((long) r.nextInt(5)) : List.of(),
                collections,
                r.nextInt(50),
                r.nextInt(50),
                r.nextInt(4),
                r.nextInt(4),
                r.nextInt(4),
                r.nextInt(4),
                "");
    }

    private static WorkQuery randomQuery(Random r) {
        SearchVisibility[] views = {
            SearchVisibility.PUBLIC,
            new SearchVisibility(true, false, null),
            new SearchVisibility(true, true, null),
            new SearchVisibility(false, false, (long) r.nextInt(5))
        };
        var q = WorkQuery.builder(views[r.nextInt(views.length)]);
        switch (r.nextInt(6)) {
            case 0 -> q.text(WORDS[r.nextInt(WORDS.length)]);
            case 1 -> q.text(WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]);
            case 2 -> q.text(WORDS[r.nextInt(WORDS.length)] + " | -" + WORDS[r.nextInt(WORDS.length)]);
            case 3 -> q.text("\"" + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + "\"");
            case 4 -> q.text(SYNTAX[r.nextInt(SYNTAX.length)]);
            default -> {}
        }
        if (r.nextInt(3) == 0) q.include(1 + r.nextInt(40));
        if (r.nextInt(3) == 0) q.exclude(1 + r.nextInt(40));
        if (r.nextInt(6) == 0) q.creator((long) r.nextInt(5));
        if (r.nextInt(6) == 0) q.excludeCreator(r.nextInt(5));
        if (r.nextInt(4) == 0) q.collection(r.nextInt(4));
        SearchSort sort = SearchSort.values()[r.nextInt(SearchSort.values().length)];
        q.sort(sort);
        if (r.nextBoolean()) q.ascending(r.nextBoolean());
        q.page(1 + r.nextInt(3), 1 + r.nextInt(30));
        if (r.nextBoolean()) q.facets(List.of(TYPES).subList(0, 1 + r.nextInt(3)), 1 + r.nextInt(8));
        return q.build();
    }

    private static String words(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(r.nextInt(4) == 0 ? ", " : " ");
            s.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
