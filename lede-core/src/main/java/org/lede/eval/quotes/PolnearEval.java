package org.lede.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.lede.article.Article;
import org.lede.quote.Quote;
import org.lede.quote.QuoteFinder;

/**
 * Scores {@link QuoteFinder} on PolNeAR (political news attribution relations): direct-quote content spans (exact
 * and at overlap &ge; 0.5) with their source spans, and all speech attributions (cue, source, content; exact).
 *
 * <p>Spans are compared after trimming whitespace, quote marks, edge punctuation and a leading "that", where the
 * corpus and Lede follow different conventions. PolNeAR keeps pronoun sources as written, and so does
 * {@code Speaker.mention}, which is what is scored.
 *
 * <p>{@code PolnearEval.run(Path.of("shared/data/quotes-dev/polnear")).table()}
 *
 * <p>Thread-safe: holds no state.
 */
public final class PolnearEval {
  private PolnearEval() {}

  /**
   * The scores of one run.
   *
   * @param file     the JSON Lines file scored
   * @param articles articles read
   * @param scores   one score per measure, in the order of {@link #table()}
   * @param millis   time spent finding quotes
   * @param errors   human-readable misses and false alarms, for error analysis
   */
  public record Result(Path file, int articles, List<Score> scores, long millis, List<String> errors) {

    /** Returns the scores as a plain-text table. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("PolNeAR %s: %d articles, quote finding %d ms%n", file.getFileName(), articles, millis));
      b.append(String.format("%-44s %6s %6s %6s %7s %7s%n", "measure", "P", "R", "F1", "pred", "gold"));
      for (Score s : scores) {
        b.append(String.format("%-44s %6.3f %6.3f %6.3f %7d %7d%n", s.name(), s.precision(), s.recall(), s.f1(),
            s.predicted(), s.gold()));
      }
      return b.toString();
    }

    /** Returns the score named {@code name}. */
    public Score score(String name) {
      return scores.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
  }

  /** Scores the dev split in {@code polnearDir}. */
  public static Result run(Path polnearDir) {
    return runFile(polnearDir.resolve("polnear_dev.jsonl"));
  }

  /** Scores one PolNeAR JSON Lines file. */
  public static Result runFile(Path jsonl) {
    return score(jsonl, new QuoteFinder()::find);
  }

  /**
   * Scores any quote finder on one PolNeAR JSON Lines file, with the same rules as Lede's own score: a peer's quotes
   * are passed as Lede {@link Quote} values (content offsets, speaker mention offsets).
   *
   * @param jsonl  the PolNeAR file
   * @param finder the quotes of one article; it is called once per article, in file order
   */
  public static Result score(Path jsonl, Function<Article, List<Quote>> finder) {
    Tally tally = new Tally();
    int articles = 0;
    long nanos = 0;
    for (Gold item : read(jsonl)) {
      long t0 = System.nanoTime();
      List<Quote> quotes = finder.apply(item.article());
      nanos += System.nanoTime() - t0;
      tally.add(item.article().id(), item.article().text(), item.attributions(), quotes);
      articles++;
    }
    return new Result(jsonl, articles, tally.scores(), nanos / 1_000_000, tally.errors);
  }

  /** The articles of one PolNeAR JSON Lines file, in file order, with paragraphs split as the corpus writes them. */
  public static List<Article> articles(Path jsonl) {
    return read(jsonl).stream().map(Gold::article).toList();
  }

  /** One article and its annotated attributions. */
  private record Gold(Article article, List<GoldAttribution> attributions) {}

  private static List<Gold> read(Path jsonl) {
    ObjectMapper mapper = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        JsonNode item = mapper.readTree(line);
        String text = item.get("text").asText();
        Article article = Article.builder().id(item.path("id").asText())
            .paragraphs(Arrays.asList(text.split(Article.PARAGRAPH_BREAK, -1))).build();
        if (!article.text().equals(text)) throw new IllegalStateException("paragraph split moved offsets: " + item.get("id"));
        out.add(new Gold(article, GoldAttribution.read(item.get("attributions"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Prints the table for the dev split, or for the file given.
   *
   * @param args a PolNeAR directory or JSON Lines file; {@code --errors} also prints misses
   */
  public static void main(String[] args) {
    Path p = Path.of(args.length > 0 ? args[0] : "shared/data/quotes-dev/polnear");
    Result res = Files.isDirectory(p) ? run(p) : runFile(p);
    if (List.of(args).contains("--errors")) res.errors().forEach(System.out::println);
    System.out.print(res.table());
  }

  /** One annotated attribution as raw {@code [start, end]} spans. */
  record GoldAttribution(List<int[]> sources, List<int[]> cues, List<int[]> contents, String cueText) {

    static List<GoldAttribution> read(JsonNode attributions) {
      List<GoldAttribution> out = new ArrayList<>();
      for (JsonNode a : attributions) {
        List<int[]> contents = new ArrayList<>(raw(a.get("content")));
        contents.addAll(raw(a.get("content2")));
        out.add(new GoldAttribution(raw(a.get("source")), raw(a.get("cue")), contents,
            a.path("cue").path("text").asText(null)));
      }
      return out;
    }

    private static List<int[]> raw(JsonNode part) {
      List<int[]> out = new ArrayList<>();
      if (part == null || part.isNull()) return out;
      for (JsonNode s : part.get("spans")) out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
      return out;
    }
  }
}
