-- Where an imported work came from: the file it was read from and, when the file said, the story's address on the
-- archive it was first posted to and its dates there (YYYY-MM-DD). Same SQL on SQLite and PostgreSQL.
CREATE TABLE work_origins (
    work_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES works (id) ON DELETE CASCADE,
    file_name    VARCHAR(255)  NOT NULL,
    file_format  VARCHAR(16)   NOT NULL,
    url          VARCHAR(2048) NOT NULL DEFAULT '',
    archive      VARCHAR(255)  NOT NULL DEFAULT '',
    published_on VARCHAR(10),
    updated_on   VARCHAR(10),
    imported_at  BIGINT        NOT NULL
);
