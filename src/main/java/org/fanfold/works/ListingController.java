package org.fanfold.works;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Works listings, 20 a page, newest update first unless sorted otherwise: everything ({@code /works}), a tag's,
 * a creator's, search results, and the home page. AO3's {@code work_search[query]} and
 * {@code work_search[sort_column]} parameters work as on AO3.
 */
@Controller
class ListingController {

    private final WorkListings listings;
    private final WorkReader reader;
    private final WorkStore store;
    private final TagService tags;
    private final Accounts accounts;

    ListingController(WorkListings listings, WorkReader reader, WorkStore store, TagService tags, Accounts accounts) {
        this.listings = listings;
        this.reader = reader;
        this.store = store;
        this.tags = tags;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("works", listings.list(new WorkListings.Request(null, null, null, null, 1), viewer));
        return "home";
    }

    @GetMapping("/works")
    String all(
            @RequestParam(name = "work_search[sort_column]", required = false) String sort,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        var works = listings.list(new WorkListings.Request(null, null, null, sort, Paged.pageNumber(page)), viewer);
        return listing(model, request, works, "Works", null, sort);
    }

    @GetMapping("/works/search")
    String search(
            @RequestParam(name = "work_search[query]", required = false) String query,
            @RequestParam(name = "work_search[sort_column]", required = false) String sort,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("sort", sort == null ? "" : sort);
        if (query == null) {
            model.addAttribute("works", null);
            return "works/search";
        }
        model.addAttribute(
                "works",
                listings.list(new WorkListings.Request(query, null, null, sort, Paged.pageNumber(page)), viewer));
        model.addAttribute("pageUrl", pageUrl(request));
        return "works/search";
    }

    @GetMapping({"/tags/{name}", "/tags/{name}/works"})
    String tag(
            @PathVariable String name,
            @RequestParam(name = "work_search[sort_column]", required = false) String sort,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        Tag tag = tags.find(TagNames.fromUrl(name)).orElseThrow(() -> new NotFoundException("tag " + name));
        if (tag.mergerId() != null) {
            Tag canonical = tags.byId(tag.mergerId()).orElse(tag);
            if (canonical.id() != tag.id()) return "redirect:" + canonical.worksUrl();
        }
        var works = listings.list(new WorkListings.Request(null, tag, null, sort, Paged.pageNumber(page)), viewer);
        return listing(model, request, works, "Works in", tag, sort);
    }

    @GetMapping("/users/{login}")
    String dashboard(@PathVariable String login, Viewer viewer, Model model) {
        User user = user(login);
        model.addAttribute("user", user);
        model.addAttribute("pseuds", accounts.pseuds(user.id()));
        model.addAttribute("works", listings.list(new WorkListings.Request(null, null, user.id(), null, 1), viewer));
        model.addAttribute(
                "drafts", viewer.is(user.id()) ? reader.blurbs(store.draftIds(user.id()), viewer) : List.of());
        return "works/dashboard";
    }

    @GetMapping({"/users/{login}/works", "/users/{login}/pseuds/{pseud}/works", "/users/{login}/pseuds/{pseud}"})
    String byCreator(
            @PathVariable String login,
            @PathVariable(required = false) String pseud,
            @RequestParam(name = "work_search[sort_column]", required = false) String sort,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        User user = user(login);
        Pseud credited = pseud == null
                ? accounts.defaultPseud(user.id())
                : accounts.pseud(login, pseud).orElseThrow(() -> new NotFoundException("pseud " + pseud));
        var works =
                listings.list(new WorkListings.Request(null, null, user.id(), sort, Paged.pageNumber(page)), viewer);
        model.addAttribute("creator", credited);
        return listing(model, request, works, "Works by " + credited.byline(), null, sort);
    }

    @GetMapping("/users/{login}/works/drafts")
    String drafts(@PathVariable String login, Viewer viewer, Model model) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's drafts");
        List<WorkView> drafts = reader.blurbs(store.draftIds(user.id()), viewer);
        model.addAttribute("works", new Paged<>(drafts, drafts.size(), 1, Math.max(1, drafts.size())));
        model.addAttribute("heading", "Drafts");
        model.addAttribute("tag", null);
        model.addAttribute("sort", "");
        model.addAttribute("pageUrl", "?page=");
        return "works/index";
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private String listing(
            Model model, HttpServletRequest request, Paged<WorkView> works, String heading, Tag tag, String sort) {
        model.addAttribute("works", works);
        model.addAttribute("heading", heading);
        model.addAttribute("tag", tag);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("pageUrl", pageUrl(request));
        return "works/index";
    }

    /** The current URL without its page parameter, ready for "page=N" to be appended. */
    static String pageUrl(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals("page")) return;
            for (String v : values) {
                url.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return url.append("page=").toString();
    }
}
