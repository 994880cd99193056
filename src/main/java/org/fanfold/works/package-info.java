/**
 * Works and chapters: posting, editing, drafts and previews, reading pages with AO3's URLs and markup, the
 * visibility predicate every page, listing and search uses ({@link org.fanfold.works.WorkVisibility}), hit
 * counting, series and gifts, and the work listings (tags, creators, search) served through the search engine.
 * Works brought from other archives ({@link org.fanfold.works.ArchivedWorks}) name their
 * {@link org.fanfold.works.ImportedCreators} until those claim them ({@link org.fanfold.works.ImportClaims}).
 */
@NullMarked
@ApplicationModule(displayName = "Works")
package org.fanfold.works;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
