package org.fanfold.browse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * AO3's tag pages that are no single tag's: the tag search ({@code /tags/search}) and the most used additional tags
 * as a cloud ({@code /tags}, AO3's "Browse Popular Tags").
 */
@Controller
class TagSearchController {

    private final TagSearches searches;
    private final TagCloud cloud;

    TagSearchController(TagSearches searches, TagCloud cloud) {
        this.searches = searches;
        this.cloud = cloud;
    }

    @GetMapping("/tags/search")
    String search(HttpServletRequest request, Viewer viewer, Model model) {
        TagSearchForm form = TagSearchForm.parse(request.getParameterMap());
        model.addAttribute("form", form);
        model.addAttribute("types", TagSearch.TYPES);
        model.addAttribute("statuses", List.of(TagSearch.Status.values()));
        model.addAttribute("results", form.submitted() ? searches.search(form, viewer) : null);
        return "browse/tagsearch";
    }

    @GetMapping("/tags")
    String cloud(Viewer viewer, Model model) {
        model.addAttribute("cloud", cloud.popular(viewer));
        return "browse/tags";
    }
}
