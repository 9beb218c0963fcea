-- What lede serve reads in PostgreSQL: the corpus readers of the SQLite store (SqliteCorpus) run here on tables and
-- views of SQLite's shape. Views over what the load writes present the article and quote rows the readers join and
-- the counts SQLite keeps as tables; a read through them is bounded as in SQLite (one article's line, one entity's
-- rows), never a walk over the store.

-- The article row the corpus pages join for a headline and a site; publication time in epoch milliseconds as SQLite.
CREATE VIEW article AS
SELECT id, headline, site, (extract(epoch FROM published) * 1000)::bigint AS published_at, canonical_url, url, language
FROM articles;

-- Each quote of an article as SQLite's quote table holds it: its 0-based ordinal and its JSON (from the line).
CREATE VIEW quote AS
SELECT a.id AS article_id, (q.n - 1)::int AS ordinal, q.json
FROM articles a CROSS JOIN LATERAL jsonb_array_elements(
  CASE WHEN jsonb_typeof(a.line->'quotes') = 'array' THEN a.line->'quotes' ELSE '[]'::jsonb END)
  WITH ORDINALITY AS q(json, n);

-- The load order of a row, as SQLite's seq: mentions of an article in the order they were written, carriers of a
-- quote in load order after their publication time.
ALTER TABLE mention ADD COLUMN seq bigserial;
ALTER TABLE quote_carrier ADD COLUMN seq bigserial;

-- An entity's mentions a day (UTC days since 1970), from its mention rows: SQLite keeps this as a table the ingest
-- adds to; here it is counted over one entity's rows through mention_by_entity.
CREATE VIEW entity_day AS
SELECT entity_id, floor(published_at / 86400000.0)::bigint AS day, sum(mentions)::int AS mentions,
  count(DISTINCT article_id)::int AS articles
FROM mention WHERE published_at IS NOT NULL
GROUP BY entity_id, floor(published_at / 86400000.0)::bigint;

-- How many corpus quotes of each kind an entity said, through corpus_quote_by_speaker_kind.
CREATE VIEW entity_quote_kind AS
SELECT speaker_id AS entity_id, kind, count(*)::int AS quotes
FROM corpus_quote WHERE speaker_id IS NOT NULL
GROUP BY speaker_id, kind;

-- The names, surnames and aliases entities are found by (SQLite's entity_key). lede spark does not write them yet:
-- the table is here, empty, so that finding an entity by its exact name works and by a surname finds nobody.
CREATE TABLE entity_key (
  key       text    NOT NULL,
  entity_id text    NOT NULL,
  seq       bigint  NOT NULL DEFAULT 0,
  rank      int     NOT NULL DEFAULT 0,
  PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_key_by_rank ON entity_key (key, rank DESC);
CREATE INDEX entity_key_by_entity ON entity_key (entity_id);

-- Newest first with undated last, as the readers page (SQLite sorts nulls last in a descending order).
CREATE INDEX mention_by_entity_newest ON mention (entity_id, published_at DESC NULLS LAST, article_id);
CREATE INDEX corpus_quote_by_speaker_newest ON corpus_quote (speaker_id, first_published DESC NULLS LAST, id DESC);
CREATE INDEX corpus_quote_by_speaker_kind_newest
  ON corpus_quote (speaker_id, kind, first_published DESC NULLS LAST, id DESC);
CREATE INDEX corpus_quote_by_first_newest ON corpus_quote (first_published DESC NULLS LAST, id DESC);
CREATE INDEX quote_carrier_by_quote_seq ON quote_carrier (quote_id, published_at, seq);
-- The words of a quote, for the quote search (SQLite's corpus_quote_text).
CREATE INDEX corpus_quote_words ON corpus_quote USING gin (to_tsvector('simple', text));

-- When an article was loaded, for the one version the web app shows of it (the load keeps the latest line only).
ALTER TABLE articles ADD COLUMN loaded_at timestamptz NOT NULL DEFAULT now();
