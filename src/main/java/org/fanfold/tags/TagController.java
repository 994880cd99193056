package org.fanfold.tags;

import java.util.ArrayList;
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

    /**
     * AO3's autocomplete: {@code [{"id": "Naruto", "name": "Naruto"}]}, canonical tags of the type ({@code fandom},
     * {@code character}, {@code relationship}, {@code freeform}, {@code any} of those, {@code media} for a fandom's
     * parents, or several joined by commas, as {@code fandom,character} for a relationship's parents). The tag named
     * exactly as typed comes first, then those starting with it, then the rest ({@link TagService#autocomplete}).
     */
    @GetMapping(value = "/autocomplete/{type}", produces = "application/json")
    @ResponseBody
    List<Map<String, String>> autocomplete(@PathVariable String type, @RequestParam(defaultValue = "") String term) {
        List<TagType> types = new ArrayList<>();
        for (String name : type.split(",")) {
            if (name.equals("any")) {
                types.addAll(List.of(TagType.FANDOM, TagType.RELATIONSHIP, TagType.CHARACTER, TagType.FREEFORM));
                continue;
            }
            TagType t = TagType.parse(name);
            if (t == null || !(t.userEntered() || t == TagType.MEDIA)) throw new NotFoundException("tag type " + name);
            types.add(t);
        }
        return tags.autocomplete(types, term, 15).stream()
                .map(tag -> Map.of("id", tag.name(), "name", tag.name()))
                .toList();
    }
}
