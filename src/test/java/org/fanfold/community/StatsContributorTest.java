package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Another feature's {@link WorkStatsContributor} adds a sortable, totalled column to the statistics. */
@SqliteTest
class StatsContributorTest {

    @Autowired
    StatsReader reader;

    @Autowired
    WorkReader works;

    @Autowired
    WorkService posting;

    @Autowired
    Accounts accounts;

    record Subscriptions(Map<Long, Long> counts) implements WorkStatsContributor {
        @Override
        public String label() {
            return "Subscriptions";
        }

        @Override
        public String key() {
            return "subscriptions.count";
        }

        @Override
        public Map<Long, Long> counts(Collection<Long> workIds) {
            return counts;
        }
    }

    private StatsService with(WorkStatsContributor... contributors) {
        var beans = new StaticListableBeanFactory();
        for (int i = 0; i < contributors.length; i++) beans.addBean("c" + i, contributors[i]);
        ObjectProvider<WorkStatsContributor> provider = beans.getBeanProvider(WorkStatsContributor.class);
        return new StatsService(reader, works, provider, Clock.systemUTC());
    }

    @Test
    void aContributedColumnIsShownSortedAndTotalled() {
        User author = TestData.user(accounts);
        long a = post(author, "Quiet");
        long b = post(author, "Followed");
        Map<Long, Long> counts = new HashMap<>(Map.of(b, 4L));
        StatsPage page = with(new Subscriptions(counts))
                .page("/stats", author.id(), TestData.viewer(author), "subscriptions.count", false, 30, null);
        assertThat(page.columns()).extracting(StatsPage.Column::label).endsWith("Bookmarks", "Subscriptions");
        assertThat(page.rows()).extracting(r -> r.work().work().id()).containsExactly(b, a);
        assertThat(page.rows().getFirst().count("subscriptions.count")).isEqualTo(4);
        assertThat(page.total("subscriptions.count")).isEqualTo(4);
        assertThat(page.columns().getLast().cssClass()).isEqualTo("subscriptions");
    }

    @Test
    void aContributorMayNotTakeABuiltInColumnsKey() {
        WorkStatsContributor clash = new WorkStatsContributor() {
            @Override
            public String label() {
                return "More hits";
            }

            @Override
            public String key() {
                return "hits";
            }

            @Override
            public Map<Long, Long> counts(Collection<Long> workIds) {
                return Map.of();
            }
        };
        assertThatThrownBy(() -> with(clash))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"hits\"");
    }

    private long post(User author, String title) {
        return posting.create(
                accounts.defaultPseud(author.id()),
                TestData.work(title, "Contributed Fandom", "Fluff"),
                List.of(TestData.chapter("text")),
                WorkService.Mode.POST);
    }
}
