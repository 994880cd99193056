/**
 * The public JSON API under {@code /api/v1}: works (listed with the site's own AO3 filter parameters, one work, a
 * chapter's text), tags, users and their pseuds, series and bookmarks to read; posting a work, adding a chapter and
 * bookmarking to write. Everything it shows goes through the same readers and the one visibility predicate as the
 * pages ({@link org.fanfold.works.WorkReader}, {@link org.fanfold.works.WorkVisibility}), and everything it writes
 * through the same services and rules as the forms, so the API can never show or accept more than the site.
 *
 * <p>Personal API tokens ({@code /users/{login}/api_tokens}) authenticate programs and e-readers, for
 * {@code /api/**} and {@code /opds/**}, as {@code Authorization: Bearer <token>} or as the password of HTTP Basic;
 * only their SHA-256 is stored. Token requests are stateless and need no CSRF token; requests signed in with the
 * session cookie still do. Calls are rate limited per token (or signed-in user) and per address for guests, reads
 * and writes apart. The OpenAPI 3.1 document ({@code /api/v1/openapi.json}) is kept by hand beside the code, a test
 * checks it names every endpoint, and {@code /api/v1/docs} renders it as a page.
 */
@NullMarked
@ApplicationModule(
        displayName = "API",
        allowedDependencies = {"works", "tags", "accounts", "community", "shared"})
package org.fanfold.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
