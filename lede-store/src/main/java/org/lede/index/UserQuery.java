package org.lede.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a Lucene query: every word must match somewhere (headline counts most), and text
 * that is not valid syntax is searched as plain words rather than refused.
 */
final class UserQuery {
  private static final String[] DEFAULT_FIELDS = {
      IndexFields.HEADLINE, IndexFields.DEK, IndexFields.BODY, IndexFields.BYLINE, IndexFields.DATELINE};
  private static final Map<String, Float> BOOSTS = Map.of(IndexFields.HEADLINE, 3f, IndexFields.DEK, 1.5f);

  /**
   * @param query       the query to run
   * @param syntaxError true when the text was not valid syntax and was read as plain words
   */
  record Parsed(Query query, boolean syntaxError) {}

  private UserQuery() {}

  static Parsed parse(String text, Analyzer analyzer) {
    return parse(text, analyzer, Map.of());
  }

  /**
   * Parses {@code text}; {@code collection:NAME} stands for the sites of the collection {@code collections} names so
   * (keys lower-case).
   *
   * @throws UnknownCollectionException when the text names a collection that does not exist
   */
  static Parsed parse(String text, Analyzer analyzer, Map<String, List<String>> collections) {
    if (text == null || text.isBlank()) return new Parsed(new MatchAllDocsQuery(), false);
    try {
      return new Parsed(complete(parser(analyzer, collections).parse(QueryFields.escapeUnknownFields(text))), false);
    } catch (UnknownCollectionException e) {
      throw e;
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      return new Parsed(plainWords(text, analyzer), true);
    }
  }

  /** Searches {@code text} as words and phrases only: no operators, no fields. */
  static Query plainWords(String text, Analyzer analyzer) {
    try {
      return complete(parser(analyzer, Map.of()).parse(QueryParserBase.escape(text)));
    } catch (ParseException e) {
      return new MatchNoDocsQuery("unreadable query");
    }
  }

  private static QueryParser parser(Analyzer analyzer, Map<String, List<String>> collections) {
    MultiFieldQueryParser parser = new CollectionAwareParser(analyzer, collections);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    return parser;
  }

  /** The query parser, but {@code collection:NAME} becomes "any of the collection's sites". */
  private static final class CollectionAwareParser extends MultiFieldQueryParser {
    private final Map<String, List<String>> collections;

    CollectionAwareParser(Analyzer analyzer, Map<String, List<String>> collections) {
      super(DEFAULT_FIELDS, analyzer, BOOSTS);
      this.collections = collections;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (IndexFields.COLLECTION.equals(field)) return collection(queryText);
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (IndexFields.COLLECTION.equals(field)) return collection(queryText);
      return super.getFieldQuery(field, queryText, slop);
    }

    private Query collection(String name) {
      List<String> sites = collections.get(name.strip().toLowerCase(Locale.ROOT));
      if (sites == null) throw new UnknownCollectionException(name.strip());
      if (sites.isEmpty()) return new MatchNoDocsQuery("collection " + name + " has no sites");
      List<BytesRef> keys = new ArrayList<>();
      for (String site : sites) keys.add(new BytesRef(IndexFields.siteKey(site)));
      return new ConstantScoreQuery(new TermInSetQuery(IndexFields.SITE, keys));
    }
  }

  /** Stop words alone parse to nothing, and "-word" alone would match nothing: both get a meaning. */
  private static Query complete(Query q) {
    if (q == null) return new MatchNoDocsQuery("no searchable words");
    if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) return new MatchNoDocsQuery("no searchable words");
    return q;
  }
}
