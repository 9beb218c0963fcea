-- Articles as lede load writes them from the JSON Lines contract: the fields people filter on as columns, the whole
-- line as jsonb (what lede export --store postgres:// writes back).
CREATE TABLE articles (
  id            text PRIMARY KEY,
  url           text,
  canonical_url text,
  site          text,
  language      text,
  headline      text,
  byline        text[] NOT NULL DEFAULT '{}',
  published     timestamptz,
  updated       timestamptz,
  story_id      text,
  duplicate_of  text,
  line          jsonb NOT NULL,
  -- the load order (part files by name, lines in order): export writes articles in it
  seq           bigint NOT NULL
);
CREATE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_site_published ON articles (site, published);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Every mention of every entity the line carries, one row each (the line's entities[].mentions[]).
CREATE TABLE entity_mentions (
  article_id      text NOT NULL,
  entity_ordinal  int NOT NULL,
  mention_ordinal int NOT NULL,
  entity_id       text,
  name            text NOT NULL,
  type            text NOT NULL,
  mention         text NOT NULL,
  start_offset    int NOT NULL,
  end_offset      int NOT NULL,
  PRIMARY KEY (article_id, entity_ordinal, mention_ordinal)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);
CREATE INDEX entity_mentions_name ON entity_mentions (name);

-- Every quote the line carries, in text order, with its speaker as resolved.
CREATE TABLE quotes (
  article_id   text NOT NULL,
  ordinal      int NOT NULL,
  text         text NOT NULL,
  kind         text,
  start_offset int NOT NULL,
  end_offset   int NOT NULL,
  cue          text,
  speaker      text,
  speaker_kind text,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

-- The part files loaded, each in the transaction that loaded it: a re-run skips them (resume after a crash).
CREATE TABLE load_parts (
  path      text PRIMARY KEY,
  bytes     bigint NOT NULL,
  lines     bigint NOT NULL,
  articles  bigint NOT NULL,
  refused   bigint NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
