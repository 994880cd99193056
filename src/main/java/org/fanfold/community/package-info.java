/**
 * What readers and creators do around works: comments and replies, kudos, bookmarks, subscriptions and the inbox
 * with its e-mail notices, reading history and Marked for Later, blocking users, and creators' statistics. It adds
 * to the work page through {@link org.fanfold.works.WorkPageSection}s and to users' pages through
 * {@link org.fanfold.shared.UserNav} links; the works module knows nothing of it. Its public API for other modules:
 * {@link org.fanfold.community.Blocks} (who blocked whom), {@link org.fanfold.community.Bookmarking} (making and
 * listing bookmarks for the JSON API, the works a user bookmarked for the OPDS catalog, a user's own bookmarks for
 * their export) and the {@link org.fanfold.community.CommentPosted} event.
 */
@NullMarked
@ApplicationModule(displayName = "Community")
package org.fanfold.community;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
