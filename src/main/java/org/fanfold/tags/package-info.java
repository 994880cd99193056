/**
 * Tags: AO3's typed tags (ratings, warnings, categories, fandoms, relationships, characters, additional tags),
 * created on first use, looked up by name case-insensitively; wrangling (canonical tags, synonyms, meta/sub tags,
 * parents, renames, mass wrangling) with its pages for wranglers; the {@link org.fanfold.tags.TagGraph} that gives
 * works their filter ids and crossover flag; the propagator that reindexes affected works in the background; and
 * the autocomplete of canonical tags the forms use.
 */
@NullMarked
@ApplicationModule(displayName = "Tags")
package org.fanfold.tags;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
