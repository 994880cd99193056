-- Following works, creators and series; the inbox; e-mail notices; reading history and Marked for Later.
-- Keep in step with postgresql/V10__following.sql: only identity columns differ.

-- A subscription follows exactly one of: a work (new chapters), a creator (new works), a series (new parts).
CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    work_id         BIGINT REFERENCES works (id) ON DELETE CASCADE,
    creator_user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    series_id       BIGINT REFERENCES series (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    CHECK ((CASE WHEN work_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN creator_user_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN series_id IS NULL THEN 0 ELSE 1 END) = 1),
    UNIQUE (user_id, work_id),
    UNIQUE (user_id, creator_user_id),
    UNIQUE (user_id, series_id)
);
CREATE INDEX subscriptions_work ON subscriptions (work_id);
CREATE INDEX subscriptions_creator ON subscriptions (creator_user_id);
CREATE INDEX subscriptions_series ON subscriptions (series_id);

-- What happened, waiting to be turned into notices by the background fan-out (written in the change's transaction).
CREATE TABLE notice_outbox (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               VARCHAR(20)  NOT NULL,
    work_id            BIGINT       NOT NULL,
    chapter_id         BIGINT,
    comment_id         BIGINT,
    actor_user_id      BIGINT,
    actor_name         VARCHAR(255) NOT NULL DEFAULT '',
    replied_to_user_id BIGINT,
    body               TEXT         NOT NULL DEFAULT '',
    attempts           INTEGER      NOT NULL DEFAULT 0,
    created_at         BIGINT       NOT NULL
);

-- The inbox: one row per notice per recipient.
CREATE TABLE notices (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    work_id       BIGINT       NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    chapter_id    BIGINT       REFERENCES chapters (id) ON DELETE SET NULL,
    series_id     BIGINT       REFERENCES series (id) ON DELETE SET NULL,
    comment_id    BIGINT,
    actor_user_id BIGINT       REFERENCES users (id) ON DELETE SET NULL,
    actor_name    VARCHAR(255) NOT NULL DEFAULT '',
    detail        VARCHAR(600) NOT NULL DEFAULT '',
    body          TEXT         NOT NULL DEFAULT '',
    created_at    BIGINT       NOT NULL,
    read_at       BIGINT
);
CREATE INDEX notices_user ON notices (user_id, id);
CREATE INDEX notices_unread ON notices (user_id) WHERE read_at IS NULL;
CREATE INDEX notices_work ON notices (work_id);

-- E-mails waiting to be sent; the recipient's address is read when sending.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at BIGINT       NOT NULL,
    created_at      BIGINT       NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);

-- Subscription notices for readers who get one digest a day instead of an e-mail each.
CREATE TABLE mail_digest_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    text       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX mail_digest_items_user ON mail_digest_items (user_id, id);

-- Reading history (AO3's readings) and Marked for Later, one row per reader and work.
CREATE TABLE readings (
    user_id          BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    work_id          BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    chapter_id       BIGINT  REFERENCES chapters (id) ON DELETE SET NULL,
    chapter_position INTEGER,
    visit_count      INTEGER NOT NULL DEFAULT 0,
    first_visited_at BIGINT,
    last_visited_at  BIGINT,
    marked_for_later INTEGER NOT NULL DEFAULT 0,
    marked_at        BIGINT,
    updated_at       BIGINT  NOT NULL,
    PRIMARY KEY (user_id, work_id)
);
CREATE INDEX readings_user_recent ON readings (user_id, updated_at);
CREATE INDEX readings_work ON readings (work_id);
