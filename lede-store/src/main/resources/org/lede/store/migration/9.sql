-- Stories in a compact form (org.lede.story.TermVector), so that comparing an article with a story costs the same
-- however large the store: terms get ids, vectors are BLOBs of (id, weight) pairs, ids ascending, and a story's
-- latest members are rows of their own, one written per joining article instead of the whole list each time.

-- The story terms with their ids and document frequencies; the row with the empty term counts the articles.
CREATE TABLE story_word (
  id   INTEGER PRIMARY KEY,
  term TEXT    NOT NULL UNIQUE,
  df   INTEGER NOT NULL
);

INSERT INTO story_word(term, df) SELECT term, df FROM story_term ORDER BY term;

DROP TABLE story_term;

-- The term index that finds candidate stories, by term id. A term keeps its latest few dozen stories
-- (org.lede.corpus.SqliteStoryState.PER_TERM), side by side in the table: finding the most recent among them reads
-- those rows, so no second index on time has to be kept up at every join.
CREATE TABLE story_word_posting (
  word_id  INTEGER NOT NULL,
  story_id INTEGER NOT NULL,
  last_at  INTEGER NOT NULL,
  PRIMARY KEY (word_id, story_id)
) WITHOUT ROWID;

INSERT INTO story_word_posting(word_id, story_id, last_at)
  SELECT w.id, p.story_id, p.last_at FROM story_posting p JOIN story_word w ON w.term = p.term;

DROP TABLE story_posting;


-- vector: the story's centroid as a term vector BLOB. A story written before this migration has none: its JSON
-- centroid and members are turned into the compact form the first time clustering reads it, and emptied.
-- member_next: the slot of story_member the next member goes to.
ALTER TABLE story ADD COLUMN vector BLOB;
ALTER TABLE story ADD COLUMN member_next INTEGER NOT NULL DEFAULT 0;

-- A story's latest members, the unit TF-IDF vectors of its latest articles, in a ring of slots: the newest is in
-- the slot before the story's member_next.
CREATE TABLE story_member (
  story_id INTEGER NOT NULL,
  slot     INTEGER NOT NULL,
  vector   BLOB    NOT NULL,
  PRIMARY KEY (story_id, slot)
) WITHOUT ROWID;
