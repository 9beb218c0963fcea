package org.lede.postgres;

import java.util.List;

/**
 * One corpus table of a {@code lede spark} output ({@code OUT/corpus/NAME/part-*.jsonl.gz}) and how its JSON lines
 * become rows: the columns each line must have, and the upsert from the staged lines ({@code l}, jsonb). Loaded in
 * the order of {@link #ALL}.
 *
 * @param name     the folder and the table ({@code copy} fills {@code copy_signature})
 * @param required fields a line must hold to be a row; a line without one is refused
 * @param upsert   the statement moving the staged lines into the table
 */
record CorpusTable(String name, List<String> required, String upsert) {
  private static String array(String field) {
    return "ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(l->'" + field + "') = 'array' THEN l->'"
        + field + "' ELSE '[]' END))";
  }

  static final List<CorpusTable> ALL = List.of(
      new CorpusTable("entity", List.of("id", "type", "name", "mentions", "articles", "quotes", "profile"), """
          INSERT INTO entity AS t (id, type, name, aliases, titles, roles, mentions, articles, quotes, first_seen,
            last_seen, profile, merged_into)
          SELECT l->>'id', l->>'type', l->>'name', %s, %s, %s, (l->>'mentions')::int, (l->>'articles')::int,
            (l->>'quotes')::int, (l->>'first_seen')::bigint, (l->>'last_seen')::bigint, (l->>'profile')::jsonb,
            l->>'merged_into'
          FROM corpus_staging WHERE %%s
          ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name, aliases = EXCLUDED.aliases,
            titles = EXCLUDED.titles, roles = EXCLUDED.roles, mentions = EXCLUDED.mentions,
            articles = EXCLUDED.articles, quotes = EXCLUDED.quotes, first_seen = EXCLUDED.first_seen,
            last_seen = EXCLUDED.last_seen, profile = EXCLUDED.profile, merged_into = EXCLUDED.merged_into"""
          .formatted(array("aliases"), array("titles"), array("roles"))),
      // the keys an entity is found by (names, surnames); rank orders a common surname's bearers
      new CorpusTable("entity_key", List.of("key", "entity_id", "rank"), """
          INSERT INTO entity_key (key, entity_id, rank)
          SELECT l->>'key', l->>'entity_id', (l->>'rank')::int
          FROM corpus_staging WHERE %s
          ON CONFLICT (key, entity_id) DO UPDATE SET rank = EXCLUDED.rank"""),
      new CorpusTable("mention", List.of("article_id", "local_id", "entity_id", "name", "type", "reason", "mentions",
          "quotes"), """
          INSERT INTO mention (article_id, local_id, entity_id, name, type, reason, mentions, quotes, published_at)
          SELECT l->>'article_id', l->>'local_id', l->>'entity_id', l->>'name', l->>'type', l->>'reason',
            (l->>'mentions')::int, (l->>'quotes')::int, (l->>'published_at')::bigint
          FROM corpus_staging WHERE %s
          ON CONFLICT (article_id, local_id) DO UPDATE SET entity_id = EXCLUDED.entity_id, name = EXCLUDED.name,
            type = EXCLUDED.type, reason = EXCLUDED.reason, mentions = EXCLUDED.mentions, quotes = EXCLUDED.quotes,
            published_at = EXCLUDED.published_at"""),
      new CorpusTable("corpus_quote", List.of("id", "kind", "text", "words", "first_article", "first_ordinal",
          "carriers", "outlets"), """
          INSERT INTO corpus_quote (id, speaker_id, speaker_name, kind, text, words, first_article, first_ordinal,
            first_published, carriers, outlets)
          SELECT (l->>'id')::bigint, l->>'speaker_id', l->>'speaker_name', l->>'kind', l->>'text', l->>'words',
            l->>'first_article', (l->>'first_ordinal')::int, (l->>'first_published')::bigint, (l->>'carriers')::int,
            (l->>'outlets')::int
          FROM corpus_staging WHERE %s
          ON CONFLICT (id) DO UPDATE SET speaker_id = EXCLUDED.speaker_id, speaker_name = EXCLUDED.speaker_name,
            kind = EXCLUDED.kind, text = EXCLUDED.text, words = EXCLUDED.words, first_article = EXCLUDED.first_article,
            first_ordinal = EXCLUDED.first_ordinal, first_published = EXCLUDED.first_published,
            carriers = EXCLUDED.carriers, outlets = EXCLUDED.outlets"""),
      new CorpusTable("quote_carrier", List.of("article_id", "ordinal", "quote_id"), """
          INSERT INTO quote_carrier (article_id, ordinal, quote_id, speaker_local, site, published_at)
          SELECT l->>'article_id', (l->>'ordinal')::int, (l->>'quote_id')::bigint, l->>'speaker_local', l->>'site',
            (l->>'published_at')::bigint
          FROM corpus_staging WHERE %s
          ON CONFLICT (article_id, ordinal) DO UPDATE SET quote_id = EXCLUDED.quote_id,
            speaker_local = EXCLUDED.speaker_local, site = EXCLUDED.site, published_at = EXCLUDED.published_at"""),
      new CorpusTable("corpus_quote_key", List.of("key", "quote_id"), """
          INSERT INTO corpus_quote_key (key, quote_id)
          SELECT (l->>'key')::bigint, (l->>'quote_id')::bigint
          FROM corpus_staging WHERE %s
          ON CONFLICT DO NOTHING"""),
      // the folder is the job's name for the table; the table keeps the SQLite store's name
      new CorpusTable("copy", List.of("article_id", "signature", "words", "first_at", "ordinal"), """
          INSERT INTO copy_signature (article_id, signature, words, first_at, ordinal, copy_of, similarity)
          SELECT l->>'article_id', decode(l->>'signature', 'base64'), (l->>'words')::int, (l->>'first_at')::bigint,
            (l->>'ordinal')::bigint, l->>'copy_of', (l->>'similarity')::double precision
          FROM corpus_staging WHERE %s
          ON CONFLICT (article_id) DO UPDATE SET signature = EXCLUDED.signature, words = EXCLUDED.words,
            first_at = EXCLUDED.first_at, ordinal = EXCLUDED.ordinal, copy_of = EXCLUDED.copy_of,
            similarity = EXCLUDED.similarity"""),
      new CorpusTable("story", List.of("id", "size", "outlets"), """
          INSERT INTO story (id, title, first_at, last_at, size, outlets)
          SELECT (l->>'id')::bigint, l->>'title', (l->>'first_at')::bigint, (l->>'last_at')::bigint, (l->>'size')::int,
            (l->>'outlets')::int
          FROM corpus_staging WHERE %s
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, first_at = EXCLUDED.first_at,
            last_at = EXCLUDED.last_at, size = EXCLUDED.size, outlets = EXCLUDED.outlets"""),
      new CorpusTable("story_article", List.of("article_id", "story_id"), """
          INSERT INTO story_article (article_id, story_id, site, published_at)
          SELECT l->>'article_id', (l->>'story_id')::bigint, l->>'site', (l->>'published_at')::bigint
          FROM corpus_staging WHERE %s
          ON CONFLICT (article_id) DO UPDATE SET story_id = EXCLUDED.story_id, site = EXCLUDED.site,
            published_at = EXCLUDED.published_at"""),
      // the job writes none (its stories start merged); a store converted from the single-machine one has them
      new CorpusTable("story_redirect", List.of("id", "survivor"), """
          INSERT INTO story_redirect (id, survivor, merged_by)
          SELECT (l->>'id')::bigint, (l->>'survivor')::bigint, l->>'merged_by'
          FROM corpus_staging WHERE %s
          ON CONFLICT (id) DO UPDATE SET survivor = EXCLUDED.survivor, merged_by = EXCLUDED.merged_by"""));

  /** Whether the table is keys alone, so that a line repeating another's key adds no row and is not refused. */
  boolean keysOnly() {
    return name.equals("corpus_quote_key");
  }

  /** The upsert of the staged lines that hold every required field. */
  String statement() {
    StringBuilder where = new StringBuilder();
    for (String f : required) {
      if (!where.isEmpty()) where.append(" AND ");
      where.append("jsonb_typeof(l->'").append(f).append("') IS NOT NULL AND jsonb_typeof(l->'").append(f)
          .append("') <> 'null'");
    }
    return upsert.formatted(where);
  }
}
