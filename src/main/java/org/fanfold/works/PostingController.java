package org.fanfold.works;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Languages;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Posting and editing works: the form, save as draft, preview, post, edit and delete with confirmation. A form
 * with errors comes back with everything typed still in it and each problem next to its field.
 */
@Controller
class PostingController {

    private final WorkService service;
    private final WorkReader reader;
    private final SeriesStore series;
    private final TagService tags;
    private final Accounts accounts;
    private final CoCreators coCreators;

    PostingController(
            WorkService service,
            WorkReader reader,
            SeriesStore series,
            TagService tags,
            Accounts accounts,
            CoCreators coCreators) {
        this.coCreators = coCreators;
        this.service = service;
        this.reader = reader;
        this.series = series;
        this.tags = tags;
        this.accounts = accounts;
    }

    @GetMapping("/works/new")
    String newWork(Viewer viewer, Model model) {
        return form(model, viewer, WorkForm.blank(), CreditsForm.blank(), Map.of(), null);
    }

    @PostMapping("/works")
    String create(
            @ModelAttribute WorkForm form,
            @ModelAttribute CreditsForm credits,
            @RequestParam(defaultValue = "post") String commit,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        Map<String, String> errors = form.formErrors();
        if (!errors.isEmpty()) return rejected(response, model, viewer, form, credits, errors, null);
        WorkService.Mode mode = commit.equals("post") ? WorkService.Mode.POST : WorkService.Mode.DRAFT;
        long id;
        try {
            id = service.create(viewer, credits.toCredits(), form.toInput(), List.of(form.toChapter()), mode);
        } catch (WorkRejected e) {
            return rejected(response, model, viewer, form, credits, e.errors(), null);
        }
        return switch (commit) {
            case "preview" -> "redirect:/works/" + id + "/preview";
            default -> "redirect:/works/" + id;
        };
    }

    @GetMapping("/works/{id}/edit")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        WorkView view = own(id, viewer);
        List<Chapter> chapters = reader.chapters(view, viewer);
        Chapter only = chapters.size() == 1 ? chapters.getFirst() : null;
        return form(model, viewer, WorkForm.of(view, only), CreditsForm.blank(), Map.of(), view);
    }

    @PostMapping("/works/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute WorkForm form,
            @ModelAttribute CreditsForm credits,
            @RequestParam(defaultValue = "update") String commit,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WorkView view = own(id, viewer);
        List<Chapter> chapters = reader.chapters(view, viewer);
        Map<String, String> errors = form.formErrors();
        if (!errors.isEmpty()) return rejected(response, model, viewer, form, credits, errors, view);
        try {
            service.update(
                    id, viewer, form.toInput(), chapters.size() == 1 ? form.toChapter() : null, credits.toCredits());
            if (commit.equals("post")) service.post(id, viewer);
        } catch (WorkRejected e) {
            return rejected(response, model, viewer, form, credits, e.errors(), view);
        }
        return commit.equals("preview") ? "redirect:/works/" + id + "/preview" : "redirect:/works/" + id;
    }

    @PostMapping("/works/{id}/post")
    String post(@PathVariable long id, Viewer viewer) {
        service.post(id, viewer);
        return "redirect:/works/" + id;
    }

    /** "Remove Me As Co-Creator": the work stays, credited to its other creators. */
    @PostMapping("/works/{id}/remove_me")
    String removeMe(@PathVariable long id, Viewer viewer, HttpServletResponse response, Model model) {
        WorkView view = own(id, viewer);
        try {
            coCreators.removeCreator(id, viewer);
        } catch (WorkRejected e) {
            List<Chapter> chapters = reader.chapters(view, viewer);
            Chapter only = chapters.size() == 1 ? chapters.getFirst() : null;
            return rejected(response, model, viewer, WorkForm.of(view, only), CreditsForm.blank(), e.errors(), view);
        }
        return "redirect:/users/" + viewer.login() + "/works?removed";
    }

    @GetMapping("/works/{id}/delete")
    String confirmDelete(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("view", own(id, viewer));
        return "works/delete";
    }

    @PostMapping("/works/{id}/delete")
    String delete(@PathVariable long id, Viewer viewer) {
        service.delete(id, viewer);
        return "redirect:/users/" + viewer.login() + "/works?deleted";
    }

    private WorkView own(long id, Viewer viewer) {
        WorkView view = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        service.editable(id, viewer);
        return view;
    }

    private String rejected(
            HttpServletResponse response,
            Model model,
            Viewer viewer,
            WorkForm form,
            CreditsForm credits,
            Map<String, String> errors,
            WorkView editing) {
        response.setStatus(422);
        return form(model, viewer, form, credits, errors, editing);
    }

    private String form(
            Model model,
            Viewer viewer,
            WorkForm form,
            CreditsForm credits,
            Map<String, String> errors,
            WorkView editing) {
        model.addAttribute("form", form);
        model.addAttribute("credits", credits(viewer, credits, editing));
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("ratings", tags.canonical(TagType.RATING));
        model.addAttribute("warnings", tags.canonical(TagType.ARCHIVE_WARNING));
        model.addAttribute("categories", tags.canonical(TagType.CATEGORY));
        model.addAttribute("languages", Languages.ALL);
        model.addAttribute("series", series.ofUser(viewer.userId()));
        model.addAttribute(
                "singleChapter",
                editing == null || reader.chapters(editing, viewer).size() == 1);
        return "works/form";
    }

    /** The byline part of the form: the viewer's pseuds with those chosen, and (editing) the other creators. */
    private CreditsView credits(Viewer viewer, CreditsForm typed, @Nullable WorkView editing) {
        long userId = viewer.userId();
        List<Pseud> own = accounts.pseuds(userId);
        List<Long> selected = typed.toCredits().pseudIds();
        if (selected.isEmpty() && editing != null) {
            selected = editing.creators().stream()
                    .filter(p -> p.userId() == userId)
                    .map(Pseud::id)
                    .toList();
        }
        if (selected.isEmpty()) selected = List.of(accounts.defaultPseud(userId).id());
        List<Pseud> others = editing == null
                ? List.of()
                : editing.creators().stream().filter(p -> p.userId() != userId).toList();
        List<Pseud> invited =
                editing == null ? List.of() : coCreators.invited(editing.work().id());
        return new CreditsView(own, selected, typed.coCreators(), others, invited, !others.isEmpty());
    }
}
