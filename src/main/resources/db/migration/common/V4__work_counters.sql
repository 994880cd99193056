-- Denormalized counters for AO3's listing stats (Kudos, Comments, Bookmarks), kept beside hits. The tables they
-- count come later; until then only the generator sets them. Both databases accept this file as is.
ALTER TABLE works ADD COLUMN kudos_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE works ADD COLUMN comments_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE works ADD COLUMN bookmarks_count BIGINT NOT NULL DEFAULT 0;
