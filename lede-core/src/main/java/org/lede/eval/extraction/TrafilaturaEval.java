package org.lede.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * Scores body extraction on trafilatura's evaluation set: for each page, the {@code with} segments found in the
 * extracted body are true positives, those missing false negatives, and {@code without} segments found false
 * positives; counts are pooled over all pages. The headline is not part of the compared text: the labels put
 * title text among the {@code without} segments more often than among the {@code with} ones, as trafilatura's
 * own output (body only) is what they were written against.
 *
 * <p>{@code TrafilaturaEval.run(dataDir).table()}. Thread-safe; pages are read one after the other.
 */
public final class TrafilaturaEval {
  private TrafilaturaEval() {}

  /** One page's counts and the segments it got wrong. */
  public record PageScore(String file, int tp, int fp, int fn, List<String> missed, List<String> unwanted) {}

  /**
   * The pooled result.
   *
   * @param pages         pages scored
   * @param unreadable    pages that could not be read or extracted (scored as empty bodies)
   * @param tp            {@code with} segments found
   * @param fp            {@code without} segments found
   * @param fn            {@code with} segments missing
   * @param extractNanos  time spent in the body function
   * @param perPage       every page's score, in the set's order
   */
  public record Result(int pages, int unreadable, long tp, long fp, long fn, long extractNanos,
      List<PageScore> perPage) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
    }

    public double pagesPerSecond() {
      return extractNanos == 0 ? 0 : pages / (extractNanos / 1e9);
    }

    /** The {@code n} pages with the most errors, worst first. */
    public List<PageScore> worst(int n) {
      return perPage.stream().sorted(Comparator.comparingInt((PageScore p) -> -(p.fp() + p.fn()))).limit(n).toList();
    }

    /** Renders the result as a plain-text table. */
    public String table() {
      return String.format("""
          trafilatura evaldata   pages %d (unreadable %d)
          %-10s %-10s %-10s %-10s
          %-10.3f %-10.3f %-10.3f %-10.1f
          TP %d  FP %d  FN %d
          """, pages, unreadable, "precision", "recall", "F1", "pages/s", precision(), recall(), f1(),
          pagesPerSecond(), tp, fp, fn);
    }
  }

  /** Scores Lede's own extractor; {@code dataDir} is {@code shared/data/extraction-dev}. */
  public static Result run(Path dataDir) {
    return run(dataDir, BodyTexts.ledeBody());
  }

  /** Scores {@code bodyText}, which turns a page into the body text it extracts. */
  public static Result run(Path dataDir, Function<Document, String> bodyText) {
    Path root = dataDir.resolve("trafilatura");
    JsonNode labels = labels(root);
    FileInputs inputs = FileInputs.standard();
    List<PageScore> scores = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long nanos = 0;
    int unreadable = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      JsonNode label = it.next().getValue();
      String file = label.path("file").asText();
      String body = "";
      try {
        Document doc = inputs.read(page(root, file));
        long start = System.nanoTime();
        try {
          body = bodyText.apply(doc);
        } finally {
          nanos += System.nanoTime() - start;
        }
        if (body == null) {
          body = "";
          unreadable++;
        }
      } catch (InputException | RuntimeException e) {
        unreadable++;
      }
      PageScore score = score(file, BodyTexts.normalise(body), label);
      scores.add(score);
      tp += score.tp();
      fp += score.fp();
      fn += score.fn();
    }
    return new Result(scores.size(), unreadable, tp, fp, fn, nanos, List.copyOf(scores));
  }

  /**
   * Headlines scored against the set's {@code title} labels, where a page has one: exact after whitespace is
   * normalised. The labels name the story without the site ("How to Build a Terrarium", not "... | eHow"), as
   * Lede's headline does and unlike Readability's labels, which keep what the page's OpenGraph title says.
   *
   * @param titled pages with a title label
   * @param exact  pages whose headline equals it
   */
  public record TitleScore(int titled, int exact) {
    public double rate() {
      return titled == 0 ? 0 : (double) exact / titled;
    }

    public String table() {
      return String.format("title exact %.3f (%d of %d labelled titles)%n", rate(), exact, titled);
    }
  }

  /** Scores Lede's headlines on the set's title labels; {@code dataDir} is {@code shared/data/extraction-dev}. */
  public static TitleScore titles(Path dataDir) {
    Path root = dataDir.resolve("trafilatura");
    JsonNode labels = labels(root);
    FileInputs inputs = FileInputs.standard();
    Function<Document, Article> lede = BodyTexts.lede();
    int titled = 0;
    int exact = 0;
    for (JsonNode label : labels) {
      String want = BodyTexts.normalise(label.path("title").asText(""));
      if (want.isEmpty()) continue;
      titled++;
      try {
        Article article = lede.apply(inputs.read(page(root, label.path("file").asText())));
        if (article != null && want.equals(BodyTexts.normalise(article.headline()))) exact++;
      } catch (InputException | RuntimeException e) {
        // An unreadable page has no headline: a miss.
      }
    }
    return new TitleScore(titled, exact);
  }

  private static JsonNode labels(Path root) {
    try {
      return new ObjectMapper().readTree(root.resolve("evaldata.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path page(Path root, String file) {
    Path cached = root.resolve("cache").resolve(file + ".gz");
    return Files.exists(cached) ? cached : root.resolve("eval").resolve(file + ".gz");
  }

  static PageScore score(String file, String body, JsonNode label) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> missed = new ArrayList<>();
    List<String> unwanted = new ArrayList<>();
    for (JsonNode s : label.path("with")) {
      if (s.isNull()) continue;
      String segment = BodyTexts.normalise(s.asText());
      if (segment.isEmpty()) continue;
      if (body.contains(segment)) {
        tp++;
      } else {
        fn++;
        missed.add(segment);
      }
    }
    for (JsonNode s : label.path("without")) {
      if (s.isNull()) continue;
      String segment = BodyTexts.normalise(s.asText());
      if (segment.isEmpty()) continue;
      if (body.contains(segment)) {
        fp++;
        unwanted.add(segment);
      }
    }
    return new PageScore(file, tp, fp, fn, missed, unwanted);
  }
}
