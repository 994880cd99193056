package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.works.SeriesView;
import org.fanfold.works.WorkReader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A series with the parts the caller may see, in order, as {@code /series/{id}} shows it; 404 when they see none. */
@RestController
class SeriesApiController implements ApiEndpoint {

    private final WorkReader reader;
    private final ApiLinks links;
    private final ApiJson json;

    SeriesApiController(WorkReader reader, ApiLinks links, ApiJson json) {
        this.reader = reader;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/v1/series/{id}")
    ResponseEntity<byte[]> series(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
        SeriesView view = reader.series(id, viewer).orElseThrow(() -> new NotFoundException("series " + id));
        return json.ok(new ApiViews(links.base(request)).series(view, true), viewer);
    }
}
