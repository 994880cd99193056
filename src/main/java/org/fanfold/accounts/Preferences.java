package org.fanfold.accounts;

import java.time.ZoneId;

/**
 * A user's preferences, as on AO3's preferences page.
 *
 * @param hideWarnings hide archive warnings on work pages and blurbs behind a "Show warnings" switch
 * @param hideFreeform hide additional tags likewise
 * @param adultWithoutAsking show Mature and Explicit works without the adult-content notice
 * @param timeZone the zone dates and times are shown in
 * @param commentEmails send e-mail about comments on one's works and replies to one's comments
 * @param commentInbox put those comments in the inbox
 * @param subscriptionDigest send subscription notices as one daily digest instead of one e-mail each
 * @param historyEnabled keep a reading history
 * @param markedForLaterEnabled offer "Mark for Later"
 */
public record Preferences(
        boolean hideWarnings,
        boolean hideFreeform,
        boolean adultWithoutAsking,
        ZoneId timeZone,
        boolean commentEmails,
        boolean commentInbox,
        boolean subscriptionDigest,
        boolean historyEnabled,
        boolean markedForLaterEnabled) {

    /** What a user who never changed anything has (and what guests get). */
    public static final Preferences DEFAULTS =
            new Preferences(false, false, false, ZoneId.of("UTC"), true, true, false, true, true);
}
