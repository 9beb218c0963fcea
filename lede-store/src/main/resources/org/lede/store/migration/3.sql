-- What was found in each article version (quotes, entities, quantities, dates) as the JSON contract writes it,
-- and the latest version's quotes one row each, so quotes can be listed by speaker across the whole store.
ALTER TABLE article_version ADD COLUMN annotations TEXT;

CREATE TABLE quote (
  article_id   TEXT    NOT NULL,
  ordinal      INTEGER NOT NULL,
  kind         TEXT    NOT NULL,
  speaker      TEXT,
  speaker_kind TEXT,
  anonymous    INTEGER NOT NULL,
  published_at INTEGER,
  json         TEXT    NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX quote_by_speaker ON quote(speaker COLLATE NOCASE);
