package org.fanfold.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.User;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox, {@code /users/{login}/inbox} (its owner only): notices newest first, filtered by AO3's
 * {@code filters[read]} (all, unread, read), marked read or unread or deleted in bulk with checkboxes.
 */
@Controller
class InboxController {

    static final String FILTER = "filters[read]";

    private final InboxStore inbox;
    private final InboxPageOwner owner;
    private final WorkReader reader;
    private final Clock clock;
    private final UserNav userNav;

    InboxController(InboxStore inbox, InboxPageOwner owner, WorkReader reader, Clock clock, UserNav userNav) {
        this.inbox = inbox;
        this.owner = owner;
        this.reader = reader;
        this.clock = clock;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/inbox")
    String show(
            @PathVariable String login,
            @RequestParam(name = FILTER, defaultValue = "all") String read,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = owner.require(login, viewer, "see someone else's inbox");
        InboxFilter filter = InboxFilter.of(read);
        Paged<Notice> notices = inbox.page(user.id(), filter, Paged.pageNumber(page), Paged.DEFAULT_SIZE);
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute("filter", filter.param);
        model.addAttribute("entries", entries(notices, viewer, user.url()));
        model.addAttribute("unread", UnreadNotices.of(inbox.unreadByKind(user.id())));
        model.addAttribute("pageUrl", url(user, filter, null) + (filter == InboxFilter.ALL ? "?" : "&") + "page=");
        return "community/inbox";
    }

    @PostMapping("/users/{login}/inbox")
    String change(
            @PathVariable String login,
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(defaultValue = "") String commit,
            @RequestParam(name = FILTER, defaultValue = "all") String read,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = owner.require(login, viewer, "change someone else's inbox");
        InboxFilter filter = InboxFilter.of(read);
        List<Long> chosen = numbers(ids);
        String back = "redirect:" + url(user, filter, Paged.pageNumber(page));
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("flash", "Choose the notices first, with the boxes beside them.");
            return back;
        }
        int n;
        String done;
        switch (commit) {
            case "read" -> {
                n = inbox.mark(user.id(), chosen, true, clock.millis());
                done = "marked read";
            }
            case "unread" -> {
                n = inbox.mark(user.id(), chosen, false, clock.millis());
                done = "marked unread";
            }
            case "delete" -> {
                n = inbox.delete(user.id(), chosen);
                done = "deleted";
            }
            default -> {
                flash.addFlashAttribute("flash", "Choose Mark Read, Mark Unread or Delete.");
                return back;
            }
        }
        flash.addFlashAttribute("flash", (n == 1 ? "1 notice " : n + " notices ") + done + ".");
        return back;
    }

    private Paged<InboxEntry> entries(Paged<Notice> notices, Viewer viewer, String ownerUrl) {
        List<Long> workIds =
                notices.items().stream().map(Notice::workId).distinct().toList();
        Map<Long, String> titles = new HashMap<>();
        for (WorkView v : reader.blurbs(workIds, viewer))
            titles.put(v.work().id(), v.work().title());
        List<InboxEntry> out = new ArrayList<>();
        long now = clock.millis();
        for (Notice n : notices.items()) out.add(InboxEntry.of(n, titles.get(n.workId()), ownerUrl, now));
        return new Paged<>(out, notices.total(), notices.page(), notices.size());
    }

    /** Checkbox values as ids; anything that is not a number is ignored, and at most {@link InboxStore#BULK_MAX}. */
    private static List<Long> numbers(@Nullable List<String> values) {
        if (values == null) return List.of();
        List<Long> out = new ArrayList<>();
        for (String v : values) {
            if (out.size() >= InboxStore.BULK_MAX) break;
            try {
                out.add(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        return out;
    }

    private static String url(User user, InboxFilter filter, @Nullable Integer page) {
        var b = UriComponentsBuilder.fromPath(user.url() + "/inbox");
        if (filter != InboxFilter.ALL) b.queryParam(FILTER, filter.param);
        if (page != null && page > 1) b.queryParam("page", page);
        return b.encode().build().toUriString();
    }
}
