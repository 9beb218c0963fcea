-- How many corpus quotes each speaker has of each kind, kept by the triggers below as corpus quotes are written,
-- moved to another speaker or deleted: an entity page shows the counts by reading a row a kind, not by counting
-- every quote of its speaker (the most quoted person of a large store has hundreds of thousands).
CREATE TABLE entity_quote_kind (
  entity_id TEXT    NOT NULL,
  kind      TEXT    NOT NULL,
  quotes    INTEGER NOT NULL,
  PRIMARY KEY (entity_id, kind)
) WITHOUT ROWID;

INSERT INTO entity_quote_kind(entity_id, kind, quotes)
SELECT speaker_id, kind, COUNT(*) FROM corpus_quote WHERE speaker_id IS NOT NULL GROUP BY speaker_id, kind;

CREATE TRIGGER corpus_quote_counted AFTER INSERT ON corpus_quote WHEN new.speaker_id IS NOT NULL
BEGIN
  INSERT INTO entity_quote_kind(entity_id, kind, quotes) VALUES (new.speaker_id, new.kind, 1)
  ON CONFLICT(entity_id, kind) DO UPDATE SET quotes = quotes + 1;
END;

CREATE TRIGGER corpus_quote_uncounted AFTER DELETE ON corpus_quote WHEN old.speaker_id IS NOT NULL
BEGIN
  UPDATE entity_quote_kind SET quotes = quotes - 1 WHERE entity_id = old.speaker_id AND kind = old.kind;
END;

CREATE TRIGGER corpus_quote_recounted AFTER UPDATE OF speaker_id, kind ON corpus_quote
WHEN old.speaker_id IS NOT new.speaker_id OR old.kind IS NOT new.kind
BEGIN
  UPDATE entity_quote_kind SET quotes = quotes - 1 WHERE entity_id = old.speaker_id AND kind = old.kind;
  INSERT INTO entity_quote_kind(entity_id, kind, quotes) SELECT new.speaker_id, new.kind, 1
  WHERE new.speaker_id IS NOT NULL
  ON CONFLICT(entity_id, kind) DO UPDATE SET quotes = quotes + 1;
END;
