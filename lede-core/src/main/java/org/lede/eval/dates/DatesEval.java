package org.lede.eval.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.lede.article.StatedTime;
import org.lede.eval.SharedData;
import org.lede.time.NewsTimes;
import org.lede.time.PageDates;

/**
 * Measures publication-date finding on the htmldate evaluation set ({@code dates/eval_default.json}): the
 * exact day is a hit, another day a false positive, no day a miss.
 *
 * <p>{@code DatesEval.run(dir).table()} prints the scores of {@link PageDates}; pass another
 * {@link PageDateSource} to measure, say, the whole HTML extractor. Runs on the calling thread.
 */
public final class DatesEval {
  /** The fetch time every page is read against: after every page in the set, fixed so runs agree. */
  public static final Instant REFERENCE = Instant.parse("2026-01-01T00:00:00Z");

  private DatesEval() {}

  /** One page's gold day and what the source said. */
  public record Outcome(String url, String file, LocalDate gold, LocalDate found) {
    /** Whether the source found the gold day. */
    public boolean hit() {
      return gold.equals(found);
    }
  }

  /**
   * The scores of one run.
   *
   * @param hits           pages whose day was found exactly
   * @param falsePositives pages given a wrong day
   * @param misses         pages given no day
   * @param pagesPerSecond throughput, reading and parsing included
   * @param outcomes       every page's outcome, in the order of the labels
   */
  public record Result(int hits, int falsePositives, int misses, double pagesPerSecond, List<Outcome> outcomes) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    /** Hits among the days given. */
    public double precision() {
      return ratio(hits, hits + falsePositives);
    }

    /** Hits among the pages. */
    public double recall() {
      return ratio(hits, hits + misses);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The scores as a plain-text table. */
    public String table() {
      return String.format(
          "%-6s %-6s %-6s %-6s %-9s %-7s %-7s %-8s%n%-6d %-6d %-6d %-6d %-9.3f %-7.3f %-7.3f %-8.1f%n",
          "pages", "hits", "fp", "misses", "precision", "recall", "F1", "pages/s",
          hits + falsePositives + misses, hits, falsePositives, misses, precision(), recall(), f1(), pagesPerSecond);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /** The default source: the page parsed with jsoup, then {@link PageDates#find} against {@link #REFERENCE}. */
  public static PageDateSource pageDates() {
    return (bytes, url) -> {
      StatedTime published = PageDates.find(HtmlPages.parse(bytes, url), url, REFERENCE).published();
      return Optional.ofNullable(published).map(t -> NewsTimes.statedDay(t, REFERENCE, ZoneOffset.UTC));
    };
  }

  /** Scores {@link PageDates} on the set under {@code extractionDevDir} (or its {@code dates} folder). */
  public static Result run(Path extractionDevDir) {
    return run(extractionDevDir, pageDates());
  }

  /** Scores {@code source} on the set under {@code extractionDevDir} (or its {@code dates} folder). */
  public static Result run(Path extractionDevDir, PageDateSource source) {
    Path base = Files.exists(extractionDevDir.resolve("eval_default.json")) ? extractionDevDir.getParent() : extractionDevDir;
    JsonNode labels;
    try {
      labels = new ObjectMapper().readTree(base.resolve("dates").resolve("eval_default.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the date labels under " + base, e);
    }
    List<Outcome> outcomes = new ArrayList<>();
    int hits = 0;
    int wrong = 0;
    int none = 0;
    long start = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String url = label.getKey();
      LocalDate gold = LocalDate.parse(label.getValue().path("date").asText());
      Path page = base.resolve(label.getValue().path("path").asText());
      LocalDate found = source.publicationDay(read(page), url).orElse(null);
      Outcome o = new Outcome(url, label.getValue().path("file").asText(), gold, found);
      outcomes.add(o);
      if (found == null) none++;
      else if (o.hit()) hits++;
      else wrong++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(hits, wrong, none, outcomes.size() / Math.max(seconds, 1e-9), outcomes);
  }

  private static byte[] read(Path page) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + page, e);
    }
  }

  /** Prints the table for the shared set; with {@code --failures}, every page missed or misdated too. */
  public static void main(String[] args) {
    Path dir = SharedData.locate("extraction-dev").orElseThrow(() -> new IllegalStateException("no shared/data"));
    Result r = run(dir);
    if (List.of(args).contains("--failures")) {
      for (Outcome o : r.outcomes()) {
        if (!o.hit()) System.out.printf("%s\t%s\t%s\t%s%n", o.gold(), o.found(), o.file(), o.url());
      }
    }
    System.out.print(r.table());
  }
}
