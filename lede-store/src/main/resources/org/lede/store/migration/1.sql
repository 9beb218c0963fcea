-- Raw inputs, articles and their versions.
-- Times are epoch milliseconds (UTC); raw content is deflated.
CREATE TABLE document (
  id               INTEGER PRIMARY KEY,
  sha256           TEXT    NOT NULL UNIQUE,
  input            TEXT    NOT NULL,
  media_type       TEXT    NOT NULL,
  declared_charset TEXT,
  fetched_at       INTEGER,
  modified_at      INTEGER,
  ingested_at      INTEGER NOT NULL,
  size             INTEGER NOT NULL,
  content          BLOB    NOT NULL
);

-- seq is the store's change counter: every new version takes the next one, never reused,
-- so the search index can remember how far it has caught up.
CREATE TABLE article_version (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id   TEXT    NOT NULL,
  version      INTEGER NOT NULL,
  document_id  INTEGER REFERENCES document(id),
  content_hash TEXT    NOT NULL,
  ingested_at  INTEGER NOT NULL,
  json         TEXT    NOT NULL,
  UNIQUE (article_id, version)
);

CREATE TABLE article (
  id                TEXT    PRIMARY KEY,
  latest_version    INTEGER NOT NULL,
  latest_seq        INTEGER NOT NULL,
  content_hash      TEXT    NOT NULL,
  headline          TEXT,
  site              TEXT,
  published_at      INTEGER,
  canonical_url     TEXT,
  url               TEXT,
  input             TEXT,
  language          TEXT,
  first_ingested_at INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
);

CREATE INDEX article_by_latest_seq ON article(latest_seq);
