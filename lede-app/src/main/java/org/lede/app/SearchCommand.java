package org.lede.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lede.index.FacetCount;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.json.ArticleJson;
import org.lede.library.FoldedHit;
import org.lede.library.Library;
import org.lede.library.StoryGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede search}: ranked full-text search with highlighted snippets. */
@Command(
    name = "search",
    header = "Full-text search with highlighted snippets and facets.",
    mixinStandardHelpOptions = true,
    description = {
        "Search the stored articles: best matches first, with the matching words highlighted.",
        "",
        "Query syntax: words (all must match; \"elections\" finds \"election\"), \"exact phrases\", OR, -excluded,",
        "(groups), and field:value for headline, byline, dek, body, dateline, site, speaker (who is quoted),",
        "entity (who or what is mentioned) and collection (any site of a collection: see `lede collection`).",
        "",
        "Copies of one text (wire stories run by several outlets) are folded under their original: \"+ 4 copies\".",
        "--by-story groups the hits by the story they tell (see `lede stories`).",
        "",
        "Examples:  lede search \"foreign fighters\" --since 2022-01-01",
        "           lede search debate --by-story --limit 30",
        "           lede search 'headline:takeover -dairy' --site \"The Meridian Times\" --json",
        "           lede search ministry --speaker Renberg",
        "           lede search --index opensearch://127.0.0.1:9200/news \"harbour bridge\"",
        "",
        "--index opensearch://HOST:PORT/INDEX searches an OpenSearch index (loaded from a Spark job's output) instead of",
        "the store's Lucene index, with the same syntax and boosts; copies are not folded there, and --by-story and",
        "collection: need the store.",
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--since", paramLabel = "DATE", description = "published on or after this day (YYYY-MM-DD) or instant")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "published before this day (YYYY-MM-DD) or instant")
  String until;

  @Option(names = "--site", description = "only articles from this site")
  String site;

  @Option(names = "--speaker", description = "only articles quoting someone whose name matches these words")
  String speaker;

  @Option(names = "--limit", defaultValue = "10", description = "how many hits (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default: ${DEFAULT-VALUE})")
  String sort;

  @Option(names = "--json", description = "print the results as one JSON object")
  boolean json;

  @Option(names = "--by-story", description = "group the hits by story, with each story's title, size and id")
  boolean byStory;

  @Option(names = "--index", paramLabel = "opensearch://HOST:PORT/INDEX",
      description = "search this OpenSearch index instead of the store's Lucene index")
  String index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query; none lists the newest articles")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      String text = words == null ? "" : String.join(" ", words);
      if (speaker != null && !speaker.isBlank()) {
        text = (text.isBlank() ? "" : "(" + text + ") AND ") + "speaker:(" + speaker.replace("\"", "") + ")";
      }
      request = SearchRequest.of(text)
          .withSince(instant(since, "--since")).withUntil(instant(until, "--until"))
          .withSite(site).withLimit(limit)
          .withSort(SearchRequest.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      System.err.println("lede search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (index != null) return searchOpenSearch(request);
    try (Library library = data.open()) {
      SearchResults results;
      try {
        results = library.search(request);
      } catch (org.lede.index.UnknownCollectionException e) {
        System.err.println("lede search: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      List<FoldedHit> rows = byStory ? List.of() : library.foldCopies(results.hits());
      List<StoryGroup> stories = byStory ? library.groupByStory(results.hits()) : null;
      System.out.println(json ? toJson(results, rows, stories) : render(results, rows, stories, System.console() != null));
    }
    return ExitCodes.OK;
  }

  /** The search against an OpenSearch index: no store, so each hit is its own row (copies are folded by the store). */
  private int searchOpenSearch(SearchRequest request) throws Exception {
    if (byStory) {
      System.err.println("lede search: --by-story needs the store's stories; it is not available with --index");
      return ExitCodes.USAGE;
    }
    SearchResults results;
    try {
      org.lede.opensearch.IndexAddress.parse(index);
      results = org.lede.opensearch.OpenSearchSearch.search(java.net.URI.create(index), request);
    } catch (org.lede.index.UnknownCollectionException e) {
      System.err.println("lede search: collection: needs the store's collections; it is not available with --index alone");
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      System.err.println("lede search: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (org.lede.opensearch.OpenSearchException e) {
      System.err.println("lede search: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    List<FoldedHit> rows = results.hits().stream().map(h -> new FoldedHit(h, List.of(), 0, h.id())).toList();
    System.out.println(json ? toJson(results, rows, null) : render(results, rows, null, System.console() != null));
    return ExitCodes.OK;
  }

  static Instant instant(String value, String option) {
    if (value == null || value.isBlank()) return null;
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(option + " wants YYYY-MM-DD or an ISO-8601 instant, got \"" + value + "\"");
    }
  }

  /** The hits for reading: copies folded under their original, or (with {@code stories}) rows under their story. */
  static String render(SearchResults results, List<FoldedHit> rows, List<StoryGroup> stories, boolean terminal) {
    StringBuilder sb = new StringBuilder();
    sb.append(results.totalHits()).append(results.totalHits() == 1 ? " article" : " articles");
    if (results.syntaxError()) sb.append(" (the query was not valid syntax; searched as plain words)");
    sb.append('\n');
    int[] rank = {results.request().offset()};
    if (stories == null) {
      for (FoldedHit row : rows) row(sb, row, ++rank[0] + ". ", "   ", terminal);
    } else {
      int n = 0;
      for (StoryGroup g : stories) {
        sb.append('\n').append("Story ").append(++n).append(": ");
        if (g.story() == null) sb.append("(in no story)\n");
        else sb.append(g.story().title() == null ? "(untitled)" : g.story().title()).append(" · ").append(g.story().size())
            .append(g.story().size() == 1 ? " article" : " articles").append(" · ").append(g.story().outlets())
            .append(g.story().outlets() == 1 ? " outlet" : " outlets").append(" · story ").append(g.story().id()).append('\n');
        for (FoldedHit row : g.hits()) row(sb, row, "  " + ++rank[0] + ". ", "     ", terminal);
      }
    }
    if (!results.sites().isEmpty()) {
      sb.append("\nsites: ").append(facets(results.sites())).append('\n');
    }
    if (!results.months().isEmpty()) {
      sb.append("months: ").append(facets(results.months())).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static void row(StringBuilder sb, FoldedHit row, String prefix, String indent, boolean terminal) {
    SearchHit hit = row.hit();
    sb.append('\n').append(prefix).append(hit.headline() == null ? "(no headline)" : hit.headline()).append('\n');
    String meta = java.util.stream.Stream.of(hit.site(),
            hit.published() == null ? null : hit.published().toString().substring(0, 10),
            hit.byline().isEmpty() ? null : "by " + String.join(", ", hit.byline()), "id " + hit.id())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    sb.append(indent).append(meta).append('\n');
    String snippet = terminal ? hit.snippet().render("\033[1m", "\033[0m") : hit.snippet().render("«", "»");
    if (!snippet.isBlank()) sb.append(indent).append(snippet.replace('\n', ' ')).append('\n');
    if (row.isCopy()) sb.append(indent).append("a copy of ").append(row.original()).append('\n');
    if (row.copies() > 0) {
      sb.append(indent).append("+ ").append(row.copies()).append(row.copies() == 1 ? " copy" : " copies");
      sb.append(" · lede show ").append(row.original()).append('\n');
      for (SearchHit c : row.copiesHere()) {
        String where = java.util.stream.Stream.of(c.site(), "id " + c.id()).filter(s -> s != null)
            .collect(Collectors.joining(" · "));
        sb.append(indent).append("  copy: ").append(c.headline() == null ? "(no headline)" : c.headline())
            .append(" · ").append(where).append('\n');
      }
    }
  }

  private static String facets(List<FacetCount> counts) {
    return counts.stream().map(f -> f.value() + " (" + f.count() + ")").collect(Collectors.joining(", "));
  }

  static String toJson(SearchResults results, List<FoldedHit> rows, List<StoryGroup> stories) throws Exception {
    var mapper = ArticleJson.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("query", results.request().query());
    root.put("totalHits", results.totalHits());
    root.put("syntaxError", results.syntaxError());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit hit : results.hits()) {
      ObjectNode h = mapper.valueToTree(hit);
      h.put("snippetMarked", hit.snippet().render("«", "»"));
      hits.add(h);
    }
    if (stories == null) root.set("rows", mapper.valueToTree(rows.stream().map(SearchCommand::rowJson).toList()));
    else root.set("stories", mapper.valueToTree(stories.stream().map(SearchCommand::storyJson).toList()));
    root.set("sites", mapper.valueToTree(results.sites()));
    root.set("months", mapper.valueToTree(results.months()));
    return mapper.writeValueAsString(root);
  }

  private static java.util.Map<String, Object> rowJson(FoldedHit f) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", f.hit().id());
    m.put("copiesHere", f.copiesHere().stream().map(SearchHit::id).toList());
    m.put("copies", f.copies());
    m.put("original", f.original());
    return m;
  }

  private static java.util.Map<String, Object> storyJson(StoryGroup g) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", g.story() == null ? null : g.story().id());
    m.put("title", g.story() == null ? null : g.story().title());
    m.put("size", g.story() == null ? 1 : g.story().size());
    m.put("outlets", g.story() == null ? 1 : g.story().outlets());
    m.put("rows", g.hits().stream().map(SearchCommand::rowJson).toList());
    return m;
  }
}
