-- Whole archives imported from elsewhere (eFiction, as AO3's Open Doors imports them). Keep in step with
-- postgresql/V14__imported_archives.sql: only identity columns differ.

-- The creators of imported works: people with no account here (yet). A work names them by name (works.imported_author
-- shows the unclaimed ones) while an archivist's pseud holds the work. A signed-in user whose e-mail address is an
-- imported creator's may claim them: the works pass to that user, and claimed_by_user_id says who did.
CREATE TABLE imported_creators (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               VARCHAR(255) NOT NULL,
    email              VARCHAR(254),
    email_key          VARCHAR(254),
    source_archive     VARCHAR(255) NOT NULL,
    source_name        VARCHAR(255) NOT NULL,
    source_key         VARCHAR(100) NOT NULL,
    claimed_by_user_id BIGINT       REFERENCES users (id) ON DELETE SET NULL,
    claimed_at         BIGINT,
    created_at         BIGINT       NOT NULL,
    UNIQUE (source_archive, source_key)
);
CREATE INDEX imported_creators_email ON imported_creators (email_key);

-- Which imported creators a work is by, in credit order, and which account archived it for them.
CREATE TABLE imported_creatorships (
    work_id             BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    imported_creator_id BIGINT  NOT NULL REFERENCES imported_creators (id) ON DELETE CASCADE,
    archivist_user_id   BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    position            INTEGER NOT NULL,
    PRIMARY KEY (work_id, imported_creator_id)
);
CREATE INDEX imported_creatorships_creator ON imported_creatorships (imported_creator_id);

-- What each item of an imported archive became (kind 'story' → a work id, 'series' → a series id), so importing
-- the same archive again adds nothing twice. Kept when the work is deleted: a deleted work is not imported again.
CREATE TABLE import_sources (
    source_archive VARCHAR(255) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    source_id      VARCHAR(100) NOT NULL,
    target_id      BIGINT       NOT NULL,
    created_at     BIGINT       NOT NULL,
    PRIMARY KEY (source_archive, kind, source_id)
);

-- Imports started from the admin pages, run in the background: status is running, done, failed or interrupted
-- (the server stopped first); report holds the finished report.
CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        VARCHAR(20)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    dry_run     INTEGER      NOT NULL DEFAULT 0,
    user_id     BIGINT       REFERENCES users (id) ON DELETE SET NULL,
    report      TEXT         NOT NULL DEFAULT '',
    created_at  BIGINT       NOT NULL,
    finished_at BIGINT
);
