package org.fanfold.works;

import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A series page: its works in part order, those the viewer may see. */
@Controller
class SeriesController {

    private final SeriesStore series;
    private final WorkReader reader;

    SeriesController(SeriesStore series, WorkReader reader) {
        this.series = series;
        this.reader = reader;
    }

    @GetMapping("/series/{id}")
    String show(@PathVariable long id, Viewer viewer, Model model) {
        Series s = series.find(id).orElseThrow(() -> new NotFoundException("series " + id));
        var works = reader.blurbs(series.workIds(id), viewer);
        if (works.isEmpty()) throw new NotFoundException("series " + id);
        model.addAttribute("series", s);
        model.addAttribute("works", works);
        return "works/series";
    }
}
