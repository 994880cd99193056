package org.fanfold.tags;

import java.util.List;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The autocomplete the posting form asks ({@code /autocomplete/{type}}); tag pages are works listings. */
@Controller
class TagController {

    private final TagService tags;

    TagController(TagService tags) {
        this.tags = tags;
    }

    /** AO3's autocomplete: {@code [{"id": "Naruto", "name": "Naruto"}]}, canonical tags of the type. */
    @GetMapping(value = "/autocomplete/{type}", produces = "application/json")
    @ResponseBody
    List<Map<String, String>> autocomplete(@PathVariable String type, @RequestParam(defaultValue = "") String term) {
        TagType t = TagType.parse(type);
        if (t == null || !t.userEntered()) throw new NotFoundException("tag type " + type);
        return tags.autocomplete(t, term, 15).stream()
                .map(tag -> Map.of("id", tag.name(), "name", tag.name()))
                .toList();
    }
}
