package org.fanfold.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.ReturnPaths;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading history at AO3's {@code /users/{login}/readings} (its owner only), with Marked for Later as
 * {@code ?show=to-read}; deleting an entry, clearing the history; {@code POST /works/{id}/mark_for_later} and
 * {@code /works/{id}/mark_as_read}.
 */
@Controller
class HistoryController {

    static final String TO_READ = "to-read";

    private final ReadingStore readings;
    private final ReadingRecorder recorder;
    private final InboxPageOwner owner;
    private final WorkReader reader;
    private final PreferencesStore preferences;
    private final Clock clock;
    private final UserNav userNav;

    HistoryController(
            ReadingStore readings,
            ReadingRecorder recorder,
            InboxPageOwner owner,
            WorkReader reader,
            PreferencesStore preferences,
            Clock clock,
            UserNav userNav) {
        this.readings = readings;
        this.recorder = recorder;
        this.owner = owner;
        this.reader = reader;
        this.preferences = preferences;
        this.clock = clock;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/readings")
    String show(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String show,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = owner.require(login, viewer, "see someone else's history");
        recorder.flush();
        boolean toRead = TO_READ.equals(show);
        Paged<Reading> rows = readings.page(user.id(), toRead, Paged.pageNumber(page), Paged.DEFAULT_SIZE);
        var prefs = preferences.of(user.id());
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute("toRead", toRead);
        model.addAttribute("entries", entries(rows, viewer));
        model.addAttribute("historyEnabled", prefs.historyEnabled());
        model.addAttribute("markedForLaterEnabled", prefs.markedForLaterEnabled());
        model.addAttribute("pageUrl", user.url() + "/readings?" + (toRead ? "show=" + TO_READ + "&" : "") + "page=");
        return "community/readings";
    }

    @PostMapping("/users/{login}/readings/{workId}/delete")
    String delete(
            @PathVariable String login,
            @PathVariable long workId,
            @RequestParam(defaultValue = "") String show,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = owner.require(login, viewer, "change someone else's history");
        recorder.flush();
        if (readings.delete(user.id(), workId))
            flash.addFlashAttribute("flash", "The work was removed from your history.");
        return "redirect:" + user.url() + "/readings" + (TO_READ.equals(show) ? "?show=" + TO_READ : "");
    }

    @GetMapping("/users/{login}/readings/clear")
    String confirmClear(@PathVariable String login, Viewer viewer, Model model) {
        model.addAttribute("user", owner.require(login, viewer, "change someone else's history"));
        return "community/readings_clear";
    }

    @PostMapping("/users/{login}/readings/clear")
    String clear(@PathVariable String login, Viewer viewer, RedirectAttributes flash) {
        User user = owner.require(login, viewer, "change someone else's history");
        recorder.flush();
        readings.clear(user.id());
        flash.addFlashAttribute("flash", "Your history is now cleared. Works marked for later stay marked.");
        return "redirect:" + user.url() + "/readings";
    }

    @PostMapping("/works/{id}/mark_for_later")
    String markForLater(
            @PathVariable long id,
            @RequestParam(name = "return_to", defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        WorkView work = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        if (!preferences.of(viewer.userId()).markedForLaterEnabled()) {
            throw new ForbiddenException("mark works for later while Marked for Later is off in your preferences");
        }
        readings.markForLater(viewer.userId(), id, clock.millis());
        flash.addFlashAttribute(
                "flash",
                "This work was added to your Marked for Later list: "
                        + work.work().title() + ".");
        return "redirect:"
                + (ReturnPaths.isLocal(returnTo) ? returnTo : work.work().url());
    }

    @PostMapping("/works/{id}/mark_as_read")
    String markAsRead(
            @PathVariable long id,
            @RequestParam(name = "return_to", defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        readings.markAsRead(viewer.userId(), id);
        flash.addFlashAttribute("flash", "This work was removed from your Marked for Later list.");
        return "redirect:" + (ReturnPaths.isLocal(returnTo) ? returnTo : "/works/" + id);
    }

    private Paged<ReadingEntry> entries(Paged<Reading> rows, Viewer viewer) {
        Map<Long, WorkView> works = new HashMap<>();
        for (WorkView v :
                reader.blurbs(rows.items().stream().map(Reading::workId).toList(), viewer)) {
            works.put(v.work().id(), v);
        }
        List<ReadingEntry> out = new ArrayList<>();
        for (Reading r : rows.items()) out.add(ReadingEntry.of(r, works.get(r.workId())));
        return new Paged<>(out, rows.total(), rows.page(), rows.size());
    }
}
