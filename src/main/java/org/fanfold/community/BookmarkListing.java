package org.fanfold.community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fanfold.shared.Paged;
import org.fanfold.tags.Tag;

/**
 * One page of a bookmarks listing as a viewer sees it.
 *
 * @param tags the bookmarker's tags most used on the listed bookmarks, for the filter sidebar
 * @param hiddenByMutes how many bookmarks by users the viewer muted the listing leaves out
 */
public record BookmarkListing(Paged<BookmarkBlurb> bookmarks, List<TagCount> tags, long hiddenByMutes) {

    /** A bookmarker's tag with how many of the listed bookmarks carry it. */
    public record TagCount(Tag tag, long count) {}

    /** The bookmarks listing at {@code base} filtered by the bookmarker's tag {@code tag} (and to recs). */
    public static String filterUrl(String base, Tag tag, boolean recsOnly) {
        return base + "?bookmark_search%5Bother_bookmark_tag_names%5D="
                + URLEncoder.encode(tag.name(), StandardCharsets.UTF_8).replace("+", "%20")
                + (recsOnly ? "&bookmark_search%5Brec%5D=1" : "");
    }
}
