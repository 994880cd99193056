package org.fanfold.collections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkListings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AO3's collection pages: the index {@code /collections}, a user's {@code /users/{login}/collections}, creating one
 * ({@code /collections/new}), its profile {@code /collections/{name}}, and editing and revealing it (owners).
 */
@Controller
class CollectionsController {

    static final int RECENT_WORKS = 5;

    private final CollectionService collections;
    private final CollectionDirectory directory;
    private final CollectionPages pages;
    private final WorkListings listings;
    private final Accounts accounts;
    private final UserNav userNav;

    CollectionsController(
            CollectionService collections,
            CollectionDirectory directory,
            CollectionPages pages,
            WorkListings listings,
            Accounts accounts,
            UserNav userNav) {
        this.collections = collections;
        this.directory = directory;
        this.pages = pages;
        this.listings = listings;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/collections")
    String index(@RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        model.addAttribute("collections", directory.page(null, Paged.pageNumber(page), viewer));
        model.addAttribute("user", null);
        model.addAttribute("userNav", null);
        return "collections/index";
    }

    @GetMapping("/users/{login}/collections")
    String ofUser(
            @PathVariable String login, @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        model.addAttribute("collections", directory.page(user.id(), Paged.pageNumber(page), viewer));
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "collections/index";
    }

    @GetMapping("/collections/new")
    String newCollection(Model model) {
        return form(model, CollectionForm.blank(), Map.of(), null);
    }

    @PostMapping("/collections")
    String create(@ModelAttribute CollectionForm form, Viewer viewer, HttpServletResponse response, Model model) {
        try {
            return "redirect:" + collections.create(form, viewer).url();
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return form(model, form, e.errors(), null);
        }
    }

    @GetMapping("/collections/{name}")
    String show(@PathVariable String name, Viewer viewer, Model model) {
        ArchiveCollection c = collections.byName(name);
        pages.addHeader(model, c, viewer, "profile");
        Paged<org.fanfold.works.WorkView> works = listings.list(WorkListings.Scope.collection(c.id()), viewer);
        model.addAttribute("recent", works.items().stream().limit(RECENT_WORKS).toList());
        model.addAttribute("workCount", works.total());
        model.addAttribute("maintainers", directory.maintainers(c.id()));
        return "collections/show";
    }

    @GetMapping("/collections/{name}/edit")
    String edit(@PathVariable String name, Viewer viewer, Model model) {
        ArchiveCollection c = collections.byName(name);
        if (!collections.owns(c, viewer)) throw new org.fanfold.shared.ForbiddenException("change this collection");
        return form(model, CollectionForm.of(c), Map.of(), c);
    }

    @PostMapping("/collections/{name}")
    String update(
            @PathVariable String name,
            @ModelAttribute CollectionForm form,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        ArchiveCollection c = collections.byName(name);
        try {
            collections.update(c, form, viewer);
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return form(model, form.named(c.name()), e.errors(), c);
        }
        return "redirect:" + c.url();
    }

    /** Owners reveal the works ({@code works=true}) and/or their creators ({@code creators=true}). */
    @PostMapping("/collections/{name}/reveal")
    String reveal(
            @PathVariable String name,
            @RequestParam(defaultValue = "false") boolean works,
            @RequestParam(defaultValue = "false") boolean creators,
            Viewer viewer) {
        ArchiveCollection c = collections.byName(name);
        collections.reveal(c, viewer, works, creators);
        return "redirect:" + c.url();
    }

    private String form(Model model, CollectionForm form, Map<String, String> errors, ArchiveCollection editing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        return "collections/form";
    }
}
