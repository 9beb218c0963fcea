package org.lede.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.lede.index.Analysis;
import org.lede.index.UnknownCollectionException;

/**
 * Lede's query text read by the parser the Lucene index reads it with ({@code org.lede.index.UserQuery}: the same
 * default fields, boosts, {@code AND}, whitespace splitting), so the boolean shape is Lede's own — each word must match
 * in some field, its fields' scores added up. OpenSearch's {@code query_string} would instead analyse the words
 * between two operators together and match them field by field ("Israel Hamas" only where one field holds both).
 *
 * <p>Words and phrases stay text ({@link Text}) for OpenSearch to analyse with the index's own analyzer, keeping the
 * stop-word gaps of a phrase; a word whose analysis leaves nothing (a stop word) is dropped here as Lucene drops it.
 *
 * <p>Not thread-safe: one parser per query.
 */
final class LedeQueryParser extends MultiFieldQueryParser {
  static final String[] DEFAULT_FIELDS = {"headline", "dek", "body", "byline", "dateline"};
  static final Map<String, Float> BOOSTS = Map.of("headline", 3f, "dek", 1.5f);
  /**
   * Collections of sites are kept by the single-machine store, and an OpenSearch index is served beside a store that
   * has none: {@code collection:NAME} names a collection that does not exist, as it would in a store without it.
   */
  private static final String COLLECTION = "collection";

  LedeQueryParser() {
    super(DEFAULT_FIELDS, Analysis.analyzer(), BOOSTS);
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
  }

  /**
   * A word or phrase of the query in one field, as written.
   *
   * @param quoted true for a phrase, matched in order with its gaps
   * @param slop   how far a phrase's words may move (0: exactly)
   */
  static final class Text extends Query {
    final String field;
    final String text;
    final boolean quoted;
    final int slop;

    Text(String field, String text, boolean quoted, int slop) {
      this.field = field;
      this.text = text;
      this.quoted = quoted;
      this.slop = slop;
    }

    @Override
    public String toString(String defaultField) {
      return field + ":" + (quoted ? "\"" + text + "\"" + (slop > 0 ? "~" + slop : "") : text);
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Text t && t.field.equals(field) && t.text.equals(text) && t.quoted == quoted && t.slop == slop;
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, text, quoted, slop);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (COLLECTION.equals(field)) throw new UnknownCollectionException(queryText.strip());
    return field == null ? everyField(queryText, quoted, 0) : text(field, queryText, quoted, 0);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (COLLECTION.equals(field)) throw new UnknownCollectionException(queryText.strip());
    return field == null ? everyField(queryText, true, slop) : text(field, queryText, true, slop);
  }

  /** The text in each default field, boosted, any of them: what MultiFieldQueryParser builds. */
  private Query everyField(String queryText, boolean quoted, int slop) throws ParseException {
    List<Query> clauses = new ArrayList<>();
    for (String f : DEFAULT_FIELDS) {
      Query q = text(f, queryText, quoted, slop);
      if (q == null) continue;
      Float boost = BOOSTS.get(f);
      clauses.add(boost == null ? q : new BoostQuery(q, boost));
    }
    if (clauses.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) b.add(q, BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private Query text(String field, String queryText, boolean quoted, int slop) throws ParseException {
    // analysed here only to know whether anything is left to search
    if (newFieldQuery(getAnalyzer(), field, queryText, quoted) == null) return null;
    return new Text(field, queryText, quoted, slop);
  }
}
