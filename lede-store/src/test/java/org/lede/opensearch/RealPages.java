package org.lede.opensearch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.index.SearchRequest;
import org.lede.json.ArticleJson;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/** Real pages as a Spark job's output holds them, and the queries the search parity asks of them. */
final class RealPages {
  private RealPages() {}

  /** Each page of {@code folder} extracted and annotated, as contract lines, in file order; unreadable pages left out. */
  static List<String> lines(Path folder) throws IOException {
    FileInputs inputs = FileInputs.standard();
    Extraction extraction = Extraction.standard();
    Annotator annotator = Annotator.standard();
    List<String> lines = new ArrayList<>();
    for (Path file : inputs.expand(List.of(folder)).sorted().toList()) {
      try {
        for (Article a : extraction.extract(inputs.read(file))) lines.add(ArticleJson.toLine(a, annotator.annotate(a)));
      } catch (InputException e) {
        // the job rejects it too
      }
    }
    return lines;
  }

  /** Writes {@code lines} as {@code out/articles/part-00000.jsonl.gz}, the shape {@code lede load} reads. */
  static void writePart(List<String> lines, Path out) throws IOException {
    Path articles = Files.createDirectories(out.resolve("articles"));
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(articles.resolve("part-00000.jsonl.gz"))),
        StandardCharsets.UTF_8)) {
      for (String line : lines) w.write(line + "\n");
    }
  }

  /**
   * Fifty queries: forty-five written for what these pages hold (English and German news, elections, wars, weather,
   * police, food, science), then five drawn from the pages themselves — their most frequent outlet, byline and
   * quoted speaker, a start date halfway through their dates, and the newest first.
   */
  static List<SearchRequest> queries(List<String> lines) {
    List<SearchRequest> out = new ArrayList<>();
    for (String q : List.of("Gaza", "Hamas Israel", "\"Gaza Strip\"", "Trump", "Trump -Haley", "Haley OR DeSantis",
        "debate", "headline:debate", "Biden", "Netanyahu", "storm", "\"Storm Ciarán\"", "police", "police stabbed",
        "lightning football", "Louvre", "Oscar", "meteor shower", "\"meteor shower\"", "Bayern Tuchel", "Euro",
        "Österreich", "Polizei", "Unfall", "Landwirt*", "Klima*", "Energie*", "Wasserstoff", "health",
        "\"maternal health\"", "school police", "Paris", "Cannabis", "EU", "China", "bitcoin OR crypto*", "war",
        "election", "prices", "\"Black Friday\"", "headline:Gaza", "president -Trump", "(hospital", "Kinder Schule",
        "recipe")) {
      out.add(SearchRequest.of(q));
    }
    List<Article> articles = new ArrayList<>();
    List<Annotations> annotations = new ArrayList<>();
    for (String line : lines) {
      articles.add(ArticleJson.fromLine(line));
      annotations.add(ArticleJson.annotationsFrom(line));
    }
    String site = mostFrequent(articles.stream().map(Article::site).filter(s -> s != null && !s.isBlank()).toList());
    out.add(SearchRequest.of("news").withSite(site));
    String author = mostFrequent(articles.stream().flatMap(a -> a.byline().stream()).toList());
    out.add(SearchRequest.of("byline:" + lastWord(author)));
    String speaker = mostFrequent(annotations.stream().flatMap(a -> a.quotes().stream())
        .filter(q -> q.speaker() != null && q.speaker().name() != null).map(q -> q.speaker().name()).toList());
    out.add(SearchRequest.of("speaker:" + lastWord(speaker)));
    List<Instant> dates = articles.stream().map(Article::published).filter(java.util.Objects::nonNull)
        .map(t -> t.instant()).sorted().toList();
    out.add(SearchRequest.of("said").withSince(dates.get(dates.size() / 2)));
    out.add(SearchRequest.of("").withSort(SearchRequest.Sort.DATE));
    return out;
  }

  private static String mostFrequent(List<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
