package org.fanfold.works;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Works listings with AO3's filter sidebar, 20 a page, newest update first unless sorted otherwise: everything
 * ({@code /works}), a tag's, a creator's, search results, and the home page. Filters use AO3's URL parameters
 * ({@link WorkFilter}), so AO3 filter links translate.
 */
@Controller
class ListingController {

    private final WorkListings listings;
    private final WorkReader reader;
    private final WorkStore store;
    private final TagService tags;
    private final Accounts accounts;
    private final ListingPages pages;
    private final UserNav userNav;

    ListingController(
            WorkListings listings,
            WorkReader reader,
            WorkStore store,
            TagService tags,
            Accounts accounts,
            ListingPages pages,
            UserNav userNav) {
        this.userNav = userNav;
        this.listings = listings;
        this.reader = reader;
        this.store = store;
        this.tags = tags;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("works", listings.list(WorkListings.Scope.ALL, viewer));
        return "home";
    }

    @GetMapping("/works")
    String all(Viewer viewer, HttpServletRequest request, Model model) {
        String scoped = ao3Scope(request);
        if (scoped != null) return "redirect:" + scoped;
        return listing(model, request, viewer, WorkListings.Scope.ALL, "Works", null, null);
    }

    /** AO3's own parameters that name a listing's scope on {@code /works}: its filter form sends them there. */
    private static final Set<String> AO3_SCOPE = Set.of("tag_id", "user_id", "pseud_id");

    /**
     * AO3's filter form sends a tag's or a creator's filtered listing to {@code /works} with {@code tag_id} (the
     * tag's name) or {@code user_id} (a login, with {@code pseud_id}, a pseud's name): the same listing's place
     * here, the filters kept, so such links work. Null when neither is given.
     */
    private @Nullable String ao3Scope(HttpServletRequest request) {
        String tagName = request.getParameter("tag_id");
        String login = request.getParameter("user_id");
        String path;
        if (tagName != null && !tagName.isBlank()) {
            Tag tag = tags.find(tagName.strip()).orElseThrow(() -> new NotFoundException("tag " + tagName));
            path = tag.worksUrl();
        } else if (login != null && !login.isBlank()) {
            User user = user(login.strip());
            String pseud = request.getParameter("pseud_id");
            path = pseud == null || pseud.isBlank()
                    ? "/users/" + user.login() + "/works"
                    : accounts.pseud(user.login(), pseud.strip())
                                    .orElseThrow(() -> new NotFoundException("pseud " + pseud))
                                    .url()
                            + "/works";
        } else {
            return null;
        }
        return ListingPages.withParameters(path, request, AO3_SCOPE);
    }

    @GetMapping("/works/search")
    String search(Viewer viewer, HttpServletRequest request, Model model) {
        model.addAttribute(
                "searched", request.getParameterMap().keySet().stream().anyMatch(k -> k.contains("work_search")));
        listing(model, request, viewer, WorkListings.Scope.ALL, "Found", null, null);
        return "works/search";
    }

    @GetMapping("/tags/{name}/works")
    String tag(@PathVariable String name, Viewer viewer, HttpServletRequest request, Model model) {
        Tag tag = tags.find(TagNames.fromUrl(name)).orElseThrow(() -> new NotFoundException("tag " + name));
        Tag canonical = tags.mergedInto(tag).orElse(null);
        if (canonical != null)
            return "redirect:" + ListingPages.withParameters(canonical.worksUrl(), request, Set.of());
        return listing(model, request, viewer, new WorkListings.Scope(tag, null), "Works in", tag, null);
    }

    @GetMapping("/users/{login}")
    String dashboard(@PathVariable String login, Viewer viewer, Model model) {
        User user = user(login);
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute("pseuds", accounts.pseuds(user.id()));
        model.addAttribute("works", listings.list(new WorkListings.Scope(null, user.id()), viewer));
        model.addAttribute(
                "drafts", viewer.is(user.id()) ? reader.blurbs(store.draftIds(user.id()), viewer) : List.of());
        return "works/dashboard";
    }

    @GetMapping({"/users/{login}/works", "/users/{login}/pseuds/{pseud}/works"})
    String byCreator(
            @PathVariable String login,
            @PathVariable(required = false) String pseud,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        User user = user(login);
        if (pseud == null) {
            return listing(
                    model,
                    request,
                    viewer,
                    new WorkListings.Scope(null, user.id()),
                    "Works by " + user.login(),
                    null,
                    user);
        }
        Pseud credited = accounts.pseud(login, pseud).orElseThrow(() -> new NotFoundException("pseud " + pseud));
        return listing(
                model,
                request,
                viewer,
                WorkListings.Scope.pseud(user.id(), credited.id()),
                "Works by " + credited.byline(),
                null,
                user);
    }

    @GetMapping("/users/{login}/works/drafts")
    String drafts(@PathVariable String login, Viewer viewer, Model model) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's drafts");
        List<WorkView> drafts = reader.blurbs(store.draftIds(user.id()), viewer);
        model.addAttribute("works", drafts);
        return "works/drafts";
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private String listing(
            Model model,
            HttpServletRequest request,
            Viewer viewer,
            WorkListings.Scope scope,
            String heading,
            Tag tag,
            User creator) {
        return pages.render(model, request, viewer, scope, heading, tag, creator, null);
    }
}
