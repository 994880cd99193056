/**
 * Importing stories from files into works: parsers that turn a file an author kept elsewhere (a FanFiction.net-style
 * plain-text export, for a start) into a {@link org.fanfold.importing.ParsedStory} — title, rating, warnings, tags,
 * summary, notes and chapters as sanitized HTML — which the importer posts as a work. Parsing is pure: no database,
 * no Spring beans, and every problem is an {@link org.fanfold.importing.ImportException} naming the line at fault.
 */
@NullMarked
@ApplicationModule(displayName = "Importing")
package org.fanfold.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
