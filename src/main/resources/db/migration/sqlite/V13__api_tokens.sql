-- Personal API tokens: a user's named keys for the JSON API and the OPDS catalog.
-- Keep in step with postgresql/V13__api_tokens.sql: only the identity column differs.
-- Only the SHA-256 of a token is kept (hex); the token itself is shown once, when it is made.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    hint         VARCHAR(8)   NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
