package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/**
 * Names subscription targets for a viewer, through the works module's visibility: a work or series the viewer may
 * not see is "unavailable", exactly as if it did not exist.
 */
@Component
class SubscriptionTargets {

    /** A target as pages show it. */
    record Described(SubscriptionTarget target, String title, String url) {

        /** "work", "creator" or "series", for sentences. */
        String noun() {
            return switch (target.type()) {
                case WORK -> "work";
                case USER -> "creator";
                case SERIES -> "series";
            };
        }

        /** What a subscriber hears of: "its new chapters", "their new works", "its new parts". */
        String news() {
            return switch (target.type()) {
                case WORK -> "its new chapters";
                case USER -> "their new works";
                case SERIES -> "its new parts";
            };
        }
    }

    private final WorkReader reader;
    private final Accounts accounts;

    SubscriptionTargets(WorkReader reader, Accounts accounts) {
        this.reader = reader;
        this.accounts = accounts;
    }

    /** The target's name and page, if it exists and {@code viewer} may see it. */
    Optional<Described> describe(SubscriptionTarget target, Viewer viewer) {
        return switch (target.type()) {
            case WORK ->
                reader.view(target.id(), viewer)
                        .map(v ->
                                new Described(target, v.work().title(), v.work().url()));
            case USER -> accounts.byId(target.id()).map(u -> new Described(target, u.login(), u.url()));
            case SERIES ->
                reader.series(target.id(), viewer)
                        .map(v -> new Described(
                                target, v.series().title(), v.series().url()));
        };
    }

    /** Why {@code viewer} may not subscribe to {@code target} (their own work, themselves), or empty. */
    Optional<String> refusal(SubscriptionTarget target, Viewer viewer) {
        return switch (target.type()) {
            case WORK ->
                reader.view(target.id(), viewer)
                        .filter(v -> v.isCreator(viewer.userId()))
                        .map(v -> "You can't subscribe to your own work.");
            case USER -> viewer.is(target.id()) ? Optional.of("You can't subscribe to yourself.") : Optional.empty();
            case SERIES -> Optional.empty();
        };
    }

    /** A reader's subscriptions as the page lists them, works loaded in one go. */
    List<SubscriptionEntry> list(List<Subscription> subscriptions, Viewer viewer) {
        List<Long> workIds = subscriptions.stream()
                .filter(s -> s.target().type() == SubscriptionTarget.Type.WORK)
                .map(s -> s.target().id())
                .toList();
        Map<Long, WorkView> works = reader.blurbs(workIds, viewer).stream()
                .collect(Collectors.toMap(v -> v.work().id(), Function.identity()));
        List<SubscriptionEntry> out = new ArrayList<>(subscriptions.size());
        for (Subscription s : subscriptions) {
            SubscriptionTarget t = s.target();
            Optional<Described> described = t.type() == SubscriptionTarget.Type.WORK
                    ? Optional.ofNullable(works.get(t.id()))
                            .map(v ->
                                    new Described(t, v.work().title(), v.work().url()))
                    : describe(t, viewer);
            String kind = switch (t.type()) {
                case WORK -> "Work";
                case USER -> "Creator";
                case SERIES -> "Series";
            };
            out.add(new SubscriptionEntry(
                    t.type().param,
                    t.id(),
                    kind,
                    described.map(Described::title).orElse(null),
                    described.map(Described::url).orElse(null),
                    s.createdAt()));
        }
        return out;
    }
}
