-- Pseud icons, co-creator invitations and refused gifts. Same SQL on SQLite and PostgreSQL.

-- A pseud's icon is a file in the data directory (icons/pseuds/{id}.{png|jpg|gif|webp}); the row says which type
-- it is (null: no icon), what it shows (alt text) and when it last changed (so its URL changes with it).
ALTER TABLE pseuds ADD COLUMN icon_type VARCHAR(32);
ALTER TABLE pseuds ADD COLUMN icon_alt_text VARCHAR(250) NOT NULL DEFAULT '';
ALTER TABLE pseuds ADD COLUMN icon_comment VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE pseuds ADD COLUMN icon_updated_at BIGINT NOT NULL DEFAULT 0;

-- Co-creators are named by pseud, on any account: "Add co-creators?" looks pseuds up by name.
CREATE INDEX pseuds_name ON pseuds (name_key);

-- An invitation to be credited on a work. Until the invited user accepts, the work does not name them and they
-- have no rights on it; accepting moves the row into creatorships, declining deletes it.
CREATE TABLE creatorship_invitations (
    work_id            BIGINT NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    pseud_id           BIGINT NOT NULL REFERENCES pseuds (id) ON DELETE CASCADE,
    invited_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at         BIGINT NOT NULL,
    PRIMARY KEY (work_id, pseud_id)
);
CREATE INDEX creatorship_invitations_pseud ON creatorship_invitations (pseud_id);

-- A recipient may refuse a gift: the work then no longer names them, and editing the work does not gift it to
-- them again.
ALTER TABLE gifts ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
CREATE INDEX gifts_recipient ON gifts (recipient_user_id);
