-- Fanfold schema (SQLite). Keep in step with postgresql/V1__schema.sql: only identity columns differ.
-- Times are epoch milliseconds (BIGINT); flags are INTEGER 0/1 — both databases read them the same way.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         VARCHAR(40)  NOT NULL,
    login_key     VARCHAR(40)  NOT NULL UNIQUE,
    email         VARCHAR(254) NOT NULL,
    email_key     VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    about         TEXT         NOT NULL DEFAULT '',
    admin         INTEGER      NOT NULL DEFAULT 0,
    wrangler      INTEGER      NOT NULL DEFAULT 0,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE pseuds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        VARCHAR(40)  NOT NULL,
    name_key    VARCHAR(40)  NOT NULL,
    is_default  INTEGER      NOT NULL DEFAULT 0,
    description TEXT         NOT NULL DEFAULT '',
    created_at  BIGINT       NOT NULL,
    UNIQUE (user_id, name_key)
);

CREATE TABLE tags (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       VARCHAR(150) NOT NULL,
    name_key   VARCHAR(150) NOT NULL UNIQUE,
    type       VARCHAR(20)  NOT NULL,
    canonical  INTEGER      NOT NULL DEFAULT 0,
    merger_id  BIGINT       REFERENCES tags (id),
    created_at BIGINT       NOT NULL
);
CREATE INDEX tags_type ON tags (type, canonical);

CREATE TABLE works (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    title             VARCHAR(255) NOT NULL,
    summary           TEXT         NOT NULL DEFAULT '',
    notes             TEXT         NOT NULL DEFAULT '',
    end_notes         TEXT         NOT NULL DEFAULT '',
    language          VARCHAR(16)  NOT NULL,
    expected_chapters INTEGER,
    posted            INTEGER      NOT NULL DEFAULT 0,
    restricted        INTEGER      NOT NULL DEFAULT 0,
    hidden_by_admin   INTEGER      NOT NULL DEFAULT 0,
    word_count        INTEGER      NOT NULL DEFAULT 0,
    chapter_count     INTEGER      NOT NULL DEFAULT 0,
    hits              BIGINT       NOT NULL DEFAULT 0,
    imported_author   VARCHAR(255),
    published_at      BIGINT,
    updated_at        BIGINT       NOT NULL,
    created_at        BIGINT       NOT NULL
);

CREATE TABLE creatorships (
    work_id  BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    pseud_id BIGINT  NOT NULL REFERENCES pseuds (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, pseud_id)
);
CREATE INDEX creatorships_pseud ON creatorships (pseud_id);

CREATE TABLE chapters (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id      BIGINT       NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    title        VARCHAR(255) NOT NULL DEFAULT '',
    summary      TEXT         NOT NULL DEFAULT '',
    notes        TEXT         NOT NULL DEFAULT '',
    end_notes    TEXT         NOT NULL DEFAULT '',
    body         TEXT         NOT NULL,
    word_count   INTEGER      NOT NULL DEFAULT 0,
    posted       INTEGER      NOT NULL DEFAULT 0,
    published_at BIGINT,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);
CREATE INDEX chapters_work ON chapters (work_id, position);

CREATE TABLE work_tags (
    work_id BIGINT NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    tag_id  BIGINT NOT NULL REFERENCES tags (id),
    PRIMARY KEY (work_id, tag_id)
);
CREATE INDEX work_tags_tag ON work_tags (tag_id);

CREATE TABLE series (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      VARCHAR(255) NOT NULL,
    summary    TEXT         NOT NULL DEFAULT '',
    notes      TEXT         NOT NULL DEFAULT '',
    complete   INTEGER      NOT NULL DEFAULT 0,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL
);

CREATE TABLE series_creators (
    series_id BIGINT NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (series_id, user_id)
);

CREATE TABLE series_works (
    series_id BIGINT  NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    work_id   BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (series_id, work_id)
);
CREATE INDEX series_works_work ON series_works (work_id);

CREATE TABLE gifts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id           BIGINT       NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    recipient_user_id BIGINT       REFERENCES users (id) ON DELETE SET NULL,
    recipient_name    VARCHAR(255) NOT NULL
);
CREATE INDEX gifts_work ON gifts (work_id);

-- The outbox: a row per work whose search document must be rebuilt, written in the work's own transaction.
CREATE TABLE index_queue (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id    BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE settings (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT         NOT NULL
);
