package org.fanfold.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds a creator's statistics: for each posted work its words, hits, kudos, comments and public bookmarks (the
 * counters kept on the work) and the columns of every {@link WorkStatsContributor}; totals; and hits per day for
 * the chart, from the daily counts the hit counter writes.
 */
@Component
class StatsService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_.]+");

    static final List<StatsPage.Column> BUILT_IN = List.of(
            new StatsPage.Column("word_count", "Words"),
            new StatsPage.Column("hits", "Hits"),
            new StatsPage.Column("kudos.count", "Kudos"),
            new StatsPage.Column("comments.count", "Comments"),
            new StatsPage.Column("bookmarks.count", "Bookmarks"));

    private final StatsReader stats;
    private final WorkReader reader;
    private final List<WorkStatsContributor> contributors;
    private final Clock clock;

    StatsService(StatsReader stats, WorkReader reader, ObjectProvider<WorkStatsContributor> contributors, Clock clock) {
        this.stats = stats;
        this.reader = reader;
        this.contributors = contributors
                .orderedStream()
                .sorted(Comparator.comparingInt(WorkStatsContributor::order))
                .toList();
        this.clock = clock;
        Set<String> keys = new HashSet<>();
        BUILT_IN.forEach(c -> keys.add(c.key()));
        keys.add("title");
        keys.add("date");
        for (var c : this.contributors) {
            if (!KEY.matcher(c.key()).matches() || !keys.add(c.key())) {
                throw new IllegalStateException("statistics column key \"" + c.key() + "\" of "
                        + c.getClass().getName()
                        + " is taken or not made of lower-case letters, digits, dots and underscores");
            }
        }
    }

    /**
     * The statistics of {@code userId}'s posted works as their creator sees them.
     *
     * @param base the page's path, for its links
     * @param sort a {@code sort_column}: "title", "date" or a column key (anything else sorts by hits)
     * @param ascending smallest first
     * @param range days of hits to chart; anything but 30, 90 or 365 charts 30
     * @param chartWorkId chart this work only (when it is one of theirs), or null for all of them
     */
    StatsPage page(
            String base,
            long userId,
            Viewer viewer,
            String sort,
            boolean ascending,
            int range,
            @Nullable Long chartWorkId) {
        List<StatsPage.Column> columns = new ArrayList<>(BUILT_IN);
        for (var c : contributors) columns.add(new StatsPage.Column(c.key(), c.label()));
        boolean known = sort.equals("title")
                || sort.equals("date")
                || columns.stream().anyMatch(c -> c.key().equals(sort));
        String by = known ? sort : "hits";

        List<WorkView> works = reader.blurbs(stats.postedWorkIds(userId), viewer).stream()
                .filter(w -> w.isCreator(userId))
                .toList();
        List<Long> ids = works.stream().map(w -> w.work().id()).toList();
        Map<String, Map<Long, Long>> contributed = new HashMap<>();
        if (!ids.isEmpty()) for (var c : contributors) contributed.put(c.key(), c.counts(ids));

        List<StatsPage.Row> rows = new ArrayList<>(works.size());
        Map<String, Long> totals = new LinkedHashMap<>();
        for (WorkView w : works) {
            Map<String, Long> counts = new HashMap<>();
            counts.put("word_count", (long) w.work().wordCount());
            counts.put("hits", w.work().hits());
            counts.put("kudos.count", w.work().kudosCount());
            counts.put("comments.count", w.work().commentsCount());
            counts.put("bookmarks.count", w.work().bookmarksCount());
            contributed.forEach((key, byWork) ->
                    counts.put(key, byWork.getOrDefault(w.work().id(), 0L)));
            counts.forEach((key, n) -> totals.merge(key, n, Long::sum));
            rows.add(new StatsPage.Row(w, counts));
        }
        Comparator<StatsPage.Row> order = StatsPage.order(by);
        rows.sort(ascending ? order : order.reversed());

        int days = StatsPage.RANGES.contains(range) ? range : StatsPage.RANGES.getFirst();
        WorkView chartWork = chartWorkId == null
                ? null
                : works.stream()
                        .filter(w -> w.work().id() == chartWorkId)
                        .findFirst()
                        .orElse(null);
        long today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        long first = today - days + 1;
        List<Long> charted = chartWork == null ? ids : List.of(chartWork.work().id());
        StatsChart chart = StatsChart.of(stats.dailyHits(charted, first, today), first, today);
        return new StatsPage(columns, rows, totals, by, ascending, chart, days, chartWork, base);
    }
}
