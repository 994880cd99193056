package org.fanfold.accounts;

/**
 * A pen name of a user; every user has a default pseud named like their login. Works are credited to pseuds.
 *
 * @param login the owning user's login, for URLs and bylines
 */
public record Pseud(long id, long userId, String login, String name, boolean isDefault, String description) {

    /** The root-relative URL AO3 links creators to. */
    public String url() {
        return "/users/" + login + "/pseuds/"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    /** The byline form: "name" for the default pseud, "name (login)" for another one. */
    public String byline() {
        return name.equalsIgnoreCase(login) ? name : name + " (" + login + ")";
    }
}
