/**
 * Browsing the archive as AO3's header menus lead there: the media categories with their most popular fandoms
 * ({@code /media}), every fandom of a medium with its number of works ({@code /media/{medium}/fandoms}), the tag
 * search ({@code /tags/search}) and the most used additional tags ({@code /tags}). Every count is a count of works
 * the viewer may see, taken from the works listings' own facet counts ({@link org.fanfold.works.WorkListings}), so
 * the one visibility predicate decides them as it decides what the listings show.
 */
@NullMarked
@ApplicationModule(
        displayName = "Browse",
        allowedDependencies = {"works", "tags", "search", "shared"})
package org.fanfold.browse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
