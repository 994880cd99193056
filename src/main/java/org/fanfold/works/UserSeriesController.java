package org.fanfold.works;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user's series at AO3's {@code /users/{login}/series}: each with the works of it the viewer may see (a series
 * none of whose works they may see is left out, as its own page is), newest update first.
 */
@Controller
class UserSeriesController {

    private final SeriesStore series;
    private final WorkReader reader;
    private final Accounts accounts;
    private final UserNav userNav;
    private final ObjectProvider<SeriesBookmarkCounts> bookmarks;

    UserSeriesController(
            SeriesStore series,
            WorkReader reader,
            Accounts accounts,
            UserNav userNav,
            ObjectProvider<SeriesBookmarkCounts> bookmarks) {
        this.series = series;
        this.reader = reader;
        this.accounts = accounts;
        this.userNav = userNav;
        this.bookmarks = bookmarks;
    }

    @GetMapping("/users/{login}/series")
    String index(
            @PathVariable String login, @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        List<SeriesBlurb> all = new ArrayList<>();
        for (Series s : series.ofUser(user.id())) {
            List<WorkView> works = reader.blurbs(series.workIds(s.id()), viewer);
            if (works.isEmpty()) continue;
            Set<Tag> fandoms = new LinkedHashSet<>();
            long words = 0;
            for (WorkView w : works) {
                fandoms.addAll(w.tags(TagType.FANDOM));
                words += w.work().wordCount();
            }
            all.add(new SeriesBlurb(s, List.copyOf(fandoms), works.size(), words));
        }
        all.sort((a, b) -> Long.compare(b.series().updatedAt(), a.series().updatedAt()));
        int n = Paged.pageNumber(page);
        int from = Math.min(all.size(), (n - 1) * Paged.DEFAULT_SIZE);
        int to = Math.min(all.size(), from + Paged.DEFAULT_SIZE);
        List<SeriesBlurb> shown = all.subList(from, to);
        SeriesBookmarkCounts counts = bookmarks.getIfAvailable();
        model.addAttribute("user", user);
        model.addAttribute("series", new Paged<>(shown, all.size(), n, Paged.DEFAULT_SIZE));
        model.addAttribute(
                "bookmarks",
                counts == null || shown.isEmpty()
                        ? Map.of()
                        : counts.counts(shown.stream().map(b -> b.series().id()).toList(), viewer));
        model.addAttribute("pageUrl", "/users/" + user.login() + "/series?page=");
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "works/user_series";
    }
}
