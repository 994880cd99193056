package org.fanfold.community;

/** Which notices the inbox shows; AO3's {@code filters[read]} values: {@code all}, {@code false} (unread), {@code true}. */
enum InboxFilter {
    ALL("all", ""),
    UNREAD("false", " AND read_at IS NULL"),
    READ("true", " AND read_at IS NOT NULL");

    final String param;
    /** The SQL condition (a constant). */
    final String condition;

    InboxFilter(String param, String condition) {
        this.param = param;
        this.condition = condition;
    }

    String param() {
        return param;
    }

    /** Reads the parameter; "unread" and "read" are understood too, anything else is {@link #ALL}. */
    static InboxFilter of(String value) {
        return switch (value.strip()) {
            case "false", "unread" -> UNREAD;
            case "true", "read" -> READ;
            default -> ALL;
        };
    }
}
