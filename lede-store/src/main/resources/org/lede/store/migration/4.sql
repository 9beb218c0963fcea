-- Cheaper writes. A document names the codec its content is packed with (rows before this were all deflate).
-- A version may keep its input in its own column and its JSON without "input" and without "text" (which the
-- paragraphs give back); rows before this keep both in the JSON and leave the column empty.
ALTER TABLE document ADD COLUMN codec TEXT NOT NULL DEFAULT 'deflate';
ALTER TABLE article_version ADD COLUMN input TEXT;
