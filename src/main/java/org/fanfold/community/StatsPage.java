package org.fanfold.community;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * A creator's statistics page: a row per posted work with its counts, sorted by one column, totals, and the chart
 * of hits per day.
 *
 * @param columns the count columns in order: the built-in ones, then any {@link WorkStatsContributor}'s
 * @param sort the {@code sort_column} the rows are sorted by ("title", "date" or a column key)
 * @param range the days the chart covers (30, 90 or 365)
 * @param chartWork the work the chart is about, or null for all of them
 * @param base the page's path, for its sorting and chart links
 */
public record StatsPage(
        List<Column> columns,
        List<Row> rows,
        Map<String, Long> totals,
        String sort,
        boolean ascending,
        StatsChart chart,
        int range,
        @Nullable WorkView chartWork,
        String base) {

    /** The chart's ranges, in days. */
    public static final List<Integer> RANGES = List.of(30, 90, 365);

    /** A column of counts. */
    public record Column(String key, String label) {

        /** AO3's class for the column: "hits", "kudos", "bookmarks"… */
        public String cssClass() {
            int dot = key.indexOf('.');
            String name = dot < 0 ? key : key.substring(0, dot);
            return name.equals("word_count") ? "words" : name.replace('_', '-');
        }
    }

    /** A work with its count in each column. */
    public record Row(WorkView work, Map<String, Long> counts) {

        public long count(String key) {
            return counts.getOrDefault(key, 0L);
        }
    }

    public long total(String key) {
        return totals.getOrDefault(key, 0L);
    }

    /** The link that sorts by {@code key}: the other way round when already sorted by it. */
    public String sortUrl(String key) {
        boolean asc = key.equals(sort) ? !ascending : key.equals("title");
        return url(key, asc, range, chartWork == null ? null : chartWork.work().id());
    }

    /** {@code aria-sort} for a column heading: "ascending" or "descending" when sorted by it, else null. */
    public @Nullable String ariaSort(String key) {
        if (!key.equals(sort)) return null;
        return ascending ? "ascending" : "descending";
    }

    /** The link that charts {@code days} days, keeping the sort and the charted work. */
    public String rangeUrl(int days) {
        return url(
                sort,
                ascending,
                days,
                chartWork == null ? null : chartWork.work().id());
    }

    /** The link that charts one work, or all of them when {@code workId} is null. */
    public String chartUrl(@Nullable Long workId) {
        return url(sort, ascending, range, workId);
    }

    private String url(String sortColumn, boolean asc, int days, @Nullable Long workId) {
        return base + "?sort_column=" + sortColumn + "&sort_direction=" + (asc ? "ASC" : "DESC") + "&range=" + days
                + (workId == null ? "" : "&work_id=" + workId);
    }

    /** How rows compare for a {@code sort_column}, smallest first; unknown columns sort by hits. */
    static Comparator<Row> order(String sort) {
        Comparator<Row> byTitle = Comparator.comparing(r -> r.work().work().title(), String.CASE_INSENSITIVE_ORDER);
        return switch (sort) {
            case "title" -> byTitle;
            case "date" -> Comparator.comparingLong(r -> published(r));
            default -> Comparator.<Row>comparingLong(r -> r.count(sort)).thenComparing(byTitle.reversed());
        };
    }

    private static long published(Row r) {
        Long at = r.work().work().publishedAt();
        return at == null ? 0 : at;
    }
}
