package org.fanfold.community;

import java.util.List;
import org.fanfold.accounts.Pseud;
import org.fanfold.tags.Tag;

/** A bookmark with what its blurb shows: the bookmarker's pseud, their tags and the bookmarked item. */
public record BookmarkBlurb(Bookmark bookmark, Pseud pseud, List<Tag> tags, BookmarkItem item) {

    /** The bookmarker's tags as the form shows them: "comfort read, to reread". */
    public String tagString() {
        return String.join(", ", tags.stream().map(Tag::name).toList());
    }

    /** The owner's bookmarks filtered by one of these tags (AO3's bookmarker's-tag filter). */
    public String tagFilterUrl(Tag tag) {
        return BookmarkListing.filterUrl("/users/" + pseud.login() + "/bookmarks", tag, false);
    }
}
