-- The most mentioned bearers of a key (the people of a common surname) are read through the index below, in the
-- order of a rank kept beside each key: the entity's mentions rounded down to a power of two. The linker asks for
-- the top 20 bearers of a surname at every mention by surname alone and at every new person of that surname;
-- reading every bearer to sort them by mentions cost 10 ms for a surname of 5,000 people. With the rank, only the
-- bearers of the ranks that reach the top 20 are read. Sorting by rank, then mentions, is the same order as by
-- mentions. The trigger moves an entity's keys to a new rank only when its mentions cross a power of two: about
-- twenty times in the life of the most mentioned person, so keeping the rank costs next to nothing at ingest.
ALTER TABLE entity_key ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;

UPDATE entity_key SET rank = COALESCE(
  (SELECT CAST(log2(MAX(e.mentions, 1)) AS INTEGER) FROM entity e WHERE e.id = entity_key.entity_id), 0);

CREATE INDEX entity_key_by_rank ON entity_key(key, rank DESC);

CREATE TRIGGER entity_key_ranked AFTER UPDATE OF mentions ON entity
WHEN CAST(log2(MAX(new.mentions, 1)) AS INTEGER) <> CAST(log2(MAX(old.mentions, 1)) AS INTEGER)
BEGIN
  UPDATE entity_key SET rank = CAST(log2(MAX(new.mentions, 1)) AS INTEGER) WHERE entity_id = new.id;
END;
