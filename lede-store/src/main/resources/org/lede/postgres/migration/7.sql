-- Bounded reads at size: the counts an entity page charts become tables the load keeps, as SQLite keeps them, instead
-- of views counted over all of one entity's rows at each request (every mention of the most mentioned people); and
-- the entities API's name prefix is served by an index.

-- An entity's mentions and articles a day (UTC days since 1970). lede load adds each part's articles to it in the
-- part's transaction: their old rows' counts taken off before their mention rows are replaced, the new ones added
-- after (CorpusCounts), so the work follows the part's rows, never the entity's.
DROP VIEW entity_day;
CREATE TABLE entity_day (
  entity_id text   NOT NULL,
  day       bigint NOT NULL,
  mentions  int    NOT NULL,
  articles  int    NOT NULL,
  PRIMARY KEY (entity_id, day)
);
INSERT INTO entity_day (entity_id, day, mentions, articles)
SELECT entity_id, floor(published_at / 86400000.0)::bigint, sum(mentions)::int, count(DISTINCT article_id)::int
FROM mention WHERE published_at IS NOT NULL
GROUP BY entity_id, floor(published_at / 86400000.0)::bigint;

-- How many corpus quotes of each kind an entity said, kept the same way from corpus_quote's rows.
DROP VIEW entity_quote_kind;
CREATE TABLE entity_quote_kind (
  entity_id text NOT NULL,
  kind      text NOT NULL,
  quotes    int  NOT NULL,
  PRIMARY KEY (entity_id, kind)
);
INSERT INTO entity_quote_kind (entity_id, kind, quotes)
SELECT speaker_id, kind, count(*)::int FROM corpus_quote WHERE speaker_id IS NOT NULL GROUP BY speaker_id, kind;

-- The entities API's ?prefix= is "name ILIKE 'prefix%'": a trigram index serves ILIKE whatever the case and
-- whatever the parameter (a btree on lower(name) serves a prefix only when the plan sees the pattern). pg_trgm is
-- part of Debian's postgresql package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX entity_name_trigrams ON entity USING gin (name gin_trgm_ops) WHERE merged_into IS NULL;
