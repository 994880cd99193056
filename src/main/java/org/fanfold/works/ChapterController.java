package org.fanfold.works;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adding, editing, reordering and deleting a work's chapters. */
@Controller
class ChapterController {

    private final ChapterService chapters;
    private final WorkService works;
    private final WorkReader reader;

    ChapterController(ChapterService chapters, WorkService works, WorkReader reader) {
        this.chapters = chapters;
        this.works = works;
        this.reader = reader;
    }

    @GetMapping("/works/{id}/chapters/new")
    String newChapter(@PathVariable long id, Viewer viewer, Model model) {
        return form(model, own(id, viewer), null, ChapterForm.blank(), Map.of());
    }

    @PostMapping("/works/{id}/chapters")
    String create(
            @PathVariable long id,
            @ModelAttribute ChapterForm form,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WorkView view = own(id, viewer);
        try {
            long chapterId = chapters.add(id, viewer, form.toInput());
            return "redirect:/works/" + id + "/chapters/" + chapterId;
        } catch (WorkRejected e) {
            response.setStatus(422);
            return form(model, view, null, form, e.errors());
        }
    }

    @GetMapping("/works/{id}/chapters/{chapterId}/edit")
    String edit(@PathVariable long id, @PathVariable long chapterId, Viewer viewer, Model model) {
        WorkView view = own(id, viewer);
        Chapter chapter = chapters.find(id, chapterId);
        return form(model, view, chapter, ChapterForm.of(chapter), Map.of());
    }

    @PostMapping("/works/{id}/chapters/{chapterId}")
    String update(
            @PathVariable long id,
            @PathVariable long chapterId,
            @ModelAttribute ChapterForm form,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WorkView view = own(id, viewer);
        Chapter chapter = chapters.find(id, chapterId);
        try {
            chapters.update(id, chapterId, viewer, form.toInput());
            return "redirect:/works/" + id + "/chapters/" + chapterId;
        } catch (WorkRejected e) {
            response.setStatus(422);
            return form(model, view, chapter, form, e.errors());
        }
    }

    @GetMapping("/works/{id}/chapters/{chapterId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long chapterId, Viewer viewer, Model model) {
        model.addAttribute("view", own(id, viewer));
        model.addAttribute("chapter", chapters.find(id, chapterId));
        model.addAttribute("error", null);
        return "works/chapter_delete";
    }

    @PostMapping("/works/{id}/chapters/{chapterId}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long chapterId,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WorkView view = own(id, viewer);
        try {
            chapters.delete(id, chapterId, viewer);
        } catch (WorkRejected e) {
            response.setStatus(422);
            model.addAttribute("view", view);
            model.addAttribute("chapter", chapters.find(id, chapterId));
            model.addAttribute("error", e.getMessage());
            return "works/chapter_delete";
        }
        return "redirect:/works/" + id + "/navigate";
    }

    @GetMapping("/works/{id}/chapters/manage")
    String manage(@PathVariable long id, Viewer viewer, Model model) {
        WorkView view = own(id, viewer);
        model.addAttribute("view", view);
        model.addAttribute("chapters", reader.chapters(view, viewer));
        return "works/chapters_manage";
    }

    /** Reorders chapters from {@code position_<chapterId>} fields holding the wanted positions. */
    @PostMapping("/works/{id}/chapters/manage")
    String reorder(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
        own(id, viewer);
        Map<Long, Integer> wanted = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("position_") && values.length > 0) {
                try {
                    wanted.put(Long.parseLong(name.substring(9)), Integer.parseInt(values[0].strip()));
                } catch (NumberFormatException ignored) {
                    // a blank or mistyped position keeps the chapter's place
                }
            }
        });
        chapters.reorder(id, viewer, wanted);
        return "redirect:/works/" + id + "/navigate";
    }

    private WorkView own(long id, Viewer viewer) {
        WorkView view = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        works.editable(id, viewer);
        return view;
    }

    private String form(Model model, WorkView view, Chapter chapter, ChapterForm form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("chapter", chapter);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "works/chapter_form";
    }
}
