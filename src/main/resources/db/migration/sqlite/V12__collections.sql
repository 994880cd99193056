-- Collections, their participants and items, and related works (SQLite). Keep in step with
-- postgresql/V12__collections.sql: only identity columns differ.

-- A work's collection flags, kept by the collections module (AO3's in_anon_collection / in_unrevealed_collection):
-- creators shown as "Anonymous"; the work seen only by its creators and the collections' maintainers.
ALTER TABLE works ADD COLUMN in_anon_collection INTEGER NOT NULL DEFAULT 0;
ALTER TABLE works ADD COLUMN in_unrevealed_collection INTEGER NOT NULL DEFAULT 0;

CREATE TABLE collections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        VARCHAR(255) NOT NULL,
    name_key    VARCHAR(255) NOT NULL UNIQUE,
    title       VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    moderated   INTEGER      NOT NULL DEFAULT 0,
    closed      INTEGER      NOT NULL DEFAULT 0,
    anonymous   INTEGER      NOT NULL DEFAULT 0,
    unrevealed  INTEGER      NOT NULL DEFAULT 0,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

-- role: owner, moderator or member
CREATE TABLE collection_participants (
    collection_id BIGINT      NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    user_id       BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          VARCHAR(20) NOT NULL,
    created_at    BIGINT      NOT NULL,
    PRIMARY KEY (collection_id, user_id)
);
CREATE INDEX collection_participants_user ON collection_participants (user_id);

-- Approval by the work's creator and by the collection, as AO3: -1 rejected, 0 unreviewed, 1 approved.
CREATE TABLE collection_items (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    collection_id       BIGINT  NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    work_id             BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    user_approval       INTEGER NOT NULL DEFAULT 0,
    collection_approval INTEGER NOT NULL DEFAULT 0,
    added_by            BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL,
    UNIQUE (collection_id, work_id)
);
CREATE INDEX collection_items_work ON collection_items (work_id);

-- "Inspired by" / "translation of": the child work and its parent, a work here or elsewhere (a URL with the title,
-- author and language typed in). reciprocal: the parent's creator approved showing the link on the parent.
CREATE TABLE related_works (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    work_id         BIGINT        NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    parent_work_id  BIGINT        REFERENCES works (id) ON DELETE SET NULL,
    parent_url      VARCHAR(2000),
    parent_title    VARCHAR(255)  NOT NULL DEFAULT '',
    parent_author   VARCHAR(255)  NOT NULL DEFAULT '',
    parent_language VARCHAR(16)   NOT NULL DEFAULT '',
    translation     INTEGER       NOT NULL DEFAULT 0,
    reciprocal      INTEGER       NOT NULL DEFAULT 0,
    created_at      BIGINT        NOT NULL
);
CREATE INDEX related_works_work ON related_works (work_id);
CREATE INDEX related_works_parent ON related_works (parent_work_id);
