package org.fanfold.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A pen name of a user; every user has a default pseud, first named like their login. Works are credited to pseuds.
 *
 * @param login the owning user's login, for URLs and bylines
 * @param description sanitized HTML
 * @param iconType the icon's media type ({@code image/png}, …), or null when the pseud has no icon
 * @param iconAltText what the icon shows, for readers who cannot see it (AO3's "icon alt text")
 * @param iconComment a short caption shown when pointing at the icon (AO3's "icon comment text")
 * @param iconVersion changes whenever the icon does, so its URL does too (browsers may cache an icon for good)
 */
public record Pseud(
        long id,
        long userId,
        String login,
        String name,
        boolean isDefault,
        String description,
        @Nullable String iconType,
        String iconAltText,
        String iconComment,
        long iconVersion) {

    /** The root-relative URL AO3 links creators to. */
    public String url() {
        return "/users/" + login + "/pseuds/" + encode(name);
    }

    /** The byline form: "name" for a pseud named like the login, "name (login)" for another one. */
    public String byline() {
        return name.equalsIgnoreCase(login) ? name : name + " (" + login + ")";
    }

    public boolean hasIcon() {
        return iconType != null;
    }

    /** Where the icon is served, or null without one. */
    public @Nullable String iconUrl() {
        return iconType == null ? null : "/pseud_icons/" + id + "?v=" + iconVersion;
    }

    /** Whether this pseud is named like its user's login: that one can be neither renamed nor deleted (AO3). */
    public boolean matchesLogin() {
        return name.equalsIgnoreCase(login);
    }

    static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
