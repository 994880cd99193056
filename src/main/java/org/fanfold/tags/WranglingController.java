package org.fanfold.tags;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A tag's edit page for wranglers ({@code /tags/{name}/edit}): name, type, canonical, synonym of, meta tags and
 * parents, with its synonyms, sub tags and children listed. A refused change shows the page again with the reason
 * and the input kept.
 */
@Controller
class WranglingController {

    private final TagService tags;
    private final TagLinks links;
    private final Wrangling wrangling;

    WranglingController(TagService tags, TagLinks links, Wrangling wrangling) {
        this.tags = tags;
        this.links = links;
        this.wrangling = wrangling;
    }

    @GetMapping("/tags/{name}/edit")
    String edit(@PathVariable String name, Viewer viewer, Model model) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        return page(model, tag, TagEdit.of(tag, merger(tag)), Map.of(), "", "");
    }

    @PostMapping("/tags/{name}")
    String update(
            @PathVariable String name,
            @RequestParam(name = "tag[name]") String newName,
            @RequestParam(name = "tag[type]") String type,
            @RequestParam(name = "tag[canonical]", defaultValue = "false") boolean canonical,
            @RequestParam(name = "tag[merger_string]", defaultValue = "") String synonymOf,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        var form = new TagEdit(newName, type, canonical, synonymOf);
        try {
            Tag updated = wrangling.edit(tag.id(), form);
            return "redirect:" + updated.url() + "/edit?updated";
        } catch (WranglingRefused e) {
            response.setStatus(422);
            return page(model, tag, form, Map.of(e.field(), e.getMessage()), "", "");
        }
    }

    @PostMapping("/tags/{name}/meta_tags")
    String addMeta(
            @PathVariable String name,
            @RequestParam(name = "meta_tag_string", defaultValue = "") String meta,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        try {
            wrangling.addMeta(tag.id(), meta);
            return "redirect:" + tag.url() + "/edit?updated";
        } catch (WranglingRefused e) {
            response.setStatus(422);
            return page(model, tag, TagEdit.of(tag, merger(tag)), Map.of("meta", e.getMessage()), meta, "");
        }
    }

    @PostMapping("/tags/{name}/meta_tags/remove")
    String removeMeta(@PathVariable String name, @RequestParam("meta_id") long metaId, Viewer viewer) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        wrangling.removeMeta(tag.id(), metaId);
        return "redirect:" + tag.url() + "/edit?updated";
    }

    @PostMapping("/tags/{name}/parents")
    String addParent(
            @PathVariable String name,
            @RequestParam(name = "parent_string", defaultValue = "") String parent,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        try {
            wrangling.addParent(tag.id(), parent);
            return "redirect:" + tag.url() + "/edit?updated";
        } catch (WranglingRefused e) {
            response.setStatus(422);
            return page(model, tag, TagEdit.of(tag, merger(tag)), Map.of("parent", e.getMessage()), "", parent);
        }
    }

    @PostMapping("/tags/{name}/parents/remove")
    String removeParent(@PathVariable String name, @RequestParam("parent_id") long parentId, Viewer viewer) {
        WranglerAccess.require(viewer);
        Tag tag = WranglerAccess.tag(tags, name);
        wrangling.removeParent(tag.id(), parentId);
        return "redirect:" + tag.url() + "/edit?updated";
    }

    private @Nullable Tag merger(Tag tag) {
        return tag.mergerId() == null ? null : tags.fresh(tag.mergerId()).orElse(null);
    }

    private String page(
            Model model, Tag tag, TagEdit form, Map<String, String> errors, String metaInput, String parentInput) {
        model.addAttribute("tag", tag);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("merger", merger(tag));
        model.addAttribute("synonyms", links.synonyms(tag.id()));
        model.addAttribute("metaTags", links.metaTags(tag.id()));
        model.addAttribute("subTags", links.subTags(tag.id()));
        model.addAttribute("parents", links.parents(tag.id()));
        model.addAttribute("children", links.children(tag.id(), 200));
        model.addAttribute("metaInput", metaInput);
        model.addAttribute("parentInput", parentInput);
        model.addAttribute(
                "parentTypes",
                String.join(
                        ",",
                        Wrangling.parentTypesOf(tag.type()).stream()
                                .map(TagType::cssClass)
                                .toList()));
        return "tags/edit";
    }
}
