-- The near-duplicates' band keys in tiers, as a log-structured store keeps them (org.lede.corpus.CopyBands): a new
-- article's 32 band rows go to the small fresh tier; when it fills, it is merged in band order into the recent tier,
-- and when that fills, into copy_band, each merge in one statement inside an ingest transaction. Inserted at random
-- places in one large copy_band, every row dirtied a page of its own once the table outgrew the cache, so storing an
-- article cost more the larger the store; merged in order, each page of the larger tier is written once a merge.
-- A (band, ordinal) pair is in exactly one of the three tables; lookups read all three.
CREATE TABLE copy_band_fresh (
  band    INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (band, ordinal)
) WITHOUT ROWID;

CREATE TABLE copy_band_recent (
  band    INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (band, ordinal)
) WITHOUT ROWID;
