package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Who left kudos on a work, as its page shows it: the most recent users by login, how many users there are in all,
 * and how many guests ("alice, bob and 12 guests left kudos on this work!").
 */
public record KudosList(long workId, List<String> logins, long users, long guests) {

    /** One item of the sentence: a link, or plain text. */
    public record Part(String text, @Nullable String href) {}

    public boolean isEmpty() {
        return users == 0 && guests == 0;
    }

    public long moreUsers() {
        return users - logins.size();
    }

    /** The sentence's items in order: users, "N more users", "N guests"; joined with ", " and a last " and ". */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (String login : logins) parts.add(new Part(login, "/users/" + login));
        long more = moreUsers();
        if (more > 0) {
            parts.add(new Part(
                    Formats.number(more) + (more == 1 ? " more user" : " more users"), "/works/" + workId + "/kudos"));
        }
        if (guests > 0) parts.add(new Part(guests == 1 ? "1 guest" : Formats.number(guests) + " guests", null));
        return parts;
    }

    /** What goes after part {@code i} of {@code n}: ", ", " and ", or nothing after the last. */
    public static String separator(int i, int n) {
        if (i >= n - 1) return "";
        return i == n - 2 ? " and " : ", ";
    }
}
