-- Near-duplicates: each article's MinHash signature and its LSH band keys, and which earlier article it copies.
-- Kept in step inside each article's ingest transaction; `lede relink` rebuilds them.
-- An article too short to judge (org.lede.duplicate.TextSignature.MIN_WORDS) has no row.
CREATE TABLE copy_signature (
  article_id TEXT    PRIMARY KEY,
  signature  BLOB    NOT NULL,
  words      INTEGER NOT NULL,
  first_at   INTEGER NOT NULL,
  ordinal    INTEGER NOT NULL,
  copy_of    TEXT,
  similarity REAL
) WITHOUT ROWID;

CREATE INDEX copy_signature_by_original ON copy_signature(copy_of) WHERE copy_of IS NOT NULL;
CREATE UNIQUE INDEX copy_signature_by_ordinal ON copy_signature(ordinal);

-- Band keys point at the article's ordinal (kept across its versions), not its id: 32 of these rows an article.
CREATE TABLE copy_band (
  band    INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (band, ordinal)
) WITHOUT ROWID;

-- Stories: articles about one event, grouped at ingest (org.lede.story.StoryClusterer). centroid is the JSON of the
-- story's heaviest terms and their summed TF-IDF weights; entities the JSON list of the corpus entities it names.
CREATE TABLE story (
  id           INTEGER PRIMARY KEY,
  title        TEXT,
  title_score  REAL    NOT NULL,
  first_at     INTEGER,
  last_at      INTEGER,
  size         INTEGER NOT NULL,
  outlets      INTEGER NOT NULL,
  norm_squared REAL    NOT NULL,
  centroid     TEXT    NOT NULL,
  entities     TEXT    NOT NULL
);

CREATE INDEX story_by_last ON story(last_at DESC);

CREATE TABLE story_article (
  article_id   TEXT    PRIMARY KEY,
  story_id     INTEGER NOT NULL,
  site         TEXT,
  published_at INTEGER
) WITHOUT ROWID;

CREATE INDEX story_article_by_story ON story_article(story_id, published_at);
CREATE INDEX story_article_by_site ON story_article(story_id, site);

-- Document frequencies of story terms; the row with the empty term counts the articles.
CREATE TABLE story_term (
  term TEXT    PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;

-- The term index that finds candidate stories: each term's stories, most recently joined first.
CREATE TABLE story_posting (
  term     TEXT    NOT NULL,
  story_id INTEGER NOT NULL,
  last_at  INTEGER NOT NULL,
  PRIMARY KEY (term, story_id)
) WITHOUT ROWID;

CREATE INDEX story_posting_by_recent ON story_posting(term, last_at DESC);
