package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Formats;

/**
 * How many of a user's notices are unread, in all and by what they are about, for the inbox's summary: "3 unread
 * notices: 2 comments on your works, 1 reply to your comments."
 */
public record UnreadNotices(long total, List<Part> parts) {

    /** One kind of unread notice and its count; {@code css} names the kind for the page's markup. */
    public record Part(String css, long count, String text) {}

    static UnreadNotices of(Map<NoticeKind, Long> byKind) {
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        List<Part> parts = new ArrayList<>();
        add(parts, "comment", count(byKind, NoticeKind.COMMENT), "comment on your works", "comments on your works");
        add(parts, "reply", count(byKind, NoticeKind.REPLY), "reply to your comments", "replies to your comments");
        long following =
                count(byKind, NoticeKind.CHAPTER) + count(byKind, NoticeKind.WORK) + count(byKind, NoticeKind.SERIES);
        add(parts, "subscription", following, "from your subscriptions", "from your subscriptions");
        add(parts, "gift", count(byKind, NoticeKind.GIFT), "gift", "gifts");
        add(parts, "invitation", count(byKind, NoticeKind.INVITATION), "co-creator request", "co-creator requests");
        return new UnreadNotices(total, List.copyOf(parts));
    }

    private static long count(Map<NoticeKind, Long> byKind, NoticeKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    private static void add(List<Part> parts, String css, long n, String one, String many) {
        if (n > 0) parts.add(new Part(css, n, Formats.number(n) + " " + (n == 1 ? one : many)));
    }
}
