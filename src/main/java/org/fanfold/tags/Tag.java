package org.fanfold.tags;

import org.jspecify.annotations.Nullable;

/**
 * A tag.
 *
 * @param canonical whether wranglers made this the tag that filters stand on
 * @param mergerId the canonical tag this one is a synonym of, or null
 */
public record Tag(
        long id,
        String name,
        TagType type,
        boolean canonical,
        @Nullable Long mergerId) {

    /** The id works carrying this tag are filtered under: its canonical tag's when it is a synonym. */
    public long filterId() {
        return mergerId != null ? mergerId : id;
    }

    /** The name as it appears in URLs: AO3 writes / . # ? & as *s* *d* *h* *q* *a*. */
    public String urlName() {
        return TagNames.toUrl(name);
    }

    /** The root-relative URL of the tag's works listing. */
    public String worksUrl() {
        return "/tags/" + TagNames.pathSegment(name) + "/works";
    }

    /** The root-relative URL of the tag's page. */
    public String url() {
        return "/tags/" + TagNames.pathSegment(name);
    }
}
