-- Named sets of sites ("UK national press"): collection:NAME in a query means any of its sites, and attention charts
-- compare a query across collections. Names are unique whatever their case.
CREATE TABLE site_collection (
  name       TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
  created_at INTEGER NOT NULL
);

CREATE TABLE site_collection_member (
  collection TEXT NOT NULL COLLATE NOCASE,
  site       TEXT NOT NULL,
  PRIMARY KEY (collection, site)
) WITHOUT ROWID;
