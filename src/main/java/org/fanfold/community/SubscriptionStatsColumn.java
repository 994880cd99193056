package org.fanfold.community;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The "Subscriptions" column of a creator's statistics, as on AO3: how many readers subscribed to each work (to hear
 * of its new chapters). Subscriptions to the creator or to a series are not a work's and are not counted.
 */
@Component
class SubscriptionStatsColumn implements WorkStatsContributor {

    private final SubscriptionStore subscriptions;

    SubscriptionStatsColumn(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

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
        return subscriptions.countsByWork(workIds);
    }
}
