package org.fanfold.collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Languages;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Related works: a creator relates their work to the one that inspired it or that it translates
 * ({@code /works/{id}/related_works/new}); a user's {@code /users/{login}/related_works} lists the links to and
 * from their works, where they approve links to their works (shown on them only then) or remove that approval.
 */
@Controller
class RelatedWorksController {

    private final RelatedWorks related;
    private final RelatedWorkViews views;
    private final WorkReader reader;
    private final Accounts accounts;
    private final UserNav userNav;

    RelatedWorksController(
            RelatedWorks related, RelatedWorkViews views, WorkReader reader, Accounts accounts, UserNav userNav) {
        this.related = related;
        this.views = views;
        this.reader = reader;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/works/{id}/related_works/new")
    String newLink(@PathVariable long id, Viewer viewer, Model model) {
        return form(model, ownWork(id, viewer), viewer, RelatedWorkForm.blank(), Map.of());
    }

    @PostMapping("/works/{id}/related_works")
    String create(
            @PathVariable long id,
            @ModelAttribute RelatedWorkForm form,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        WorkView work = ownWork(id, viewer);
        try {
            related.add(id, viewer, form, SiteAddress.base(request));
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return form(model, work, viewer, form, e.errors());
        }
        return "redirect:/works/" + id;
    }

    /** The child's creator takes a link away. */
    @PostMapping("/related_works/{id}/delete")
    String delete(@PathVariable long id, Viewer viewer) {
        RelatedWork link = related.find(id);
        related.delete(link, viewer);
        return "redirect:/works/" + link.workId() + "/related_works/new";
    }

    /** The parent's creator shows the link on their work ({@code approve}) or stops showing it ({@code remove}). */
    @PostMapping("/related_works/{id}/{action:approve|remove}")
    String approve(@PathVariable long id, @PathVariable String action, Viewer viewer) {
        related.approve(related.find(id), viewer, action.equals("approve"));
        return "redirect:/users/" + viewer.login() + "/related_works";
    }

    @GetMapping("/users/{login}/related_works")
    String ofUser(@PathVariable String login, Viewer viewer, Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        List<RelatedLink> toTheirs = views.ofUser(user.id(), viewer, true);
        List<RelatedLink> fromTheirs = views.ofUser(user.id(), viewer, false);
        model.addAttribute("user", user);
        model.addAttribute("own", viewer.is(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute(
                "translationsOfTheirs",
                toTheirs.stream().filter(r -> r.link().translation()).toList());
        model.addAttribute(
                "inspiredByTheirs",
                toTheirs.stream().filter(r -> !r.link().translation()).toList());
        model.addAttribute(
                "translatedByThem",
                fromTheirs.stream().filter(r -> r.link().translation()).toList());
        model.addAttribute(
                "inspiringThem",
                fromTheirs.stream().filter(r -> !r.link().translation()).toList());
        return "collections/related_works";
    }

    private String form(Model model, WorkView work, Viewer viewer, RelatedWorkForm form, Map<String, String> errors) {
        model.addAttribute("work", work);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("links", views.parentsOf(work, viewer));
        model.addAttribute("languages", Languages.ALL);
        return "collections/related_form";
    }

    private WorkView ownWork(long id, Viewer viewer) {
        WorkView work = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        if (!work.isCreator(viewer.userId())) throw new ForbiddenException("change the related works of this work");
        return work;
    }
}
