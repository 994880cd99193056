package org.fanfold.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.fanfold.shared.Formats;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.WordCounter;

/**
 * A comment's text and a guest's name and address: AO3's limits and messages, and the sanitized HTML that is
 * stored. Guests' comments lose their images (AO3's "image safety mode"): an image from a stranger can track
 * whoever reads it.
 */
final class CommentText {

    /** AO3's COMMENT_MAX, counted on the text as typed. */
    static final int MAX = 10_000;

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An image tag in sanitized output, where attribute values can hold no raw {@code >}. */
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private CommentText() {}

    /** The problems with {@code body} as typed, by field ("body"), or none. */
    static Map<String, String> check(String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        int length = length(body);
        if (length > MAX) {
            errors.put(
                    "body",
                    "Comment must be at most " + Formats.number(MAX) + " characters (it has " + Formats.number(length)
                            + ").");
        } else if (WordCounter.plainText(UserHtml.sanitizeRichText(body)).isBlank()) {
            errors.put("body", "Brevity is the soul of wit, but we need your comment to have text in it.");
        }
        return errors;
    }

    /**
     * The length as the writer counted it: a line break is one character, as in the browser's text box (whose
     * {@code maxlength} counts it so), though the form sends it as two ({@code \r\n}).
     */
    static int length(String body) {
        return body.replace("\r\n", "\n").length();
    }

    /** The problems with a guest's name and e-mail address, by field ("name", "email"). */
    static Map<String, String> checkGuest(String name, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) errors.put("name", "Please enter your name.");
        else if (name.length() > NAME_MAX) errors.put("name", "Your name must be at most " + NAME_MAX + " characters.");
        if (email.isBlank()) errors.put("email", "Please enter your email address.");
        else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())
            errors.put("email", "Email address \"" + email + "\" doesn't look like an email address.");
        return errors;
    }

    /** The HTML stored for {@code body}; a guest's has no images. */
    static String toHtml(String body, boolean guest) {
        String html = UserHtml.sanitizeRichText(body);
        return guest ? IMG.matcher(html).replaceAll("") : html;
    }
}
