package org.fanfold.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fanfold.search.SearchSort;
import org.junit.jupiter.api.Test;

/**
 * Deep pages by selection, and pages sorted by the in-memory columns ({@link SortColumns}), give what Lucene's own
 * sort gives: the same hits, order, values and total, from the top and after a kept place; so do pages read
 * from the matches a facet count noted ({@link NumericPage#top(Sort, int, List, FacetCounter.Counts)}).
 */
class NumericPageTest {

    @Test
    void theFirstHitsEqualLucenesOwnForEveryNumericSortBothWays() throws IOException {
        var random = new Random(5);
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int id = 1; id <= 5_000; id++) {
                    Document doc = new Document();
                    doc.add(new StringField(WorkFields.ID, Integer.toString(id), Field.Store.NO));
                    doc.add(new NumericDocValuesField(WorkFields.ID, id));
                    doc.add(new StringField("group", "g" + random.nextInt(3), Field.Store.NO));
                    // few distinct values, so the later fields (date updated, then id) decide many ties
                    doc.add(new NumericDocValuesField(WorkFields.UPDATED_AT, random.nextInt(50)));
                    doc.add(new NumericDocValuesField(WorkFields.PUBLISHED_AT, random.nextInt(50)));
                    if (random.nextInt(10) > 0)
                        doc.add(new NumericDocValuesField(WorkFields.KUDOS, random.nextInt(20)));
                    doc.add(new NumericDocValuesField(WorkFields.HITS, random.nextLong(-5, 5)));
                    doc.add(new NumericDocValuesField(WorkFields.WORDS, random.nextInt(100)));
                    doc.add(new NumericDocValuesField(WorkFields.COMMENTS, random.nextInt(5)));
                    doc.add(new NumericDocValuesField(WorkFields.BOOKMARKS, random.nextInt(5)));
                    // facets from the second segment on: the first has none, and its hits still count
                    if (id > 700) WorkFields.facet(doc, "rating", random.nextInt(5));
                    writer.addDocument(doc);
                    if (id % 700 == 0) writer.commit();
                }
                for (int i = 0; i < 200; i++) {
                    writer.deleteDocuments(new Term(WorkFields.ID, Integer.toString(1 + random.nextInt(5_000))));
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = (WorkSearcher)
                        WorkSearcher.factory(new FrequentQueries()).newSearcher(reader, null);
                Query[] queries = {new MatchAllDocsQuery(), new TermQuery(new Term("group", "g1"))};
                int checked = 0;
                int fromCounts = 0;
                for (SearchSort s : SearchSort.values()) {
                    for (boolean ascending : new boolean[] {false, true}) {
                        Sort sort = WorkQueries.toSort(s, ascending);
                        Sort columns = SortColumns.inMemory(sort);
                        for (int n : new int[] {1, 20, 1_000, 1_500, 20_000}) {
                            for (Query q : queries) {
                                String what = s + (ascending ? " ascending, " : " descending, ") + n + " hits of " + q;
                                TopFieldDocs lucenes = searcher.search(
                                        q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
                                TopFieldDocs inMemory = searcher.search(
                                        q, new TopFieldCollectorManager(columns, n, null, Integer.MAX_VALUE));
                                assertThat(inMemory.totalHits).isEqualTo(lucenes.totalHits);
                                assertThat(describe(inMemory)).as(what).containsExactly(describe(lucenes));
                                // after a place kept from either: the same next page
                                FieldDoc place =
                                        (FieldDoc) lucenes.scoreDocs[Math.min(n, lucenes.scoreDocs.length) / 2];
                                assertThat(describe(searcher.search(
                                                q, new TopFieldCollectorManager(columns, 20, place, 20))))
                                        .as("after %s, %s", place, what)
                                        .containsExactly(describe(
                                                searcher.search(q, new TopFieldCollectorManager(sort, 20, place, 20))));
                                if (NumericPage.numeric(sort)) { // the page read from a facet count's matches
                                    FacetCounter.Counts counts = searcher.search(q, searcher.facetManager());
                                    TopFieldDocs noted = NumericPage.top(sort, n, reader.leaves(), counts);
                                    assertThat(counts.matches()).isEqualTo(lucenes.totalHits.value());
                                    assertThat(noted.totalHits).isEqualTo(lucenes.totalHits);
                                    assertThat(describe(noted)).as(what).containsExactly(describe(lucenes));
                                    searcher.countFacets(counts, List.of("rating"), 10, Set.of());
                                    fromCounts++;
                                }
                                if (!NumericPage.fits(sort, n)) continue;
                                assertThat(NumericPage.fits(columns, n)).isTrue();
                                TopFieldDocs mine = searcher.search(q, NumericPage.manager(sort, n));
                                assertThat(mine.totalHits).isEqualTo(lucenes.totalHits);
                                assertThat(describe(mine)).as(what).containsExactly(describe(lucenes));
                                checked++;
                            }
                        }
                    }
                }
                assertThat(checked).as("every numeric sort, both ways").isEqualTo(7 * 2 * 3 * 2);
                assertThat(fromCounts).as("every numeric sort, both ways").isEqualTo(7 * 2 * 5 * 2);
                for (var leaf : reader.leaves())
                    assertThat(SortColumns.holds(leaf.reader())).isTrue();
            }
            try (var reader = DirectoryReader.open(dir)) {
                for (var leaf : reader.leaves()) {
                    assertThat(SortColumns.holds(leaf.reader()))
                            .as("a closed segment's columns are dropped")
                            .isFalse();
                }
            }
        }
    }

    @Test
    void fewHitsAndSortsByTextOrScoreAreLeftToLucene() {
        assertThat(NumericPage.numeric(WorkQueries.toSort(SearchSort.DATE_UPDATED, false)))
                .isTrue();
        assertThat(NumericPage.numeric(WorkQueries.toSort(SearchSort.CREATOR, false)))
                .isFalse();
        assertThat(NumericPage.fits(WorkQueries.toSort(SearchSort.DATE_UPDATED, false), 20))
                .isFalse();
        assertThat(NumericPage.fits(WorkQueries.toSort(SearchSort.TITLE, true), 10_000))
                .isFalse();
        assertThat(NumericPage.fits(WorkQueries.toSort(SearchSort.BEST_MATCH, false), 10_000))
                .isFalse();
        assertThat(NumericPage.fits(WorkQueries.toSort(SearchSort.KUDOS, false), 10_000))
                .isTrue();
    }

    private static String[] describe(TopFieldDocs docs) {
        return Arrays.stream(docs.scoreDocs)
                .map(d -> d.doc + Arrays.toString(((FieldDoc) d).fields))
                .toArray(String[]::new);
    }
}
