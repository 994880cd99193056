package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fanfold.search.Range;
import org.fanfold.search.SearchSort;
import org.junit.jupiter.api.Test;

/** Reading AO3's filter parameters, and what becomes of values that cannot be read. */
class WorkFilterTest {

    private static WorkFilter parse(String... pairs) {
        var params = new java.util.LinkedHashMap<String, String[]>();
        for (int i = 0; i + 1 < pairs.length; i += 2) params.put(pairs[i], new String[] {pairs[i + 1]});
        return WorkFilter.parse(params);
    }

    @Test
    void countsTakeAo3sRangesAndShowThemBackAsWritten() {
        WorkFilter f = parse(
                "work_search[hits]", ">1000",
                "work_search[kudos_count]", "<50",
                "work_search[comments_count]", "10-100",
                "work_search[bookmarks_count]", "7");
        assertThat(f.hits()).isEqualTo(new Range(1001L, null));
        assertThat(f.kudos()).isEqualTo(new Range(null, 49L));
        assertThat(f.comments()).isEqualTo(new Range(10L, 100L));
        assertThat(f.bookmarks()).isEqualTo(new Range(7L, 7L));
        assertThat(f.hitsText()).isEqualTo(">1000");
        assertThat(f.kudosText()).isEqualTo("<50");
        assertThat(f.commentsText()).isEqualTo("10-100");
        assertThat(f.bookmarksText()).isEqualTo("7");
        assertThat(f.problems()).isEmpty();
        assertThat(f.unread()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsLeftOutKeptAsTypedAndNamed() {
        WorkFilter f = parse(
                "work_search[words_from]", "10k",
                "work_search[words_to]", "50,000",
                "work_search[kudos_count]", "lots",
                "work_search[date_from]", "last week",
                "work_search[hits]", "");
        assertThat(f.words()).isEqualTo(new Range(null, 50_000L));
        assertThat(f.kudos().any()).isTrue();
        assertThat(f.updated().any()).isTrue();
        assertThat(f.shown("work_search[words_from]", f.wordsFrom())).isEqualTo("10k");
        assertThat(f.shown("work_search[words_to]", f.wordsTo())).isEqualTo("50000");
        assertThat(f.shown("work_search[kudos_count]", f.kudosText())).isEqualTo("lots");
        assertThat(f.problems())
                .containsExactly(
                        "Words from: “10k” is not a number.",
                        "Updated from: “last week” is not a date (YYYY-MM-DD).",
                        "Kudos: “lots” is not a number or a range (100, >100, <50 or 10-100).");
        // what is saved or linked is what was read, never the text that was not
        assertThat(f.toParams())
                .containsEntry("work_search[words_to]", java.util.List.of("50000"))
                .doesNotContainKeys("work_search[words_from]", "work_search[kudos_count]", "work_search[date_from]");
        assertThat(WorkFilter.parse(Map.of()).problems()).isEmpty();
    }

    @Test
    void postedAndUpdatedDaysRoundTrip() {
        WorkFilter f = parse(
                "work_search[posted_from]", "2024-01-01",
                "work_search[posted_to]", "2024-12-31",
                "work_search[date_to]", "2025-06-30");
        long jan1 = java.time.LocalDate.of(2024, 1, 1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()
                .toEpochMilli();
        assertThat(f.posted().from()).isEqualTo(jan1);
        assertThat(f.posted().to()).isEqualTo(jan1 + 366L * 86_400_000L - 1);
        assertThat(f.postedFrom()).isEqualTo("2024-01-01");
        assertThat(f.postedTo()).isEqualTo("2024-12-31");
        assertThat(f.updatedTo()).isEqualTo("2025-06-30");
        assertThat(f.toParams())
                .containsEntry("work_search[posted_from]", java.util.List.of("2024-01-01"))
                .containsEntry("work_search[posted_to]", java.util.List.of("2024-12-31"))
                .containsEntry("work_search[date_to]", java.util.List.of("2025-06-30"));
        assertThat(f.narrows()).isTrue();
        assertThat(parse("work_search[posted_to]", "31/12/2024").problems())
                .containsExactly("Posted to: “31/12/2024” is not a date (YYYY-MM-DD).");
    }

    @Test
    void bestMatchNeedsTextToMatch() {
        assertThat(parse().sort()).isEqualTo(SearchSort.DATE_UPDATED);
        assertThat(parse("work_search[query]", "tea").sort()).isEqualTo(SearchSort.BEST_MATCH);
        assertThat(parse("work_search[title]", "tea").sortShown()).isEqualTo("_score");
        assertThat(parse("work_search[sort_column]", "_score").sort()).isEqualTo(SearchSort.DATE_UPDATED);
        assertThat(parse("work_search[sort_column]", "_score").sortShown()).isEqualTo("revised_at");
        assertThat(parse("work_search[sort_column]", "kudos_count", "work_search[query]", "tea")
                        .sort())
                .isEqualTo(SearchSort.KUDOS);
        assertThat(parse("work_search[sort_column]", "no_such_column").sortShown())
                .isEqualTo("revised_at");
    }

    @Test
    void ao3sUpdatedHowLongAgoNarrowsTheUpdatedDaysAndIsKeptAsTyped() {
        java.time.Instant now = java.time.Instant.parse("2026-11-25T15:30:00Z");
        var params = new java.util.LinkedHashMap<String, String[]>();
        params.put("work_search[revised_at]", new String[] {"< 2 weeks"});
        WorkFilter f = WorkFilter.parse(params, now);
        long twoWeeksAgo = java.time.Instant.parse("2026-11-11T15:30:00Z").toEpochMilli();
        assertThat(f.revisedAt()).isEqualTo("< 2 weeks");
        assertThat(f.updatedWithin()).isEqualTo(new Range(twoWeeksAgo + 1, null));
        assertThat(f.updated().any())
                .as("the updated days are the date fields' alone")
                .isTrue();
        assertThat(f.narrows()).isTrue();
        assertThat(f.toParams())
                .as("a link or saved filter stays relative")
                .containsEntry("work_search[revised_at]", java.util.List.of("< 2 weeks"))
                .doesNotContainKeys("work_search[date_from]", "work_search[date_to]");

        params.put("work_search[date_to]", new String[] {"2026-11-20"});
        WorkFilter both = WorkFilter.parse(params, now);
        assertThat(both.updatedWithin())
                .as("AO3 applies both")
                .isEqualTo(new Range(
                        twoWeeksAgo + 1,
                        java.time.Instant.parse("2026-11-21T00:00:00Z").toEpochMilli() - 1));
        assertThat(both.updatedTo()).isEqualTo("2026-11-20");

        WorkFilter junk = parse("work_search[revised_at]", "recently", "work_search[complete]", "T");
        assertThat(junk.revisedAt()).isEmpty();
        assertThat(junk.updatedWithin().any()).isTrue();
        assertThat(junk.complete()).isTrue();
        assertThat(junk.shown("work_search[revised_at]", junk.revisedAt())).isEqualTo("recently");
        assertThat(junk.problems())
                .containsExactly(
                        "Updated how long ago: “recently” is not a time ago (< 2 weeks, > 1 month, 2-4 weeks or 7 days).");
        assertThat(junk.toParams()).doesNotContainKey("work_search[revised_at]");
    }
}
