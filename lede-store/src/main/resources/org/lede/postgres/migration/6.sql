-- Stories lede spark computes (OUT/corpus/story and OUT/corpus/story_article), loaded by lede load, shaped as the
-- SQLite store's tables that the story pages read (org.lede.corpus.Stories, StoryContents): times in epoch
-- milliseconds; what clustering alone keeps (vectors, term postings, members) is not loaded, since a read needs none.

-- One story: its title (its most central headline), its first and latest article's time, its articles and outlets.
CREATE TABLE story (
  id       bigint PRIMARY KEY,
  title    text,
  first_at bigint,
  last_at  bigint,
  size     int    NOT NULL,
  outlets  int    NOT NULL
);
CREATE INDEX story_by_last ON story (last_at DESC NULLS LAST);

-- Each article's story.
CREATE TABLE story_article (
  article_id   text   PRIMARY KEY,
  story_id     bigint NOT NULL,
  site         text,
  published_at bigint
);
-- a story's newest articles first, undated last, as SQLite orders them
CREATE INDEX story_article_by_story ON story_article (story_id, published_at DESC NULLS LAST);

-- A merged story's id and the story it now is. The job's stories start merged (a story tied across windows is one
-- from the first), so it writes none; a store converted from the single-machine one keeps its redirects here.
CREATE TABLE story_redirect (
  id        bigint PRIMARY KEY,
  survivor  bigint NOT NULL,
  merged_by text
);
CREATE INDEX story_redirect_by_survivor ON story_redirect (survivor);

-- The latest version of an article as SQLite's article_version holds it, for the numbers a story's articles give:
-- the load keeps one version, whose contract line holds its annotations.
CREATE VIEW article_version AS SELECT seq, line AS annotations FROM articles;

-- The article row with its latest version's number (its load order), which article_version is joined on.
CREATE OR REPLACE VIEW article AS
SELECT id, headline, site, (extract(epoch FROM published) * 1000)::bigint AS published_at, canonical_url, url, language,
  seq AS latest_seq
FROM articles;
