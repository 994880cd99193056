package org.fanfold.tags;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wranglers' to-do pages: {@code /tag_wranglings} (fandoms with unwrangled tags) and a fandom's unwrangled tags
 * of one type with their work counts ({@code /tags/{fandom}/wrangle}, 50 a page, sorted by name, date or uses),
 * where many tags are wrangled at once.
 */
@Controller
class UnwrangledController {

    private static final int LIMIT = 500;
    /** Unwrangled tags a page, as AO3's wrangling pages show them. */
    static final int PAGE_SIZE = 50;

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
    String wrangle(
            @PathVariable String name,
            View view,
            @RequestParam(required = false) Integer wrangled,
            @RequestParam(required = false) String select,
            Viewer viewer,
            Model model) {
        WranglerAccess.require(viewer);
        Tag fandom = fandom(name);
        model.addAttribute("wrangled", wrangled);
        return page(model, fandom, view, Map.of(), "all".equals(select) ? null : List.of(), "", "", "");
    }

    @PostMapping("/tags/{name}/wrangle")
    String massWrangle(
            @PathVariable String name,
            View view,
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
            return "redirect:" + fandom.url() + "/wrangle?" + view.query() + "&wrangled=" + n;
        } catch (WranglingRefused e) {
            response.setStatus(422);
            return page(model, fandom, view, Map.of(e.field(), e.getMessage()), ids, action, fandomName, synonymOf);
        }
    }

    /**
     * What the wrangler looks at, from AO3's parameters: the type ({@code show}), the order ({@code sort_column},
     * {@code sort_direction}) and the page. Kept across pages, sorting and wrangling.
     */
    record View(
            @Nullable String show,
            @BindParam("sort_column") @Nullable String sortColumn,
            @BindParam("sort_direction") @Nullable String sortDirection,
            @Nullable String page) {

        @Nullable
        TagType type() {
            return TagType.parse(show);
        }

        UnwrangledOrder order() {
            return UnwrangledOrder.parse(sortColumn, sortDirection);
        }

        int pageNumber() {
            return Paged.pageNumber(page);
        }

        /** The parameters that show this view again. */
        String query() {
            TagType type = type();
            return (type == null ? "" : "show=" + type.cssClass() + "&") + order().params() + "&page=" + pageNumber();
        }
    }

    private Tag fandom(String name) {
        Tag tag = WranglerAccess.tag(tags, name);
        if (tag.type() != TagType.FANDOM) throw new NotFoundException("fandom " + name);
        return tag;
    }

    /** The page, with {@code selected} ticked: null for every tag it lists. */
    private String page(
            Model model,
            Tag fandom,
            View view,
            Map<String, String> errors,
            @Nullable List<Long> selected,
            String action,
            String fandomName,
            String synonymOf) {
        UnwrangledOrder order = view.order();
        UnwrangledTags.Listing listing = unwrangled.inFandom(fandom, view.type(), order, view.pageNumber(), PAGE_SIZE);
        if (selected == null) { // "All" followed without scripts: every tag of the page ticked
            selected = listing.tags().items().stream().map(c -> c.tag().id()).toList();
        }
        String base = fandom.url() + "/wrangle?show=" + listing.shown().cssClass();
        model.addAttribute("fandom", fandom);
        model.addAttribute("listing", listing);
        model.addAttribute("order", order);
        model.addAttribute("base", base);
        model.addAttribute("pageUrl", base + "&" + order.params() + "&page=");
        model.addAttribute(
                "thisPage",
                base + "&" + order.params() + "&page=" + listing.tags().page());
        model.addAttribute("errors", errors);
        model.addAttribute("selected", selected);
        model.addAttribute("action", action);
        model.addAttribute("fandomName", fandomName.isEmpty() && fandom.canonical() ? fandom.name() : fandomName);
        model.addAttribute("synonymOf", synonymOf);
        return "tags/wrangle";
    }
}
