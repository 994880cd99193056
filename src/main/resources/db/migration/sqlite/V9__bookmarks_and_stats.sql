-- Bookmarks and creators' statistics. Keep in step with postgresql/V9__bookmarks_and_stats.sql: only the identity
-- column differs.

-- A user's bookmark of a work or a series (item_type 'Work' or 'Series'), one per user and item. The item is not a
-- foreign key on purpose: as on AO3, a bookmark outlives a deleted work ("This has been deleted, sorry!"), keeping
-- its owner's notes. works.bookmarks_count counts the public (non-private) bookmarks of each work.
CREATE TABLE bookmarks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pseud_id   BIGINT      NOT NULL REFERENCES pseuds (id) ON DELETE CASCADE,
    item_type  VARCHAR(10) NOT NULL,
    item_id    BIGINT      NOT NULL,
    notes      TEXT        NOT NULL DEFAULT '',
    private    INTEGER     NOT NULL DEFAULT 0,
    rec        INTEGER     NOT NULL DEFAULT 0,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    UNIQUE (user_id, item_type, item_id)
);
CREATE INDEX bookmarks_item ON bookmarks (item_type, item_id, private);
CREATE INDEX bookmarks_user ON bookmarks (user_id, created_at);

-- The bookmarker's own tags, in the order they were typed.
CREATE TABLE bookmark_tags (
    bookmark_id BIGINT  NOT NULL REFERENCES bookmarks (id) ON DELETE CASCADE,
    tag_id      BIGINT  NOT NULL REFERENCES tags (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (bookmark_id, tag_id)
);
CREATE INDEX bookmark_tags_tag ON bookmark_tags (tag_id);

-- Hits per work and day (day = days since 1970-01-01 in UTC, as the hit counter counts visitors per UTC day),
-- written with works.hits when the hit counter flushes; the statistics page charts them.
CREATE TABLE work_hits_daily (
    work_id BIGINT  NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    day     INTEGER NOT NULL,
    hits    BIGINT  NOT NULL,
    PRIMARY KEY (work_id, day)
);
