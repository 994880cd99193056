-- Feedback on works: comments (threaded, per chapter), kudos, per-work comment settings, and blocked users.
-- Keep in step with postgresql/V8__feedback.sql: only identity columns differ.

-- A comment is on a chapter (a comment on a whole work goes to its last posted chapter, as on AO3); a reply has a
-- parent and shares its thread (the top-level comment's id). A deleted comment that still has replies stays as a
-- placeholder (deleted = 1, body wiped); unreviewed = 1 while it waits for the creator's approval.
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id     BIGINT       NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    chapter_id  BIGINT       NOT NULL REFERENCES chapters (id) ON DELETE CASCADE,
    parent_id   BIGINT       REFERENCES comments (id) ON DELETE CASCADE,
    thread_id   BIGINT       NOT NULL,
    depth       INTEGER      NOT NULL DEFAULT 0,
    user_id     BIGINT       REFERENCES users (id) ON DELETE SET NULL,
    pseud_id    BIGINT       REFERENCES pseuds (id) ON DELETE SET NULL,
    guest_name  VARCHAR(100),
    guest_email VARCHAR(254),
    body        TEXT         NOT NULL,
    ip_address  VARCHAR(64),
    unreviewed  INTEGER      NOT NULL DEFAULT 0,
    deleted     INTEGER      NOT NULL DEFAULT 0,
    frozen      INTEGER      NOT NULL DEFAULT 0,
    edited_at   BIGINT,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX comments_chapter_top ON comments (chapter_id, parent_id, id);
CREATE INDEX comments_work_top ON comments (work_id, parent_id, id);
CREATE INDEX comments_thread ON comments (thread_id, id);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_user ON comments (user_id);
CREATE INDEX comments_unreviewed ON comments (work_id, unreviewed);

-- One kudos per user, or per address for guests (user_id NULL); NULLs never collide in a unique index.
CREATE TABLE kudos (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id    BIGINT      NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    user_id    BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    ip_address VARCHAR(64),
    created_at BIGINT      NOT NULL
);
CREATE UNIQUE INDEX kudos_work_user ON kudos (work_id, user_id);
CREATE UNIQUE INDEX kudos_work_ip ON kudos (work_id, ip_address);

-- Who may comment on a work (everyone, users, none) and whether comments wait for approval. A work without a row
-- has the defaults.
CREATE TABLE work_comment_settings (
    work_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES works (id) ON DELETE CASCADE,
    permission VARCHAR(20) NOT NULL DEFAULT 'everyone',
    moderated  INTEGER     NOT NULL DEFAULT 0,
    updated_at BIGINT      NOT NULL
);

CREATE TABLE blocked_users (
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    blocked_user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (user_id, blocked_user_id)
);
CREATE INDEX blocked_users_blocked ON blocked_users (blocked_user_id);
