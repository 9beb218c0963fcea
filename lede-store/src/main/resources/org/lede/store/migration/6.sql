-- Near-duplicates: each article's MinHash signature and its LSH band keys, and which earlier article it copies.
-- Kept in step inside each article's ingest transaction; `lede relink` rebuilds them.
-- An article too short to judge (org.lede.duplicate.TextSignature.MIN_WORDS) has no row.
CREATE TABLE copy_signature (
  article_id TEXT    PRIMARY KEY,
  signature  BLOB    NOT NULL,
  words      INTEGER NOT NULL,
  first_at   INTEGER NOT NULL,
  ordinal    INTEGER NOT NULL,
  copy_of    TEXT,
  similarity REAL
) WITHOUT ROWID;

CREATE INDEX copy_signature_by_original ON copy_signature(copy_of) WHERE copy_of IS NOT NULL;
CREATE UNIQUE INDEX copy_signature_by_ordinal ON copy_signature(ordinal);

-- Band keys point at the article's ordinal (kept across its versions), not its id: 32 of these rows an article.
CREATE TABLE copy_band (
  band    INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (band, ordinal)
) WITHOUT ROWID;
