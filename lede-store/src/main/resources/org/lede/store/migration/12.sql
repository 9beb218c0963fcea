-- A fourth tier for the near-duplicates' band keys, and a filter over the two large ones (org.lede.corpus.CopyBands).
-- Merging the recent tier into copy_band rewrote every page of copy_band, so each merge cost more as the corpus grew:
-- the recent tier now merges into copy_band_settling, which is merged into copy_band only when it holds 8 times the
-- recent tier's rows, so a merge rewrites a bounded tier, and copy_band is rewritten an eighth as often.
CREATE TABLE copy_band_settling (
  band    INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (band, ordinal)
) WITHOUT ROWID;

-- A Bloom filter of the band keys merged into copy_band_settling and copy_band, in pieces of 256 64-bit words
-- (org.lede.corpus.BandFilter): most of an article's bands are its own, and the filter answers for them without
-- reading the two large tiers, whose pages no cache holds once the corpus is large.
CREATE TABLE copy_band_filter (
  piece INTEGER PRIMARY KEY,
  bits  BLOB    NOT NULL
);

-- One row: how many rows copy_band_settling holds (counted at each merge, so opening the store counts none), and
-- whether the filter covers copy_band. It does not in a store that had band keys before this migration: there
-- copy_band is read for every band until `lede relink` rebuilds the tables.
CREATE TABLE copy_band_tiers (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  settling_rows    INTEGER NOT NULL,
  settled_filtered INTEGER NOT NULL
);

INSERT INTO copy_band_tiers(id, settling_rows, settled_filtered)
VALUES (1, 0, NOT EXISTS (SELECT 1 FROM copy_band));
