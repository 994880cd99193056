-- The words of tag names, for the tag search (org.fanfold.tags.TagWords): one row per distinct word of each tag's
-- name key, looked up by prefix ranges. Words compare in code point order: the binary collation on UTF-8. Keep in
-- step with postgresql/V17__tag_words.sql. Migration V18 fills it with the words of the tags already there.
CREATE TABLE tag_words (
    word   VARCHAR(150) NOT NULL,
    tag_id BIGINT       NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (word, tag_id)
) WITHOUT ROWID;
