package org.fanfold.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tag with its wrangling: whether it is canonical, the canonical tag it is a synonym of ({@code merger}), its own
 * synonyms, its parents (a character's fandoms…), its meta and sub tags.
 *
 * @param worksUrl the API's list of works found under it (a synonym's are its canonical tag's)
 */
record TagJson(
        long id,
        String name,
        String type,
        boolean canonical,
        String url,
        String worksUrl,
        WorkJson.@Nullable TagRef merger,
        List<WorkJson.TagRef> synonyms,
        List<WorkJson.TagRef> parents,
        List<WorkJson.TagRef> metaTags,
        List<WorkJson.TagRef> subTags) {}
