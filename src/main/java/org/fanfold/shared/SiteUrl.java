package org.fanfold.shared;

import java.util.regex.Pattern;

/**
 * The {@code fanfold.site-url} setting ({@code FANFOLD_SITE_URL}): the archive's public address, for absolute links
 * in e-mail and inside downloads. Every reader of the setting checks it here, so a bad value stops the start with
 * one message whichever feature reads it first.
 */
public final class SiteUrl {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^/\\s?#]+(/[^\\s?#]*)?");

    private SiteUrl() {}

    /**
     * The setting without surrounding blanks or trailing slashes ({@code https://archive.example.org}), or "" when
     * unset.
     *
     * @throws IllegalStateException when it is set but not an absolute http(s) address
     */
    public static String check(String raw) {
        String url = raw.strip().replaceAll("/+$", "");
        if (!url.isEmpty() && !ADDRESS.matcher(url).matches()) {
            throw new IllegalStateException("fanfold.site-url (FANFOLD_SITE_URL) must be the archive's absolute http(s)"
                    + " address, like https://archive.example.org, not '" + raw + "'");
        }
        return url;
    }
}
