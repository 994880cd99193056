package org.fanfold.community;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A creator's statistics, AO3's {@code /users/{login}/stats}, for that creator only: their works' counts sorted by
 * {@code sort_column} and {@code sort_direction} (ASC or DESC, as on AO3), totals, and a chart of hits per day over
 * the last 30, 90 or 365 days ({@code range}), for all works or one ({@code work_id}).
 */
@Controller
class StatsController {

    private final StatsService stats;
    private final Accounts accounts;
    private final UserNav userNav;

    StatsController(StatsService stats, Accounts accounts, UserNav userNav) {
        this.stats = stats;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/stats")
    String stats(
            @PathVariable String login,
            @RequestParam(name = "sort_column", defaultValue = "hits") String sort,
            @RequestParam(name = "sort_direction", defaultValue = "") String direction,
            @RequestParam(defaultValue = "30") String range,
            @RequestParam(name = "work_id", defaultValue = "") String workId,
            Viewer viewer,
            Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's statistics");
        // AO3's defaults: titles A to Z, counts and dates biggest and newest first.
        boolean ascending = direction.isEmpty() ? sort.equals("title") : direction.equalsIgnoreCase("ASC");
        model.addAttribute("user", user);
        model.addAttribute(
                "stats",
                stats.page(
                        "/users/" + user.login() + "/stats",
                        user.id(),
                        viewer,
                        sort,
                        ascending,
                        days(range),
                        id(workId)));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "community/stats";
    }

    /** A work id, or null (all works) for anything that is not a number. */
    private static @Nullable Long id(String workId) {
        try {
            return workId.isBlank() ? null : Long.parseLong(workId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int days(String range) {
        try {
            return Integer.parseInt(range.strip());
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
