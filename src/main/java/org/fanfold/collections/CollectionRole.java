package org.fanfold.collections;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A participant's part in a collection. Owners and moderators are its maintainers: they approve works, invite
 * them and manage members (owners also owners and moderators, and the collection's settings). Members' works are
 * approved at once in a moderated collection.
 */
public enum CollectionRole {
    OWNER("Owner"),
    MODERATOR("Moderator"),
    MEMBER("Member");

    private final String label;

    CollectionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored and sent in forms: "owner", "moderator", "member". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean maintains() {
        return this != MEMBER;
    }

    /** The role of a stored or submitted key, or null for anything else. */
    static @Nullable CollectionRole of(@Nullable String key) {
        if (key == null) return null;
        for (CollectionRole r : values()) if (r.key().equals(key.strip().toLowerCase(Locale.ROOT))) return r;
        return null;
    }
}
