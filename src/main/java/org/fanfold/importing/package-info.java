/**
 * Importing stories from files into works: parsers that turn a file an author kept elsewhere into a
 * {@link org.fanfold.importing.ParsedStory} — title, rating, warnings, tags, summary, notes, series, where it was
 * first posted, and chapters with their own summaries and notes, all HTML sanitized — which the importer
 * ({@link org.fanfold.importing.ImportService}, one transaction per file) posts as a work through the works
 * module's {@link org.fanfold.works.WorkService}.
 *
 * <p>Formats, told apart by content ({@code StoryFormat}): AO3's HTML download ({@link
 * org.fanfold.importing.Ao3HtmlParser}, also Fanfold's own), AO3's EPUB download and EPUBs in general ({@link
 * org.fanfold.importing.EpubParser}, unpacked within limits by {@code EpubReader}), and FanFiction.net-style plain
 * text ({@link org.fanfold.importing.PlainTextParser}). Parsing is pure: no database, no Spring beans, and every
 * problem is an {@link org.fanfold.importing.ImportException} naming the place at fault (a line, a chapter, a file
 * inside the EPUB). Where an imported work came from is kept in {@code work_origins} and shown on its page
 * ("Originally posted … at …") by a {@link org.fanfold.works.WorkPageSection}.
 */
@NullMarked
@ApplicationModule(displayName = "Importing")
package org.fanfold.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
