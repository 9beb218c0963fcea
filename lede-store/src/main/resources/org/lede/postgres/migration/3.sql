-- Who said a quote, as the article's entity id the contract's speaker.entityId names: quotes join entity_mentions
-- on (article_id, speaker_entity = entity_id). Lines loaded before the contract carried it are read again here.
ALTER TABLE quotes ADD COLUMN speaker_entity text;

UPDATE quotes q SET speaker_entity = a.line->'quotes'->(q.ordinal - 1)->'speaker'->>'entityId'
FROM articles a WHERE a.id = q.article_id AND jsonb_typeof(a.line->'quotes') = 'array';

CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity) WHERE speaker_entity IS NOT NULL;
