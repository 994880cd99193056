package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.testing.SqliteTest;
import org.junit.jupiter.api.Test;

@SqliteTest
class SqliteTagSearchTest extends TagSearchContract {

    @Test
    void aWindowReadsTheNamesInTheOrderOfTheirIndex() {
        for (var c : List.of(
                new TagSearch.Criteria(List.of("the"), List.of(), null, TagSearch.Status.ANY),
                new TagSearch.Criteria(
                        List.of("the", "a"), List.of(7L), TagType.CHARACTER, TagSearch.Status.SYNONYMOUS))) {
            var page = TagSearchPlan.of(c, jdbc, 0, 100).windowQuery("t.id", TagSearch.Order.NAME, true, 0, 50);
            assertThat(jdbc.sql("EXPLAIN QUERY PLAN " + page.sql())
                            .params(page.params())
                            .query((rs, row) -> rs.getString(4))
                            .list())
                    .as("%s", c)
                    .startsWith("CO-ROUTINE t", "SCAN tags USING INDEX sqlite_autoindex_tags_1");
        }
    }
}
