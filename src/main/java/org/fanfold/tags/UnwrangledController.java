package org.fanfold.tags;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wranglers' to-do pages: {@code /tag_wranglings} (fandoms with unwrangled tags) and a fandom's unwrangled tags
 * by type with their work counts ({@code /tags/{fandom}/wrangle}), where many tags are wrangled at once.
 */
@Controller
class UnwrangledController {

    private static final int LIMIT = 500;

    private final TagService tags;
    private final UnwrangledTags unwrangled;
    private final Wrangling wrangling;

    UnwrangledController(TagService tags, UnwrangledTags unwrangled, Wrangling wrangling) {
        this.tags = tags;
        this.unwrangled = unwrangled;
        this.wrangling = wrangling;
    }

    @GetMapping("/tag_wranglings")
    String index(Viewer viewer, Model model) {
        WranglerAccess.require(viewer);
        model.addAttribute("fandoms", unwrangled.fandoms(LIMIT));
        model.addAttribute("unwrangledFandoms", unwrangled.fandomsToWrangle(LIMIT));
        return "tags/wranglings";
    }

    @GetMapping("/tags/{name}/wrangle")
    String wrangle(@PathVariable String name, Viewer viewer, Model model) {
        WranglerAccess.require(viewer);
        Tag fandom = fandom(name);
        return page(model, fandom, Map.of(), List.of(), "", "", "");
    }

    @PostMapping("/tags/{name}/wrangle")
    String massWrangle(
            @PathVariable String name,
            @RequestParam(name = "selected_tags", required = false) List<Long> selected,
            @RequestParam(name = "wrangle_action", defaultValue = "") String action,
            @RequestParam(name = "fandom_string", defaultValue = "") String fandomName,
            @RequestParam(name = "synonym_string", defaultValue = "") String synonymOf,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WranglerAccess.require(viewer);
        Tag fandom = fandom(name);
        List<Long> ids = selected == null ? List.of() : selected;
        try {
            Wrangling.MassAction what = switch (action) {
                case "fandom" -> Wrangling.MassAction.FANDOM;
                case "synonym" -> Wrangling.MassAction.SYNONYM;
                case "canonical" -> Wrangling.MassAction.CANONICAL;
                default -> throw new WranglingRefused("action", "Choose what to do with the selected tags.");
            };
            String target = what == Wrangling.MassAction.SYNONYM ? synonymOf : fandomName;
            int n = wrangling.massWrangle(ids, what, target);
            return "redirect:" + fandom.url() + "/wrangle?wrangled=" + n;
        } catch (WranglingRefused e) {
            response.setStatus(422);
            return page(model, fandom, Map.of(e.field(), e.getMessage()), ids, action, fandomName, synonymOf);
        }
    }

    private Tag fandom(String name) {
        Tag tag = WranglerAccess.tag(tags, name);
        if (tag.type() != TagType.FANDOM) throw new NotFoundException("fandom " + name);
        return tag;
    }

    private String page(
            Model model,
            Tag fandom,
            Map<String, String> errors,
            List<Long> selected,
            String action,
            String fandomName,
            String synonymOf) {
        var byType = new LinkedHashMap<TagType, List<UnwrangledTags.Count>>();
        for (TagType type : UnwrangledTags.types()) byType.put(type, unwrangled.inFandom(fandom, type, LIMIT));
        model.addAttribute("fandom", fandom);
        model.addAttribute("byType", byType);
        model.addAttribute("errors", errors);
        model.addAttribute("selected", selected);
        model.addAttribute("action", action);
        model.addAttribute("fandomName", fandomName.isEmpty() && fandom.canonical() ? fandom.name() : fandomName);
        model.addAttribute("synonymOf", synonymOf);
        return "tags/wrangle";
    }
}
