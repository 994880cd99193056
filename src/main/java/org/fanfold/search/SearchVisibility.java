package org.fanfold.search;

import org.jspecify.annotations.Nullable;

/**
 * Which indexed works a query may return, as the works module's visibility predicate decides for a viewer.
 * Engines apply it inside the query, so totals and facet counts never include what the viewer may not see.
 *
 * @param restricted whether works restricted to signed-in users may be returned
 * @param hidden whether works hidden by an admin may be returned (admins)
 * @param creatorUserId the viewer, or null for a guest: they also see their own hidden works, their own works in
 *     unrevealed collections and those they may read before the reveal ({@link WorkDocument#unrevealedReaderIds()})
 *     — in search as on the work's page
 */
public record SearchVisibility(
        boolean restricted, boolean hidden, @Nullable Long creatorUserId) {

    public static final SearchVisibility PUBLIC = new SearchVisibility(false, false, null);
}
