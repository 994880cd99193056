/**
 * Tags: AO3's typed tags (ratings, warnings, categories, fandoms, relationships, characters, additional tags),
 * created on first use, looked up by name case-insensitively, with the canonical and synonym links that filtering
 * follows, the tag page and the autocomplete the posting form uses.
 */
@NullMarked
@ApplicationModule(displayName = "Tags")
package org.fanfold.tags;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
