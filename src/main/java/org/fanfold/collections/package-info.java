/**
 * How works are gathered: series pages and their order, collections (open, moderated or closed; anonymous and
 * unrevealed ones, which the visibility predicate honours) with their owners and moderators, and related works
 * ("inspired by", "translation of") approved by the parent's creator. It adds to the work page through
 * {@link org.fanfold.works.WorkPageSection}s.
 */
@NullMarked
@ApplicationModule(displayName = "Collections")
package org.fanfold.collections;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
