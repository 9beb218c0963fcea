-- The corpus tables lede spark computes (OUT/corpus/TABLE/part-*.jsonl.gz), loaded by lede load. Shaped as the SQLite
-- store's tables of the same names, so that a PostgreSQL read layer answers the same queries: times are epoch
-- milliseconds in bigint, as SQLite keeps them; an entity's profile is jsonb (text in SQLite); aliases, titles and
-- roles, which SQLite reads out of the profile, are also columns here.

-- One corpus entity; a merged one keeps its row, with merged_into naming the entity it answers as and no counts.
CREATE TABLE entity (
  id          text   PRIMARY KEY,
  type        text   NOT NULL,
  name        text   NOT NULL,
  aliases     text[] NOT NULL DEFAULT '{}',
  titles      text[] NOT NULL DEFAULT '{}',
  roles       text[] NOT NULL DEFAULT '{}',
  mentions    int    NOT NULL,
  articles    int    NOT NULL,
  quotes      int    NOT NULL,
  first_seen  bigint,
  last_seen   bigint,
  profile     jsonb  NOT NULL,
  merged_into text
);
CREATE INDEX entity_by_mentions ON entity (mentions DESC) WHERE merged_into IS NULL;
CREATE INDEX entity_by_type_mentions ON entity (type, mentions DESC) WHERE merged_into IS NULL;
CREATE INDEX entity_by_name ON entity (lower(name), id) WHERE merged_into IS NULL;
CREATE INDEX entity_by_merged_into ON entity (merged_into) WHERE merged_into IS NOT NULL;

-- One article entity linked to its corpus entity, with why (FULL_NAME, NAME, SURNAME_ONLY, ...).
CREATE TABLE mention (
  article_id   text NOT NULL,
  local_id     text NOT NULL,
  entity_id    text NOT NULL,
  name         text NOT NULL,
  type         text NOT NULL,
  reason       text NOT NULL,
  mentions     int  NOT NULL,
  quotes       int  NOT NULL,
  published_at bigint,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX mention_by_entity ON mention (entity_id, published_at DESC);

-- One saying, however many articles carry it; the first carrier is the earliest published, then the earliest read.
CREATE TABLE corpus_quote (
  id              bigint PRIMARY KEY,
  speaker_id      text,
  speaker_name    text,
  kind            text   NOT NULL,
  text            text   NOT NULL,
  words           text   NOT NULL,
  first_article   text   NOT NULL,
  first_ordinal   int    NOT NULL,
  first_published bigint,
  carriers        int    NOT NULL,
  outlets         int    NOT NULL
);
CREATE INDEX corpus_quote_by_speaker ON corpus_quote (speaker_id, first_published DESC, id DESC);
CREATE INDEX corpus_quote_by_speaker_kind ON corpus_quote (speaker_id, kind, first_published DESC, id DESC);
CREATE INDEX corpus_quote_by_first ON corpus_quote (first_published DESC, id DESC);

-- The fingerprint keys a corpus quote is found by (QuoteFingerprint), for matching the quotes of later articles.
CREATE TABLE corpus_quote_key (
  key      bigint NOT NULL,
  quote_id bigint NOT NULL,
  PRIMARY KEY (key, quote_id)
);
CREATE INDEX corpus_quote_key_by_quote ON corpus_quote_key (quote_id);

-- Every article quote, pointing at its corpus quote; speaker_local is the article entity that said it.
CREATE TABLE quote_carrier (
  article_id    text NOT NULL,
  ordinal       int  NOT NULL,
  quote_id      bigint NOT NULL,
  speaker_local text,
  site          text,
  published_at  bigint,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX quote_carrier_by_quote ON quote_carrier (quote_id, published_at);
CREATE INDEX quote_carrier_by_published ON quote_carrier (published_at);
