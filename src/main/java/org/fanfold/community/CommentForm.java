package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * The comment form as typed. Guests give a name and an e-mail address; users may choose one of their pseuds.
 *
 * @param body the comment as typed (rich text: HTML, or plain text with blank lines between paragraphs)
 * @param pseudId the pseud to comment as; null means the default pseud
 */
public record CommentForm(
        String body, String name, String email, @Nullable Long pseudId) {

    public CommentForm {
        // Browsers send line breaks as CRLF but count them as one character against a textarea's maxlength.
        body = body == null ? "" : body.replace("\r\n", "\n");
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    public static CommentForm blank() {
        return new CommentForm("", "", "", null);
    }
}
