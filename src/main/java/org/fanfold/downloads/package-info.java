/**
 * Downloads of works as AO3 offers them: {@code /downloads/{id}/{title}.epub}, {@code .pdf} and {@code .html}, each
 * with AO3's preface (title, creators, tags, summary, notes, the work's address), the chapters and an afterword
 * with the end notes. EPUB 3 is written in-process, PDF through openhtmltopdf with fonts bundled for every script
 * the archive's languages use, HTML as one self-contained file. Who may download is exactly who may read the work
 * ({@link org.fanfold.works.WorkReader}); files are cached in the data directory under a fingerprint of everything
 * they show, so an edit can never serve a stale file. Admins can switch downloads off. It adds the Download menu to
 * the work page through a {@link org.fanfold.works.WorkPageSection}. Other modules get the same files through
 * {@link org.fanfold.downloads.WorkFiles}.
 */
@NullMarked
@ApplicationModule(displayName = "Downloads")
package org.fanfold.downloads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
