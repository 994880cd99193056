package org.fanfold.tags;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A tag's page for everyone ({@code /tags/{name}}), as AO3 shows it: its category, whether it is canonical, its
 * parents, synonyms, meta tags, sub tags and children, each linked, and a link to its works. A synonym's page
 * redirects to its canonical tag's, which then says which synonym led there.
 */
@Controller
class TagPageController {

    /** Child tags shown at most (a big fandom has thousands of characters; its works listing filters them all). */
    static final int CHILDREN = 300;

    private final TagService tags;
    private final TagLinks links;

    TagPageController(TagService tags, TagLinks links) {
        this.tags = tags;
        this.links = links;
    }

    @GetMapping("/tags/{name}")
    String show(@PathVariable String name, @RequestParam(required = false) String synonym, Model model) {
        Tag tag = WranglerAccess.tag(tags, name);
        Tag canonical = tags.mergedInto(tag).orElse(null);
        if (canonical != null)
            return "redirect:" + canonical.url() + "?synonym="
                    + UriUtils.encodeQueryParam(tag.name(), StandardCharsets.UTF_8);
        var children = new EnumMap<TagType, List<Tag>>(TagType.class);
        for (Tag child : links.children(tag.id(), CHILDREN))
            children.computeIfAbsent(child.type(), t -> new ArrayList<>()).add(child);
        model.addAttribute("tag", tag);
        model.addAttribute("cameFrom", synonymLeadingHere(tag, synonym));
        model.addAttribute("parents", links.parents(tag.id()));
        model.addAttribute("synonyms", links.synonyms(tag.id()));
        model.addAttribute("metaTags", links.metaTags(tag.id()));
        model.addAttribute("subTags", links.subTags(tag.id()));
        model.addAttribute("children", children);
        return "tags/show";
    }

    /**
     * The synonym named in the {@code synonym} parameter when it really is a synonym of {@code tag}; else null, so
     * the note can't be made to say anything else.
     */
    private @Nullable Tag synonymLeadingHere(Tag tag, @Nullable String synonym) {
        if (synonym == null || synonym.isBlank()) return null;
        return tags.find(synonym)
                .filter(s -> Long.valueOf(tag.id()).equals(s.mergerId()))
                .orElse(null);
    }
}
