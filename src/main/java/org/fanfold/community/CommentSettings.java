package org.fanfold.community;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A work's comment settings, chosen by its creators (AO3's "Who can comment on this work" and "Comment
 * moderation").
 *
 * @param moderated new comments wait for a creator's approval before anyone else sees them
 */
public record CommentSettings(Who who, boolean moderated) {

    static final CommentSettings DEFAULTS = new CommentSettings(Who.EVERYONE, false);

    /** Who may comment, with AO3's wording. */
    public enum Who {
        EVERYONE("Registered users and guests can comment"),
        USERS("Only registered users can comment"),
        NONE("No one can comment");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads a form or database value; anything unknown is null. */
        static @Nullable Who of(@Nullable String value) {
            for (Who w : values()) if (w.value().equals(value)) return w;
            return null;
        }

        public String label() {
            return label;
        }
    }
}
