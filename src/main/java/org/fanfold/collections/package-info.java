/**
 * How works are gathered: collections (open, moderated or closed; anonymous and unrevealed ones) with their owners,
 * moderators and members, related works ("inspired by", "translation of") approved by the parent's creator, and
 * the series navigation on work pages. Series themselves — their rows, pages and editing — stay in the works
 * module, because posting a work writes them. This module adds to the work page through
 * {@link org.fanfold.works.WorkPageSection}s and to users' pages through {@link org.fanfold.shared.UserNav} links.
 *
 * <p><b>How visibility learns about collections without the works module depending on this one.</b> The works
 * module keeps one predicate, {@link org.fanfold.works.WorkVisibility}, for pages, listings, search and counts. It
 * needs three facts from here, and gets each without importing this package:
 *
 * <ul>
 *   <li>The <em>flags</em> — is the work in an anonymous collection, in an unrevealed one — are columns on the works
 *       row ({@code in_anon_collection}, {@code in_unrevealed_collection}, as on AO3), read with the work itself.
 *       This module sets them through the works module's public {@link org.fanfold.works.CollectionFlags} whenever
 *       an item, a collection's settings or a reveal changes them ({@code WorkFlagsSync}), in the same transaction.
 *       As on AO3, an item counts for the flags once the work's creator approved it and unless the collection
 *       rejected it, so a work sent to an unrevealed collection is hidden at once, before any moderator looks.
 *   <li><em>Who may read an unrevealed work</em> besides its creators — the maintainers of its unrevealed
 *       collections — and <em>which collections list it</em> come from the port
 *       {@link org.fanfold.works.WorkCollections}, declared in the works module and implemented here
 *       ({@code CollectionWorks}). The works module asks it only for works flagged unrevealed (readers) and when
 *       building search documents (both).
 *   <li>The <em>search index</em> carries the same facts per document ({@code anonymous}, {@code unrevealed},
 *       {@code unrevealedReaderIds}, {@code collectionIds}), so the engines apply the predicate inside the query:
 *       an unrevealed work matches only for its creators and readers, and totals and facet counts never include
 *       it for anyone else; an anonymous work's creators are indexed as "Anonymous", and it matches a creator
 *       filter or a muted creator only for that creator themself. Whatever changes these facts queues the works
 *       for reindexing in its transaction (a new maintainer of an unrevealed collection requeues its works).
 * </ul>
 *
 * Anonymous works keep their real creators for rights (editing, "their own" visibility), but the works module
 * leaves the creators out of the work's view for anyone but them and admins, so no page, blurb or byline can show
 * them.
 */
@NullMarked
@ApplicationModule(displayName = "Collections")
package org.fanfold.collections;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
