/**
 * Feeds for programs that follow the archive: Atom 1.0 feeds of new works in a tag ({@code /tags/{name}/feed.atom},
 * AO3's address) and by a user ({@code /users/{login}/works/feed.atom}), and an OPDS 1.2 catalog at {@code /opds}
 * through which e-reader apps browse recent and popular works, fandoms, search results and a user's bookmarks, and
 * download each work's EPUB, PDF or HTML. Every feed is a works listing of the works module
 * ({@link org.fanfold.works.WorkListings}, so the one visibility predicate decides what appears) or the community
 * module's bookmarked works; Atom feeds always show what a guest sees. Feeds are written with ROME, carry an ETag and
 * Last-Modified so readers poll cheaply, and link with the archive's public address ({@code fanfold.site-url}) or
 * the one the request came in on.
 */
@NullMarked
@ApplicationModule(
        displayName = "Feeds",
        allowedDependencies = {"works", "tags", "search", "community", "downloads", "accounts", "shared"})
package org.fanfold.feeds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
