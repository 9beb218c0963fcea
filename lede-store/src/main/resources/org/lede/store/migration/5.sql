-- The corpus layer: entities linked across articles, each article's members of them with why they joined, and quotes
-- carried by several articles. Kept in step inside each article's ingest transaction; `lede relink` rebuilds it.
CREATE TABLE entity (
  id          TEXT    PRIMARY KEY,
  type        TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  mentions    INTEGER NOT NULL,
  articles    INTEGER NOT NULL,
  quotes      INTEGER NOT NULL,
  first_seen  INTEGER,
  last_seen   INTEGER,
  profile     TEXT    NOT NULL,
  merged_into TEXT
);

CREATE INDEX entity_by_mentions ON entity(mentions DESC) WHERE merged_into IS NULL;
CREATE INDEX entity_by_type_mentions ON entity(type, mentions DESC) WHERE merged_into IS NULL;
CREATE INDEX entity_by_name ON entity(name COLLATE NOCASE, id) WHERE merged_into IS NULL;
-- a merge redirects what pointed at the merged entity: found through this, not by reading every entity
CREATE INDEX entity_by_merged_into ON entity(merged_into) WHERE merged_into IS NOT NULL;

-- The keys an entity is found by: "P|first last", "S|surname", "N|TYPE|name", "Q|surname", "X|first last".
CREATE TABLE entity_key (
  key       TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE INDEX entity_key_by_entity ON entity_key(entity_id);

-- One article entity linked to a corpus entity; evidence holds its role words and context for re-deciding.
CREATE TABLE mention (
  article_id   TEXT    NOT NULL,
  local_id     TEXT    NOT NULL,
  entity_id    TEXT    NOT NULL,
  seq          INTEGER NOT NULL,
  name         TEXT    NOT NULL,
  type         TEXT    NOT NULL,
  reason       TEXT    NOT NULL,
  mentions     INTEGER NOT NULL,
  quotes       INTEGER NOT NULL,
  published_at INTEGER,
  evidence     TEXT    NOT NULL,
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;

CREATE INDEX mention_by_entity ON mention(entity_id, published_at DESC);
CREATE INDEX mention_by_entity_reason ON mention(entity_id, reason, seq);

-- How often each entity is named per day (UTC, days since 1970) in dated articles, kept with its members: an
-- entity's chart is read from its days, not from its mentions.
CREATE TABLE entity_day (
  entity_id TEXT    NOT NULL,
  day       INTEGER NOT NULL,
  mentions  INTEGER NOT NULL,
  articles  INTEGER NOT NULL,
  PRIMARY KEY (entity_id, day)
) WITHOUT ROWID;

CREATE TABLE corpus_quote (
  id              INTEGER PRIMARY KEY,
  speaker_id      TEXT,
  speaker_name    TEXT,
  kind            TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  words           TEXT    NOT NULL,
  first_article   TEXT    NOT NULL,
  first_ordinal   INTEGER NOT NULL,
  first_published INTEGER,
  carriers        INTEGER NOT NULL,
  outlets         INTEGER NOT NULL
);

-- a speaker's newest quotes, of any kind or of one, read in the index's order and stopped at the page's end
CREATE INDEX corpus_quote_by_speaker ON corpus_quote(speaker_id, first_published DESC, id DESC);
-- a speaker's quotes counted by kind from the index alone
CREATE INDEX corpus_quote_by_speaker_kind ON corpus_quote(speaker_id, kind, first_published DESC, id DESC);
CREATE INDEX corpus_quote_by_first ON corpus_quote(first_published DESC, id DESC);

CREATE TABLE corpus_quote_key (
  key      INTEGER NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY (key, quote_id)
) WITHOUT ROWID;

CREATE INDEX corpus_quote_key_by_quote ON corpus_quote_key(quote_id);

-- Every article quote, pointing at its corpus quote; speaker_local is the article entity that said it.
CREATE TABLE quote_carrier (
  article_id    TEXT    NOT NULL,
  ordinal       INTEGER NOT NULL,
  quote_id      INTEGER NOT NULL,
  speaker_local TEXT,
  site          TEXT,
  published_at  INTEGER,
  seq           INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX quote_carrier_by_quote ON quote_carrier(quote_id, published_at);
CREATE INDEX quote_carrier_by_published ON quote_carrier(published_at);

CREATE VIRTUAL TABLE corpus_quote_text USING fts5(text, content='corpus_quote', content_rowid='id');
