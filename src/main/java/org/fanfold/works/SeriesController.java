package org.fanfold.works;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AO3's series pages: {@code /series/{id}} (its metadata and the parts the viewer may see, in order),
 * {@code /series/{id}/edit} (title, description, notes, complete) and {@code /series/{id}/manage} (reorder the
 * parts, take a work out) for the series' creators.
 */
@Controller
class SeriesController {

    private final SeriesStore series;
    private final SeriesEditing editing;
    private final WorkReader reader;
    private final ObjectProvider<SeriesBookmarkCounts> bookmarks;

    SeriesController(
            SeriesStore series,
            SeriesEditing editing,
            WorkReader reader,
            ObjectProvider<SeriesBookmarkCounts> bookmarks) {
        this.series = series;
        this.editing = editing;
        this.reader = reader;
        this.bookmarks = bookmarks;
    }

    @GetMapping("/series/{id}")
    String show(@PathVariable long id, Viewer viewer, Model model) {
        Series s = series.find(id).orElseThrow(() -> new NotFoundException("series " + id));
        List<WorkView> works = reader.blurbs(reader.seriesWorkIds(id, viewer), viewer);
        if (works.isEmpty()) throw new NotFoundException("series " + id);
        // What the page says of the series comes from the parts this viewer sees, so it tells nothing of the rest.
        LinkedHashSet<Pseud> creators = new LinkedHashSet<>();
        works.forEach(w -> creators.addAll(w.creators()));
        List<WorkView> posted = works.stream().filter(w -> w.work().posted()).toList();
        model.addAttribute("series", s);
        model.addAttribute("works", works);
        model.addAttribute("creators", List.copyOf(creators));
        model.addAttribute(
                "begun",
                posted.stream()
                        .map(WorkView::published)
                        .min(Comparator.naturalOrder())
                        .orElse(""));
        model.addAttribute(
                "updated",
                posted.stream()
                        .map(WorkView::updated)
                        .max(Comparator.naturalOrder())
                        .orElse(""));
        model.addAttribute(
                "words", posted.stream().mapToLong(w -> w.work().wordCount()).sum());
        model.addAttribute("postedCount", posted.size());
        SeriesBookmarkCounts counts = bookmarks.getIfAvailable();
        model.addAttribute(
                "bookmarks",
                counts == null ? 0L : counts.counts(List.of(id), viewer).getOrDefault(id, 0L));
        model.addAttribute("canEdit", viewer.userId() != null && series.isCreator(id, viewer.userId()));
        return "works/series";
    }

    @GetMapping("/series/{id}/edit")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        Series s = editing.editable(id, viewer);
        return form(model, s, SeriesForm.of(s), Map.of());
    }

    @PostMapping("/series/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute SeriesForm form,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        Series s = editing.editable(id, viewer);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return form(model, s, form, errors);
        }
        editing.update(id, viewer, form);
        return "redirect:/series/" + id;
    }

    @GetMapping("/series/{id}/manage")
    String manage(@PathVariable long id, Viewer viewer, Model model) {
        Series s = editing.editable(id, viewer);
        model.addAttribute("series", s);
        model.addAttribute("works", reader.blurbs(series.workIds(id), viewer));
        return "works/series_manage";
    }

    /**
     * Reorders by the part numbers typed beside each work ({@code position[workId]}): works are sorted by their
     * number, ties and blanks keeping their current order, then numbered 1, 2, ….
     */
    @PostMapping("/series/{id}/manage")
    String reorder(@PathVariable long id, @RequestParam Map<String, String> params, Viewer viewer) {
        editing.editable(id, viewer);
        List<Long> current = series.workIds(id);
        List<long[]> keyed = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            long work = current.get(i);
            String typed = params.getOrDefault("position[" + work + "]", "").strip();
            long wanted = typed.matches("\\d{1,6}") ? Long.parseLong(typed) : i + 1;
            keyed.add(new long[] {wanted, i, work});
        }
        keyed.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        editing.reorder(id, viewer, keyed.stream().map(k -> k[2]).toList());
        return "redirect:/series/" + id;
    }

    @PostMapping("/series/{id}/works/{workId}/remove")
    String remove(@PathVariable long id, @PathVariable long workId, Viewer viewer) {
        boolean stillThere = editing.remove(id, viewer, workId);
        return stillThere ? "redirect:/series/" + id + "/manage" : "redirect:/works/" + workId;
    }

    private String form(Model model, Series s, SeriesForm form, Map<String, String> errors) {
        model.addAttribute("series", s);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "works/series_edit";
    }
}
