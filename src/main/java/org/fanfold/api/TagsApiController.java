package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagLinks;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkListings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tags: one tag with its wrangling ({@code /api/v1/tags/{name}}, the name as the site's tag URLs write it, AO3's
 * {@code *s*} for a slash and so on), the works found under it, and a search by the start of a name as the posting
 * form's autocomplete does it (canonical tags only, as on AO3; the exact name first, then names starting with it).
 */
@RestController
class TagsApiController implements ApiEndpoint {

    static final int SUGGESTIONS = 15;
    static final int MAX_SUGGESTIONS = 50;

    private static final List<TagType> SUGGESTED =
            List.of(TagType.FANDOM, TagType.RELATIONSHIP, TagType.CHARACTER, TagType.FREEFORM);

    private final TagService tags;
    private final TagLinks tagLinks;
    private final ApiListings listings;
    private final ApiLinks links;
    private final ApiJson json;

    TagsApiController(TagService tags, TagLinks tagLinks, ApiListings listings, ApiLinks links, ApiJson json) {
        this.tags = tags;
        this.tagLinks = tagLinks;
        this.listings = listings;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/v1/tags")
    ResponseEntity<byte[]> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "any") String type,
            @RequestParam(defaultValue = "" + SUGGESTIONS) int limit,
            Viewer viewer,
            HttpServletRequest request) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw ApiException.badRequest("limit must be a number from 1 to " + MAX_SUGGESTIONS + ".");
        }
        List<TagType> types;
        if (type.equalsIgnoreCase("any")) {
            types = SUGGESTED;
        } else {
            TagType t = TagType.parse(type);
            if (t == null) {
                throw ApiException.badRequest("type must be any, rating, archive_warning, category, fandom,"
                        + " relationship, character or freeform, not \"" + type + "\".");
            }
            types = List.of(t);
        }
        ApiViews views = new ApiViews(links.base(request));
        List<WorkJson.TagRef> found =
                tags.autocomplete(types, q, limit).stream().map(views::tag).toList();
        return json.ok(Map.of("tags", found), viewer);
    }

    @GetMapping("/api/v1/tags/{name}")
    ResponseEntity<byte[]> tag(@PathVariable String name, Viewer viewer, HttpServletRequest request) {
        Tag tag = find(name);
        Tag merger = tag.mergerId() == null ? null : tags.byId(tag.mergerId()).orElse(null);
        return json.ok(
                new ApiViews(links.base(request))
                        .tag(
                                tag,
                                merger,
                                tagLinks.synonyms(tag.id()),
                                tagLinks.parents(tag.id()),
                                tagLinks.metaTags(tag.id()),
                                tagLinks.subTags(tag.id())),
                viewer);
    }

    /** The works found under a tag, as its page lists them: a synonym's are its canonical tag's. */
    @GetMapping("/api/v1/tags/{name}/works")
    ResponseEntity<byte[]> works(@PathVariable String name, Viewer viewer, HttpServletRequest request) {
        Tag tag = find(name);
        tag = tags.mergedInto(tag).orElse(tag);
        return listings.works(new WorkListings.Scope(tag, null), request, viewer);
    }

    private Tag find(String name) {
        return tags.find(TagNames.fromUrl(name))
                .orElseThrow(() -> ApiException.notFound("There is no tag " + name + "."));
    }
}
