package org.fanfold.works;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading a work: AO3's {@code /works/{id}} (first chapter, or the whole work with {@code view_full_work=true}),
 * {@code /works/{id}/chapters/{chapterId}} and the chapter index {@code /works/{id}/navigate}. Mature and Explicit
 * works first show the adult-content notice unless the reader said to proceed ({@code view_adult=true}, remembered
 * for the session, or for good with {@code remember_adult=true}) or chose "show me adult content without checking"
 * in their preferences.
 */
@Controller
class ReadingController {

    static final String ADULT_SESSION = "view_adult";
    static final String ADULT_COOKIE = "view_adult";

    static final int SIMILAR = 5;

    private final WorkReader reader;
    private final HitCounter hits;
    private final WorkListings listings;
    private final WorkPageSections sections;
    private final PreferencesStore preferences;
    private final ApplicationEventPublisher events;

    ReadingController(
            WorkReader reader,
            HitCounter hits,
            WorkListings listings,
            WorkPageSections sections,
            PreferencesStore preferences,
            ApplicationEventPublisher events) {
        this.preferences = preferences;
        this.events = events;
        this.reader = reader;
        this.hits = hits;
        this.listings = listings;
        this.sections = sections;
    }

    @GetMapping("/works/{id}")
    String work(
            @PathVariable long id,
            @RequestParam(name = "view_full_work", defaultValue = "false") boolean full,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return read(id, null, full, false, viewer, request, response, model);
    }

    @GetMapping("/works/{id}/chapters/{chapterId}")
    String chapter(
            @PathVariable long id,
            @PathVariable long chapterId,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return read(id, chapterId, false, false, viewer, request, response, model);
    }

    /** The chapter menu's target when scripts are off: {@code /works/{id}/chapters?selected_id=N}. */
    @GetMapping("/works/{id}/chapters")
    String selectChapter(@PathVariable long id, @RequestParam(name = "selected_id") long chapterId) {
        return "redirect:/works/" + id + "/chapters/" + chapterId;
    }

    @GetMapping("/works/{id}/preview")
    String preview(
            @PathVariable long id,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return read(id, null, true, true, viewer, request, response, model);
    }

    @GetMapping("/works/{id}/navigate")
    String navigate(@PathVariable long id, Viewer viewer, Model model) {
        WorkView view = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        model.addAttribute("view", view);
        model.addAttribute("chapters", reader.chapters(view, viewer));
        return "works/navigate";
    }

    private String read(
            long id,
            Long chapterId,
            boolean full,
            boolean preview,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var found = reader.view(id, viewer);
        model.addAttribute("sections", WorkPageSections.Rendered.NONE);
        if (found.isEmpty()) {
            if (reader.requiresLogin(id, viewer)) {
                model.addAttribute("returnTo", request.getRequestURI());
                return "works/restricted";
            }
            throw new NotFoundException("work " + id);
        }
        WorkView view = found.get();
        boolean creator = view.isCreator(viewer.userId());
        if (preview && !creator) throw new NotFoundException("work " + id);
        List<Chapter> all = reader.chapters(view, viewer);
        if (all.isEmpty()) throw new NotFoundException("work " + id);
        Chapter current = null;
        if (chapterId != null) {
            current = all.stream()
                    .filter(c -> c.id() == chapterId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("chapter " + chapterId));
        } else if (!full && all.size() > 1) {
            current = all.getFirst();
        }
        WorkPage page = new WorkPage(view, current == null ? all : List.of(current), all, current, creator, preview);
        model.addAttribute("work", page);
        boolean unasked =
                viewer.userId() != null && preferences.of(viewer.userId()).adultWithoutAsking();
        if (view.adult() && !creator && !unasked && !adultAccepted(request, response)) {
            model.addAttribute("proceedUrl", proceedUrl(request));
            return "works/adult";
        }
        if (!creator && view.work().posted()) hits.visit(id, visitor(viewer, request));
        if (!creator && view.work().posted() && viewer.userId() != null) {
            events.publishEvent(new WorkEvents.WorkRead(
                    id,
                    current == null ? null : current.id(),
                    current == null ? null : current.position(),
                    viewer.userId()));
        }
        model.addAttribute("similar", view.work().posted() ? listings.similar(view, viewer, SIMILAR) : List.of());
        if (!preview)
            model.addAttribute("sections", sections.render(page, viewer, (PageContext) model.getAttribute("page")));
        return "works/show";
    }

    /** Whether the reader agreed to see adult content: now, earlier this session, or for good. */
    private static boolean adultAccepted(HttpServletRequest request, HttpServletResponse response) {
        if ("true".equals(request.getParameter("view_adult"))) {
            request.getSession(true).setAttribute(ADULT_SESSION, Boolean.TRUE);
            if ("true".equals(request.getParameter("remember_adult"))) {
                Cookie cookie = new Cookie(ADULT_COOKIE, "true");
                cookie.setPath("/");
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
            }
            return true;
        }
        var session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ADULT_SESSION))) return true;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies())
                if (ADULT_COOKIE.equals(c.getName()) && "true".equals(c.getValue())) return true;
        }
        return false;
    }

    private static String proceedUrl(HttpServletRequest request) {
        String q = request.getQueryString();
        return request.getRequestURI() + "?" + (q == null || q.isBlank() ? "" : q + "&") + "view_adult=true";
    }

    /** Who is visiting, for one hit per visitor per day: the account, or a hash of address and browser. */
    private static String visitor(Viewer viewer, HttpServletRequest request) {
        if (viewer.userId() != null) return "u" + viewer.userId();
        String raw = request.getRemoteAddr() + "|" + request.getHeader("User-Agent");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return "g" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
