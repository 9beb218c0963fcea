package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jsoup.nodes.Element;
import org.lede.index.Analysis;

/**
 * How two servers' search answers are compared: a search page read without its hits, the hits without their snippets'
 * passages and in order but among ties, which hits show a snippet and the terms they mark, an API search followed page by page through its cursors, and pages and answers without story counts.
 */
final class SearchAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The most pages followed, so a cursor that never ends fails the test instead of hanging it. */
  private static final int MAX_PAGES = 50;

  private SearchAnswers() {}

  static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /** A search page's text without its hits. */
  static String withoutHits(Element main) {
    Element copy = main.clone();
    copy.select("li.hit").remove();
    return copy.text();
  }

  /** Each hit's text as shown, without its snippet, by article id. */
  static Map<String, String> hitTexts(Element main) {
    Map<String, String> out = new HashMap<>();
    List<String> ids = hitIds(main);
    List<Element> hits = main.select("li.hit");
    for (int i = 0; i < hits.size(); i++) {
      Element copy = hits.get(i).clone();
      copy.select(".snippet").remove();
      out.put(ids.get(i), copy.text());
    }
    return out;
  }

  /** Each hit's article id, in order. */
  static List<String> hitIds(Element main) {
    return main.select("li.hit > h3 > a").eachAttr("href").stream().map(h -> h.substring(h.lastIndexOf('/') + 1)).toList();
  }

  /**
   * Each hit of an API search (its first page) with what it is ordered by: its score to four significant digits
   * and its publication time.
   */
  static Map<String, String> sortKeys(String base, String path) throws Exception {
    HttpResponse<String> answer = LoadedStoreServeIT.get(base, path);
    assertThat(answer.statusCode()).as("GET %s%s", base, path).isEqualTo(200);
    Map<String, String> out = new HashMap<>();
    for (JsonNode hit : JSON.readTree(answer.body()).path("hits")) {
      out.put(hit.path("id").asText(), String.format(Locale.ROOT, "%.4g %s", hit.path("score").asDouble(), hit.path("published").asText()));
    }
    return out;
  }

  /** {@code ids} as runs of hits whose sort keys tie: the order a page must keep, ties aside. */
  static List<Set<String>> tied(List<String> ids, Map<String, String> keys) {
    List<Set<String>> out = new ArrayList<>();
    String last = null;
    for (String id : ids) {
      String key = keys.getOrDefault(id, "?" + id);
      if (out.isEmpty() || !key.equals(last)) out.add(new TreeSet<>());
      out.getLast().add(id);
      last = key;
    }
    return out;
  }

  /** Whether each hit shows a snippet, by article id. */
  static Map<String, Boolean> snippetsShown(Element main) {
    Map<String, Boolean> out = new java.util.TreeMap<>();
    List<String> ids = hitIds(main);
    List<Element> hits = main.select("li.hit");
    for (int i = 0; i < hits.size(); i++) out.put(ids.get(i), !hits.get(i).select(".snippet").isEmpty());
    return out;
  }

  /** The words the page's snippets mark, as the index holds them (stemmed, lower-cased), sorted. */
  static List<String> markedTerms(Element main) throws IOException {
    TreeSet<String> terms = new TreeSet<>();
    try (Analyzer analyzer = Analysis.analyzer()) {
      for (String word : main.select("li.hit .snippet mark").eachText()) {
        try (TokenStream ts = analyzer.tokenStream("body", word)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) terms.add(term.toString());
          ts.end();
        }
      }
    }
    return List.copyOf(terms);
  }

  /** A page's text without the stories its counts are in. */
  static String withoutStories(Element main) {
    Element copy = main.clone();
    copy.select(".stories").remove();
    return copy.text().replaceAll(", \\d+ stor(y|ies)", "");
  }

  /** An answer without any {@code stories} field, at any depth. */
  static JsonNode withoutStories(JsonNode answer) {
    JsonNode copy = answer.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) o.remove(List.of("stories", "storyCount"));
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) strip(it.next());
  }

  /**
   * An API search followed to its last page.
   *
   * @param hits      every page's hits in order, each without its score, snippet and story
   * @param scores    their scores
   * @param firstPage the first page's total, syntax flag, sites and months
   */
  record Paged(List<JsonNode> hits, List<Double> scores, JsonNode firstPage) {}

  static Paged pages(String base, String path) throws Exception {
    List<JsonNode> hits = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    JsonNode first = null;
    String next = path;
    for (int page = 0; next != null; page++) {
      assertThat(page).as("%s%s ends within %d pages", base, path, MAX_PAGES).isLessThan(MAX_PAGES);
      HttpResponse<String> answer = LoadedStoreServeIT.get(base, next);
      assertThat(answer.statusCode()).as("GET %s%s: %s", base, next, answer.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(answer.body());
      if (first == null) {
        ObjectNode summary = JSON.createObjectNode();
        for (String f : List.of("total", "syntaxError", "sites", "months")) summary.set(f, body.path(f));
        first = summary;
      }
      for (JsonNode hit : body.path("hits")) {
        ObjectNode h = hit.deepCopy();
        scores.add(h.path("score").asDouble());
        h.remove(List.of("score", "snippet", "story"));
        hits.add(h);
      }
      next = body.path("next").isTextual() ? body.path("next").asText() : null;
    }
    return new Paged(hits, scores, first);
  }
}
