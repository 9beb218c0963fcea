package org.lede.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A query {@link LedeQueryParser} made, in OpenSearch's query DSL, clause for clause: a boolean query as {@code bool},
 * a boost as {@code boost}, a word as {@code match} (all its tokens required, as Lucene's parser requires them under
 * {@code AND}), a phrase as {@code match_phrase}, prefixes, wildcards, fuzzy words and ranges as their namesakes.
 */
final class QueryTranslation {
  private QueryTranslation() {}

  /**
   * The DSL of {@code query} as the top of a search: "-word" alone matches every article but those, and nothing
   * left to search matches nothing, as {@code UserQuery} completes them.
   *
   * @throws IllegalArgumentException for a kind of query it does not know
   */
  static ObjectNode top(Query query) {
    if (query == null) return matchNone();
    if (query instanceof BooleanQuery bq && bq.clauses().isEmpty()) return matchNone();
    if (query instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      ObjectNode bool = node();
      ObjectNode inner = bool.putObject("bool");
      inner.putArray("must").addObject().putObject("match_all");
      ArrayNode not = inner.putArray("must_not");
      for (BooleanClause c : bq.clauses()) not.add(of(c.query(), 1f));
      return bool;
    }
    return of(query, 1f);
  }

  static ObjectNode of(Query query, float boost) {
    ObjectNode out = node();
    switch (query) {
      case BoostQuery b -> {
        return of(b.getQuery(), boost * b.getBoost());
      }
      case BooleanQuery bq -> {
        ObjectNode bool = out.putObject("bool");
        boolean positive = false;
        for (BooleanClause c : bq.clauses()) {
          String occur = switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case MUST_NOT -> "must_not";
            case FILTER -> "filter";
          };
          positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
          ArrayNode clauses = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
          clauses.add(of(c.query(), 1f));
        }
        // inside a query, Lucene's "-a -b" alone matches nothing; OpenSearch's would match all but a and b
        if (!positive) bool.putArray("must").addObject().putObject("match_none");
        if (bq.getMinimumNumberShouldMatch() > 0) bool.put("minimum_should_match", bq.getMinimumNumberShouldMatch());
        if (boost != 1f) bool.put("boost", boost);
      }
      case LedeQueryParser.Text t -> {
        ObjectNode field = out.putObject(t.quoted ? "match_phrase" : "match").putObject(t.field);
        field.put("query", t.text);
        if (t.quoted) field.put("slop", t.slop);
        else field.put("operator", "and");
        if (boost != 1f) field.put("boost", boost);
      }
      case TermQuery tq -> leaf(out, "term", tq.getTerm().field(), boost).put("value", tq.getTerm().text());
      case PrefixQuery pq -> leaf(out, "prefix", pq.getField(), boost).put("value", pq.getPrefix().text());
      case WildcardQuery wq -> leaf(out, "wildcard", wq.getField(), boost).put("value", wq.getTerm().text());
      case RegexpQuery rq -> leaf(out, "regexp", rq.getField(), boost).put("value", rq.getRegexp().text());
      case FuzzyQuery fq -> leaf(out, "fuzzy", fq.getField(), boost).put("value", fq.getTerm().text())
          .put("fuzziness", fq.getMaxEdits()).put("prefix_length", fq.getPrefixLength())
          .put("transpositions", fq.getTranspositions());
      case TermRangeQuery rq -> {
        ObjectNode range = leaf(out, "range", rq.getField(), boost);
        if (rq.getLowerTerm() != null) range.put(rq.includesLower() ? "gte" : "gt", rq.getLowerTerm().utf8ToString());
        if (rq.getUpperTerm() != null) range.put(rq.includesUpper() ? "lte" : "lt", rq.getUpperTerm().utf8ToString());
      }
      case MatchAllDocsQuery m -> {
        ObjectNode all = out.putObject("match_all");
        if (boost != 1f) all.put("boost", boost);
      }
      case MatchNoDocsQuery m -> out.putObject("match_none");
      default -> throw new IllegalArgumentException("no OpenSearch form for " + query.getClass().getSimpleName());
    }
    return out;
  }

  private static ObjectNode leaf(ObjectNode out, String kind, String field, float boost) {
    ObjectNode f = out.putObject(kind).putObject(field);
    if (boost != 1f) f.put("boost", boost);
    return f;
  }

  private static ObjectNode matchNone() {
    ObjectNode n = node();
    n.putObject("match_none");
    return n;
  }

  private static ObjectNode node() {
    return OpenSearchHttp.JSON.createObjectNode();
  }
}
