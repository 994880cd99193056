package org.fanfold.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The preferences form as sent: a checkbox per switch (absent when unticked) and a time zone id. Never trusted
 * until {@link #errors()} is empty.
 */
public record PreferencesForm(
        Boolean hideWarnings,
        Boolean hideFreeform,
        Boolean adultWithoutAsking,
        String timeZone,
        Boolean commentEmails,
        Boolean commentInbox,
        Boolean subscriptionDigest,
        Boolean historyEnabled,
        Boolean markedForLaterEnabled) {

    public PreferencesForm {
        timeZone = timeZone == null ? "" : timeZone.strip();
        hideWarnings = on(hideWarnings);
        hideFreeform = on(hideFreeform);
        adultWithoutAsking = on(adultWithoutAsking);
        commentEmails = on(commentEmails);
        commentInbox = on(commentInbox);
        subscriptionDigest = on(subscriptionDigest);
        historyEnabled = on(historyEnabled);
        markedForLaterEnabled = on(markedForLaterEnabled);
    }

    static PreferencesForm of(Preferences p) {
        return new PreferencesForm(
                p.hideWarnings(),
                p.hideFreeform(),
                p.adultWithoutAsking(),
                p.timeZone().getId(),
                p.commentEmails(),
                p.commentInbox(),
                p.subscriptionDigest(),
                p.historyEnabled(),
                p.markedForLaterEnabled());
    }

    /** What is wrong, by field; empty when the form can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (zone() == null) errors.put("timeZone", "\"" + timeZone + "\" is not a time zone; please choose one.");
        return errors;
    }

    /** The preferences this form sets; call only when {@link #errors()} is empty. */
    Preferences toPreferences() {
        ZoneId zone = zone();
        if (zone == null) throw new IllegalStateException("invalid time zone " + timeZone);
        return new Preferences(
                hideWarnings,
                hideFreeform,
                adultWithoutAsking,
                zone,
                commentEmails,
                commentInbox,
                subscriptionDigest,
                historyEnabled,
                markedForLaterEnabled);
    }

    /** An unticked checkbox is absent from the form: null, read as off. */
    private static Boolean on(@Nullable Boolean ticked) {
        return ticked != null && ticked;
    }

    private @Nullable ZoneId zone() {
        if (!TimeZones.ids().contains(timeZone)) return null;
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
