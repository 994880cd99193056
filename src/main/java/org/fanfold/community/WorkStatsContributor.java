package org.fanfold.community;

import java.util.Collection;
import java.util.Map;

/**
 * A column on a creator's statistics page ({@code /users/{login}/stats}) that another feature contributes, such as
 * subscriptions, so the statistics need not know that feature. Implementations are Spring beans; the page shows a
 * column per bean (none when there is none), sortable and totalled like the built-in ones. Called on the request
 * thread, once per page view.
 */
public interface WorkStatsContributor {

    /** The column's heading, e.g. "Subscriptions". */
    String label();

    /**
     * The column's key: its {@code sort_column} value and CSS class. Lower-case letters, digits, dots and underscores,
     * unique among contributors, e.g. "subscriptions.count" (AO3's name).
     */
    String key();

    /** Lower comes first among the contributed columns, which follow the built-in ones. */
    default int order() {
        return 0;
    }

    /**
     * The counts for these works (one creator's posted works); works absent from the map count 0.
     *
     * @param workIds never empty
     */
    Map<Long, Long> counts(Collection<Long> workIds);
}
