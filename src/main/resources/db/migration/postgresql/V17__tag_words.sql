-- The words of tag names, for the tag search (org.fanfold.tags.TagWords): one row per distinct word of each tag's
-- name key, looked up by prefix ranges. Words compare in code point order, whatever the database's collation: "C"
-- on UTF-8. Keep in step with sqlite/V17__tag_words.sql. Migration V18 fills it with the words of the tags already
-- there, then adds the foreign key tag_id REFERENCES tags (id) ON DELETE CASCADE (checked row by row while filling,
-- it took half the time).
CREATE TABLE tag_words (
    word   VARCHAR(150) COLLATE "C" NOT NULL,
    tag_id BIGINT                   NOT NULL,
    PRIMARY KEY (word, tag_id)
);
