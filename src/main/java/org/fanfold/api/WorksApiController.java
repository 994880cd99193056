package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.ChapterService;
import org.fanfold.works.WorkForm;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkRejected;
import org.fanfold.works.WorkService;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Works: the list ({@code /api/v1/works}, filtered as the site's listings are), one work with its table of contents,
 * a chapter's text, and, with a token, posting a work and adding a chapter. A work the caller may not see is 404,
 * whatever the reason (draft, restricted for guests, hidden, unrevealed), as the pages answer.
 */
@RestController
class WorksApiController implements ApiEndpoint {

    private final WorkReader reader;
    private final WorkService works;
    private final ChapterService chapters;
    private final ApiListings listings;
    private final ApiLinks links;
    private final ApiJson json;

    WorksApiController(
            WorkReader reader,
            WorkService works,
            ChapterService chapters,
            ApiListings listings,
            ApiLinks links,
            ApiJson json) {
        this.reader = reader;
        this.works = works;
        this.chapters = chapters;
        this.listings = listings;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/v1/works")
    ResponseEntity<byte[]> list(Viewer viewer, HttpServletRequest request) {
        return listings.works(WorkListings.Scope.ALL, request, viewer);
    }

    @GetMapping("/api/v1/works/{id}")
    ResponseEntity<byte[]> work(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
        WorkView view = visible(id, viewer);
        return json.ok(new ApiViews(links.base(request)).work(view, reader.chapters(view, viewer)), viewer);
    }

    @GetMapping("/api/v1/works/{id}/chapters/{chapterId}")
    ResponseEntity<byte[]> chapter(
            @PathVariable long id, @PathVariable long chapterId, Viewer viewer, HttpServletRequest request) {
        WorkView view = visible(id, viewer);
        List<Chapter> all = reader.chapters(view, viewer);
        Chapter chapter = all.stream()
                .filter(c -> c.id() == chapterId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("chapter " + chapterId + " in work " + id));
        return json.ok(new ApiViews(links.base(request)).chapter(view, chapter, all), viewer);
    }

    @PostMapping("/api/v1/works")
    ResponseEntity<byte[]> create(
            @RequestBody(required = false) byte @Nullable [] body, Viewer viewer, HttpServletRequest request) {
        WorkBody typed = json.read(body == null ? new byte[0] : body, WorkBody.class);
        WorkForm form = typed.toForm();
        Map<String, String> formErrors = form.formErrors();
        if (!formErrors.isEmpty()) throw new WorkRejected(formErrors);
        long id = works.create(
                viewer,
                typed.toCredits(),
                form.toInput(),
                List.of(form.toChapter()),
                typed.isDraft() ? WorkService.Mode.DRAFT : WorkService.Mode.POST);
        WorkView view = visible(id, viewer);
        ApiLinks.Base base = links.base(request);
        return json.created(
                new ApiViews(base).work(view, reader.chapters(view, viewer)), base.api("/works/" + id), true);
    }

    @PostMapping("/api/v1/works/{id}/chapters")
    ResponseEntity<byte[]> addChapter(
            @PathVariable long id,
            @RequestBody(required = false) byte @Nullable [] body,
            Viewer viewer,
            HttpServletRequest request) {
        ChapterBody typed = json.read(body == null ? new byte[0] : body, ChapterBody.class);
        long chapterId;
        try {
            chapterId = chapters.add(id, viewer, typed.toForm().toInput());
        } catch (WorkRejected e) {
            throw new WorkRejected(chapterFields(e.errors()));
        }
        WorkView view = visible(id, viewer);
        List<Chapter> all = reader.chapters(view, viewer);
        Chapter chapter =
                all.stream().filter(c -> c.id() == chapterId).findFirst().orElseThrow();
        ApiLinks.Base base = links.base(request);
        return json.created(
                new ApiViews(base).chapter(view, chapter, all),
                base.api("/works/" + id + "/chapters/" + chapterId),
                true);
    }

    private WorkView visible(long id, Viewer viewer) {
        return reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
    }

    /** The rules name a chapter's fields as the work form does ({@code chapterTitle}); this body calls it title. */
    private static Map<String, String> chapterFields(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String name = field.startsWith("chapter") && field.length() > 7
                    ? Character.toLowerCase(field.charAt(7)) + field.substring(8)
                    : field;
            out.put(name, message);
        });
        return out;
    }
}
