-- Stories compare an article with their latest members as well as their centroid, and merge when an article ties
-- two of them (org.lede.story.StoryMerge).
-- members: the JSON list of the unit TF-IDF vectors of the story's latest articles, newest first.
ALTER TABLE story ADD COLUMN members TEXT NOT NULL DEFAULT '[]';

-- A merged story's id, the story it now is, and the article whose arrival tied the two (merged_by). Kept flat: when
-- a survivor is merged in turn, every id that redirected to it redirects to the new survivor, so one lookup
-- resolves any id. `lede restory` empties it with the other story tables.
CREATE TABLE story_redirect (
  id        INTEGER PRIMARY KEY,
  survivor  INTEGER NOT NULL,
  merged_by TEXT
);

CREATE INDEX story_redirect_by_survivor ON story_redirect(survivor);
