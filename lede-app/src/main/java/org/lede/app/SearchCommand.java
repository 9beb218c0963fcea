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
import org.lede.library.Library;
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
        "Examples:  lede search \"foreign fighters\" --since 2022-01-01",
        "           lede search 'headline:takeover -dairy' --site \"The Meridian Times\" --json",
        "           lede search ministry --speaker Renberg",
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
    try (Library library = data.open()) {
      SearchResults results;
      try {
        results = library.search(request);
      } catch (org.lede.index.UnknownCollectionException e) {
        System.err.println("lede search: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      System.out.println(json ? toJson(results) : render(results, System.console() != null));
    }
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

  static String render(SearchResults results, boolean terminal) {
    StringBuilder sb = new StringBuilder();
    sb.append(results.totalHits()).append(results.totalHits() == 1 ? " article" : " articles");
    if (results.syntaxError()) sb.append(" (the query was not valid syntax; searched as plain words)");
    sb.append('\n');
    int rank = results.request().offset();
    for (SearchHit hit : results.hits()) {
      sb.append('\n').append(++rank).append(". ").append(hit.headline() == null ? "(no headline)" : hit.headline()).append('\n');
      String meta = java.util.stream.Stream.of(hit.site(),
              hit.published() == null ? null : hit.published().toString().substring(0, 10),
              hit.byline().isEmpty() ? null : "by " + String.join(", ", hit.byline()), "id " + hit.id())
          .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
      sb.append("   ").append(meta).append('\n');
      String snippet = terminal ? hit.snippet().render("\033[1m", "\033[0m") : hit.snippet().render("«", "»");
      if (!snippet.isBlank()) sb.append("   ").append(snippet.replace('\n', ' ')).append('\n');
    }
    if (!results.sites().isEmpty()) {
      sb.append("\nsites: ").append(facets(results.sites())).append('\n');
    }
    if (!results.months().isEmpty()) {
      sb.append("months: ").append(facets(results.months())).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static String facets(List<FacetCount> counts) {
    return counts.stream().map(f -> f.value() + " (" + f.count() + ")").collect(Collectors.joining(", "));
  }

  static String toJson(SearchResults results) throws Exception {
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
    root.set("sites", mapper.valueToTree(results.sites()));
    root.set("months", mapper.valueToTree(results.months()));
    return mapper.writeValueAsString(root);
  }
}
