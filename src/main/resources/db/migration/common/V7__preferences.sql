-- A user's preferences (AO3's preferences page). A user without a row has the defaults below.
CREATE TABLE user_preferences (
    user_id                  BIGINT       NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    hide_warnings            INTEGER      NOT NULL DEFAULT 0,
    hide_freeform            INTEGER      NOT NULL DEFAULT 0,
    adult_without_asking     INTEGER      NOT NULL DEFAULT 0,
    time_zone                VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    comment_emails           INTEGER      NOT NULL DEFAULT 1,
    comment_inbox            INTEGER      NOT NULL DEFAULT 1,
    subscription_digest      INTEGER      NOT NULL DEFAULT 0,
    history_enabled          INTEGER      NOT NULL DEFAULT 1,
    marked_for_later_enabled INTEGER      NOT NULL DEFAULT 1,
    updated_at               BIGINT       NOT NULL
);
