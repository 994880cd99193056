/**
 * Importing a whole eFiction 3.x archive from its MySQL dump, as AO3's Open Doors does: the dump is read without a
 * MySQL server ({@link org.fanfold.importing.efiction.DumpParser}), its tables become an
 * {@link org.fanfold.importing.efiction.EfictionArchive}, and each story becomes a posted work in one transaction
 * with its chapters (from the dump or from the story files beside it), tags, series place and reviews (as guest
 * comments). Authors become unclaimed imported creators ({@link org.fanfold.works.ImportedCreators}), credited by
 * name and claimable later by e-mail. Importing the same archive again adds nothing twice. The entry points are
 * {@link org.fanfold.importing.efiction.EfictionImporter} (the command line) and the admin upload page
 * {@code /admin/imports/efiction}, which runs imports in the background.
 */
@NullMarked
@NamedInterface("efiction")
package org.fanfold.importing.efiction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
