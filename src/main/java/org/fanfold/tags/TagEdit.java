package org.fanfold.tags;

import org.jspecify.annotations.Nullable;

/**
 * A tag's edit form as a wrangler sends it.
 *
 * @param name the tag's (possibly new) name
 * @param type the type's name (Fandom, Character…)
 * @param canonical whether the tag should be canonical
 * @param synonymOf the name of the canonical tag this one should be a synonym of; blank for none
 */
public record TagEdit(
        String name,
        String type,
        boolean canonical,
        @Nullable String synonymOf) {

    /** The form filled with the tag as it is now. */
    public static TagEdit of(Tag tag, @Nullable Tag merger) {
        return new TagEdit(tag.name(), tag.type().dbName(), tag.canonical(), merger == null ? "" : merger.name());
    }
}
