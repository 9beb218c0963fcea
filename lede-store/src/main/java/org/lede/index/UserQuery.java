package org.lede.index;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
  private static final Set<String> SEARCHABLE = Set.of(
      IndexFields.HEADLINE, IndexFields.DEK, IndexFields.BODY, IndexFields.BYLINE, IndexFields.DATELINE, IndexFields.SITE,
      IndexFields.SPEAKER, IndexFields.ENTITY);
  private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\w]+):");

  /**
   * @param query       the query to run
   * @param syntaxError true when the text was not valid syntax and was read as plain words
   */
  record Parsed(Query query, boolean syntaxError) {}

  private UserQuery() {}

  static Parsed parse(String text, Analyzer analyzer) {
    if (text == null || text.isBlank()) return new Parsed(new MatchAllDocsQuery(), false);
    try {
      return new Parsed(complete(parser(analyzer).parse(escapeUnknownFields(text))), false);
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      return new Parsed(plainWords(text, analyzer), true);
    }
  }

  /** Searches {@code text} as words and phrases only: no operators, no fields. */
  static Query plainWords(String text, Analyzer analyzer) {
    try {
      return complete(parser(analyzer).parse(QueryParserBase.escape(text)));
    } catch (ParseException e) {
      return new MatchNoDocsQuery("unreadable query");
    }
  }

  private static QueryParser parser(Analyzer analyzer) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    return parser;
  }

  /** "Note: update" is a word followed by a colon, not a search of a field named "note". */
  static String escapeUnknownFields(String text) {
    Matcher m = FIELD_PREFIX.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String field = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(SEARCHABLE.contains(field) ? field + ":" : field + "\\:"));
    }
    m.appendTail(out);
    return out.toString();
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
