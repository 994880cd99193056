-- Readers' persistent exclusions: muted tags and users, applied inside every listing's query.
CREATE TABLE muted_tags (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, tag_id)
);

CREATE TABLE muted_users (
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    muted_user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (user_id, muted_user_id)
);
