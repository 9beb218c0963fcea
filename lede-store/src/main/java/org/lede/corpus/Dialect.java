package org.lede.corpus;

/**
 * The few places where the corpus readers' SQL differs between SQLite and PostgreSQL. Everything else the readers
 * write is plain SQL both run as written; each method here returns a fragment, so a query keeps one text and its
 * SQLite form stays exactly what it was.
 *
 * <p>Thread-safe (constants).
 */
public enum Dialect {
  /** The single-machine store: JSON kept as text, case folded by {@code COLLATE NOCASE}, FTS5 for quote words. */
  SQLITE {
    @Override
    public String profileShown() {
      return "json_extract(profile, '$.names', '$.titles', '$.roles')";
    }

    @Override
    public String quoteStart(String json) {
      return "json_extract(" + json + ", '$.start')";
    }

    @Override
    public String jsonText(String json, String field) {
      return "json_extract(" + json + ", '$." + field + "')";
    }

    @Override
    public String equalsIgnoringCase(String column) {
      return column + " = ? COLLATE NOCASE";
    }

    @Override
    public String comparesIgnoringCase(String column, String op) {
      return column + " " + op + " ? COLLATE NOCASE";
    }

    @Override
    public String orderIgnoringCase(String column) {
      return column + " COLLATE NOCASE";
    }

    @Override
    public String containsIgnoringCase(String column) {
      return column + " LIKE ? ESCAPE '\\'";
    }

    @Override
    public String indexedBy(String index) {
      return " INDEXED BY " + index;
    }

    @Override
    public String quoteWordsMatch() {
      return "id IN (SELECT rowid FROM corpus_quote_text WHERE corpus_quote_text MATCH ?)";
    }

    @Override
    public String quoteWords(String text) {
      return SqliteCorpus.ftsQuery(text);
    }

    @Override
    public String newestFirst(String column) {
      return column + " DESC";
    }
  },

  /**
   * The store {@code lede load} fills: JSON kept as jsonb, case folded by {@code lower()} (the index on
   * {@code lower(name)} serves it), quote words through a {@code to_tsvector('simple', text)} index (migration 4),
   * and nulls sorted last in a descending order as SQLite sorts them.
   */
  POSTGRES {
    @Override
    public String profileShown() {
      return "jsonb_build_array(profile->'names', profile->'titles', profile->'roles')::text";
    }

    @Override
    public String quoteStart(String json) {
      return "(" + json + "->>'start')::int";
    }

    @Override
    public String jsonText(String json, String field) {
      return "(" + json + "->'" + field + "')::text";
    }

    @Override
    public String equalsIgnoringCase(String column) {
      return "lower(" + column + ") = lower(?)";
    }

    @Override
    public String comparesIgnoringCase(String column, String op) {
      return "lower(" + column + ") " + op + " lower(?)";
    }

    @Override
    public String orderIgnoringCase(String column) {
      return "lower(" + column + ")";
    }

    @Override
    public String containsIgnoringCase(String column) {
      return column + " ILIKE ? ESCAPE '\\'";
    }

    @Override
    public String indexedBy(String index) {
      return "";
    }

    @Override
    public String quoteWordsMatch() {
      return "to_tsvector('simple', text) @@ plainto_tsquery('simple', ?)";
    }

    @Override
    public String quoteWords(String text) {
      return String.join(" ", SqliteCorpus.ftsWords(text));
    }

    @Override
    public String newestFirst(String column) {
      return column + " DESC NULLS LAST";
    }
  };

  /** A JSON array of an entity's shown profile: {@code [names with counts, titles, roles]}, as text. */
  public abstract String profileShown();

  /** The {@code start} offset held in the quote JSON of column {@code json}, as an integer. */
  public abstract String quoteStart(String json);

  /** The JSON held in field {@code field} of the JSON in column {@code json}, as text (null when absent). */
  public abstract String jsonText(String json, String field);

  /** {@code column} equal to the next parameter, any case. */
  public abstract String equalsIgnoringCase(String column);

  /** {@code column} compared by {@code op} ({@code <}, {@code >}) to the next parameter, any case. */
  public abstract String comparesIgnoringCase(String column, String op);

  /** An ORDER BY term sorting {@code column} without regard to case. */
  public abstract String orderIgnoringCase(String column);

  /** {@code column} matching the next parameter as a LIKE pattern with {@code \} escapes, any case. */
  public abstract String containsIgnoringCase(String column);

  /** The hint naming the index a lookup must take ({@code ""} where the planner is left to choose). */
  public abstract String indexedBy(String index);

  /** A condition on {@code corpus_quote} that holds for quotes holding every word of the next parameter. */
  public abstract String quoteWordsMatch();

  /** The parameter {@link #quoteWordsMatch()} takes for the words of {@code text}. */
  public abstract String quoteWords(String text);

  /** An ORDER BY term: {@code column} newest first, nulls (undated) last, as SQLite orders a descending column. */
  public abstract String newestFirst(String column);
}
