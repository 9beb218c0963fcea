package org.lede.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lede.index.ArticleIndex;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;

/**
 * One query asked of a Lucene index and of an OpenSearch index holding the same articles, and how their answers
 * compare. Both use BM25 with the same analysis, the query has the same clauses (parsed by the same parser, translated
 * clause for clause), and OpenSearch scores with the whole index's statistics (dfs), so scores agree to float
 * rounding. What can differ is the order among hits whose scores tie: Lucene breaks a tie by insertion order,
 * OpenSearch by shard, then by each shard's order. A hit of OpenSearch's top ten therefore counts as agreeing when
 * Lucene has it in its top ten or scores it the same as its tenth hit ({@link #withTies}); {@link #raw} is the plain
 * overlap of the two top tens.
 *
 * <p>One difference in scores is OpenSearch's, and known: a phrase whose words all occur on one shard only is scored
 * with that shard's document count for the field instead of the index's (its {@code _explain} on the 238 real pages
 * shows N = 127 where Lucene has 236), because the other shard reports no statistics for a phrase it cannot match.
 * Every article the phrase matches sits on that shard and is scored with the same statistics, so their order among
 * themselves is kept (on the real pages the hits and their order agree); {@link #phrase} marks such queries, whose
 * scores are not compared.
 *
 * @param request        the query
 * @param luceneTotal    how many articles Lucene matched
 * @param openTotal      how many OpenSearch matched
 * @param raw            the share of OpenSearch's top ten in Lucene's top ten (1 when both are empty)
 * @param withTies       the same, counting a hit tied with Lucene's tenth as in it
 * @param scoreMismatch  the first hit both found whose scores differ by more than float rounding, or null
 * @param syntaxAgrees   whether both said the same about the query's syntax
 * @param topSize        how many hits OpenSearch gave of at most ten
 */
record SearchParity(SearchRequest request, long luceneTotal, long openTotal, double raw, double withTies,
    String scoreMismatch, boolean syntaxAgrees, int topSize) {

  static SearchParity compare(ArticleIndex lucene, URI index, SearchRequest request) {
    SearchResults fromLucene = lucene.search(request.withLimit(50));
    SearchResults fromOpenSearch = OpenSearchSearch.search(index, request);
    List<String> top = fromOpenSearch.hits().stream().map(SearchHit::id).toList();
    List<SearchHit> luceneHits = fromLucene.hits();
    Set<String> luceneTop = new HashSet<>();
    Set<String> withTies = new HashSet<>();
    boolean byDate = request.sort() == SearchRequest.Sort.DATE;
    for (int i = 0; i < luceneHits.size(); i++) {
      if (i < 10) luceneTop.add(luceneHits.get(i).id());
      SearchHit tenth = luceneHits.get(Math.min(9, luceneHits.size() - 1));
      boolean tied = byDate ? Objects.equals(luceneHits.get(i).published(), tenth.published())
          : Math.abs(luceneHits.get(i).score() - tenth.score()) <= 1e-5f * tenth.score();
      if (i < 10 || tied) withTies.add(luceneHits.get(i).id());
    }
    Map<String, Float> luceneScores = new HashMap<>();
    for (SearchHit h : luceneHits) luceneScores.put(h.id(), h.score());
    String mismatch = null;
    for (SearchHit h : fromOpenSearch.hits()) {
      Float expected = luceneScores.get(h.id());
      if (byDate || expected == null || mismatch != null) continue;
      if (Math.abs(h.score() - expected) > 1e-3f * Math.max(1f, h.score())) {
        mismatch = h.id() + ": OpenSearch " + h.score() + ", Lucene " + expected;
      }
    }
    boolean bothEmpty = top.isEmpty() && luceneTop.isEmpty();
    double shown = Math.max(1, top.size());
    double raw = bothEmpty ? 1 : top.stream().filter(luceneTop::contains).count() / shown;
    double tieAware = bothEmpty ? 1 : top.stream().filter(withTies::contains).count() / shown;
    return new SearchParity(request, fromLucene.totalHits(), fromOpenSearch.totalHits(), raw, tieAware, mismatch,
        fromOpenSearch.syntaxError() == fromLucene.syntaxError(), top.size());
  }

  /** Every query of {@code requests} compared, printed one line each and then the mean raw overlap. */
  static List<SearchParity> compareAll(ArticleIndex lucene, URI index, List<SearchRequest> requests) {
    List<SearchParity> out = new ArrayList<>();
    double sum = 0;
    for (SearchRequest request : requests) {
      SearchParity p = compare(lucene, index, request);
      System.out.printf("overlap %-44s total %3d/%3d  top-10 %.2f  with ties %.2f%s%n", p.label(), p.luceneTotal(),
          p.openTotal(), p.raw(), p.withTies(), p.scoreMismatch() == null ? "" : "  score differs: " + p.scoreMismatch());
      out.add(p);
      sum += p.raw();
    }
    System.out.printf("overlap mean top-10 (raw) %.3f, with ties %.3f, over %d queries%n", sum / out.size(),
        out.stream().mapToDouble(SearchParity::withTies).average().orElse(1), out.size());
    return out;
  }

  /** Whether the query holds a quoted phrase (see the class comment on their scores). */
  boolean phrase() {
    return request.query() != null && request.query().chars().filter(ch -> ch == '"').count() >= 2;
  }

  /** The query as printed: quoted, with the filters it carries. */
  String label() {
    return "\"" + request.query() + "\"" + (request.site() != null ? " site=" + request.site() : "")
        + (request.since() != null ? " since" : "") + (request.sort() == SearchRequest.Sort.DATE ? " by date" : "");
  }
}
