package org.fanfold.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A user's public profile: login, when they joined, their about text (sanitized HTML) and pseuds. */
record UserJson(String login, String url, String joined, String about, List<Pseud> pseuds) {

    /** A pen name of the user; the default one first. */
    record Pseud(
            long id,
            String name,
            boolean isDefault,
            String description,
            @Nullable String iconUrl,
            String iconAltText,
            String url) {}
}
