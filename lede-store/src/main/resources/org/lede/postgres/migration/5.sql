-- Near-duplicates (wire copies) lede spark computes (OUT/corpus/copy/part-*.jsonl.gz), loaded by lede load. Shaped as
-- the SQLite store's copy_signature: each signed article's MinHash signature (org.lede.duplicate.TextSignature, 96
-- big-endian ints), its words, when it counts as first (published, else ingested, in epoch milliseconds), its number
-- in ingest order, and the earliest article of its group it copies, with the estimated share of shingles they share.
-- An article too short to judge has no row. The band keys are not stored: they are recomputed from the signature.
CREATE TABLE copy_signature (
  article_id text             PRIMARY KEY,
  signature  bytea            NOT NULL,
  words      int              NOT NULL,
  first_at   bigint           NOT NULL,
  ordinal    bigint           NOT NULL,
  copy_of    text,
  similarity double precision
);
CREATE INDEX copy_signature_by_original ON copy_signature (copy_of) WHERE copy_of IS NOT NULL;
-- not unique, unlike SQLite's: a second run's output loaded over the first numbers its own articles from 1
CREATE INDEX copy_signature_by_ordinal ON copy_signature (ordinal);
