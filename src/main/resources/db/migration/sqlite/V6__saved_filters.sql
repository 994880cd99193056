-- A reader's saved filters: a name and the listing URL (path and AO3 filter parameters) to come back to.
CREATE TABLE saved_filters (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    created_at BIGINT        NOT NULL
);
CREATE INDEX saved_filters_user ON saved_filters (user_id);
