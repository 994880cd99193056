package org.fanfold.importing.efiction;

import org.fanfold.accounts.User;
import org.jspecify.annotations.Nullable;

/**
 * How to import an eFiction archive.
 *
 * @param archivist the account the works are archived by (its default pseud holds them until they are claimed)
 * @param prefix the archive's table prefix ({@code fanfiction_}), or null to find it
 * @param defaultFandom the fandom for stories in no category, or null to skip them
 * @param dryRun whether to only report what would be imported, writing nothing
 * @param archiveKey what identifies the archive, so a second import skips what the first brought; null: its address
 *     from its settings table, else its name, else the dump's file name
 */
public record EfictionOptions(
        User archivist,
        @Nullable String prefix,
        @Nullable String defaultFandom,
        boolean dryRun,
        @Nullable String archiveKey) {}
