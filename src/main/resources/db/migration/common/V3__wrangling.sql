-- Tag wrangling: meta/sub tags, parents by type, and the outbox of tag changes whose works must be reindexed.
-- Same SQL on SQLite and PostgreSQL.

-- A sub tag's works are found under its meta tag (transitively); both canonical and of one type.
CREATE TABLE meta_taggings (
    meta_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    sub_id  BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (meta_id, sub_id)
);
CREATE INDEX meta_taggings_sub ON meta_taggings (sub_id);

-- A child tag belongs to a parent of another type: Media > Fandom > Character/Relationship/Freeform,
-- Character > Relationship.
CREATE TABLE parent_taggings (
    parent_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    child_id  BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX parent_taggings_child ON parent_taggings (child_id);

-- The wrangling outbox: one row per tag whose works' filter ids may have changed, written in the wrangling
-- transaction. A second change to the same tag bumps version, so a worker that read version n deletes the row only
-- if no newer change arrived meanwhile.
CREATE TABLE tag_changes (
    tag_id     BIGINT NOT NULL PRIMARY KEY,
    version    BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX tags_merger ON tags (merger_id);
