package org.fanfold.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zones offered on the preferences page: UTC, then the geographic region ids ("Europe/Berlin") by name.
 * Legacy aliases ("US/Pacific", "Etc/GMT+5", "CET") are left out: each place appears once, under its own name.
 */
public final class TimeZones {

    /** A zone in the menu: its id and how it is labelled now ("Asia/Tokyo (UTC+09:00)"). */
    public record Choice(String id, String label) {}

    private static final Set<String> AREAS =
            Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    private static final Set<String> IDS = load();

    private TimeZones() {}

    /** Every zone id offered, UTC first. */
    static Set<String> ids() {
        return IDS;
    }

    /** The menu, each zone labelled with its offset at {@code now}. */
    public static List<Choice> choices(Instant now) {
        List<Choice> out = new ArrayList<>(IDS.size());
        for (String id : IDS) {
            if (id.equals("UTC")) {
                out.add(new Choice(id, "UTC"));
                continue;
            }
            var offset = ZoneId.of(id).getRules().getOffset(now);
            String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
            out.add(new Choice(id, id.replace('_', ' ') + " (" + utc + ")"));
        }
        return out;
    }

    private static Set<String> load() {
        Set<String> regions = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.indexOf('/');
            if (slash > 0 && AREAS.contains(id.substring(0, slash))) regions.add(id);
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add("UTC");
        ids.addAll(regions);
        return Collections.unmodifiableSet(ids);
    }
}
