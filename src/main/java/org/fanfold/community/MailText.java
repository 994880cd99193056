package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fanfold.accounts.User;
import org.fanfold.shared.WordCounter;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/** The words of the e-mails: one per notice, a daily digest of subscription notices. Plain text, absolute links. */
@Component
class MailText {

    /** Where sanitized HTML breaks into paragraphs or lines, for its plain-text form. */
    private static final Pattern BREAKS =
            Pattern.compile("(?i)<br\\s*/?>|</(?:p|div|blockquote|li|h[1-6]|pre|tr)>|<hr\\s*/?>");

    private final MailSettings settings;

    MailText(MailSettings settings) {
        this.settings = settings;
    }

    /** The e-mail for one notice to {@code recipient} about {@code work}. */
    MailMessage notice(User recipient, Notice.New n, WorkView work) {
        String title = work.work().title();
        String tag = "[" + settings.siteName() + "] ";
        String link = settings.link(n.url());
        return switch (n.kind()) {
            case CHAPTER, WORK, SERIES ->
                new MailMessage(tag + subject(n, title), entry(n, work) + subscriptionFooter(recipient));
            case COMMENT, REPLY -> {
                String where = n.detail().isBlank() ? "" : " (" + n.detail() + ")";
                String lead = n.kind() == NoticeKind.REPLY
                        ? n.actorName() + " replied to your comment on " + title + where + ":"
                        : n.actorName() + " left a comment on " + title + where + ":";
                String subject =
                        n.kind() == NoticeKind.REPLY ? "Reply to your comment on " + title : "Comment on " + title;
                yield new MailMessage(
                        tag + subject,
                        lead + "\n\n" + quote(plain(n.body())) + "\n\nRead it and reply: " + link
                                + commentFooter(recipient));
            }
            case GIFT ->
                new MailMessage(
                        tag + "A gift work for you: " + title,
                        n.actorName() + " posted a work as a gift for you:\n" + title + "\n"
                                + settings.link(work.work().url()) + summary(work)
                                + "\n\n-- \nYour gifts (you can refuse one there): "
                                + settings.link(recipient.url() + "/gifts"));
            case INVITATION ->
                new MailMessage(
                        tag + "Co-creator request: " + n.detail(),
                        n.actorName() + " invited you to be listed as a co-creator of " + n.detail()
                                + ".\n\nAccept or decline on your Co-Creator Requests page: "
                                + settings.link(recipient.url() + "/creatorships")
                                + "\n\nUntil you accept, the work does not name you and you can't edit it.");
        };
    }

    /** One subscription notice as the digest lists it (and as the body of its own e-mail). */
    String entry(Notice.New n, WorkView work) {
        String title = work.work().title();
        String workLink = settings.link(work.work().url());
        return switch (n.kind()) {
            case CHAPTER ->
                n.actorName() + " posted a new chapter of " + title + " ("
                        + work.work().chaptersLabel() + " chapters):\n" + n.detail() + "\n" + settings.link(n.url());
            case WORK -> n.actorName() + " posted a new work:\n" + title + "\n" + workLink + summary(work);
            case SERIES -> n.actorName() + " posted " + title + ", " + n.detail() + ":\n" + workLink + summary(work);
            case COMMENT, REPLY, GIFT, INVITATION ->
                throw new IllegalArgumentException(n.kind() + " notices are not digested");
        };
    }

    /** The daily digest of {@code entries} (from {@link #entry}) for {@code recipient}. */
    MailMessage digest(User recipient, List<String> entries) {
        String count = entries.size() == 1 ? "1 update" : entries.size() + " updates";
        var body = new StringBuilder(
                "Hi " + recipient.login() + ",\n\nNews from your subscriptions since the last digest:");
        for (String e : entries) body.append("\n\n").append(e);
        body.append(subscriptionFooter(recipient));
        return new MailMessage("[" + settings.siteName() + "] Your subscriptions: " + count, body.toString());
    }

    private static String subject(Notice.New n, String title) {
        return switch (n.kind()) {
            case CHAPTER -> n.actorName() + " posted a new chapter of " + title;
            case WORK -> n.actorName() + " posted a new work: " + title;
            case SERIES -> "New in " + seriesTitle(n.detail()) + ": " + title;
            case COMMENT, REPLY, GIFT, INVITATION -> title;
        };
    }

    /** "Part 3 of Tides" → "Tides". */
    private static String seriesTitle(String detail) {
        int of = detail.indexOf(" of ");
        return of < 0 ? detail : detail.substring(of + 4);
    }

    private String summary(WorkView work) {
        String text = plain(work.work().summary());
        return text.isEmpty() ? "" : "\n\n" + quote(text);
    }

    private String subscriptionFooter(User recipient) {
        return "\n\n-- \nYou get this because you subscribed. Your subscriptions: "
                + settings.link(recipient.url() + "/subscriptions") + "\nYour inbox: "
                + settings.link(recipient.url() + "/inbox");
    }

    private String commentFooter(User recipient) {
        return "\n\n-- \nYou can turn off e-mail about comments in your preferences: "
                + settings.link(recipient.url() + "/preferences");
    }

    /** The text of sanitized HTML, paragraphs kept apart by blank lines. */
    static String plain(String html) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : BREAKS.split(html)) {
            String text = WordCounter.plainText(part);
            if (!text.isEmpty()) paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs);
    }

    private static String quote(String text) {
        return text.isEmpty() ? "" : "> " + text.replace("\n", "\n> ");
    }
}
