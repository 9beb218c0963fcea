package org.lede.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * Scores titles, bylines and body text on Mozilla Readability's test pages. A title matches when it equals the
 * expected one after whitespace normalisation. A byline matches when the names given, joined by ", ", equal the
 * expected byline with a leading "By"/"Par"/"Von" removed (case and whitespace ignored); only pages with an
 * expected byline count. Body: F1 of the word multisets of the extracted body and of {@code expected.html},
 * averaged over pages.
 *
 * <p>{@code ReadabilityEval.run(dataDir).table()}. Thread-safe.
 */
public final class ReadabilityEval {
  private static final Pattern BY = Pattern.compile("^(?i)(by|par|von|por|written by)\\s+");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private ReadabilityEval() {}

  /** One page's outcome. */
  public record PageScore(String name, String expectedTitle, String title, String expectedByline, String byline,
      double bodyF1) {
    public boolean titleMatch() {
      return BodyTexts.normalise(expectedTitle).equals(BodyTexts.normalise(title));
    }

    /**
     * Whether the titles match once a site name that one of them carries as a suffix or prefix is set aside
     * ("Title | eHow"): Lede's headline omits the site by contract, Readability's keeps what the metadata says.
     */
    public boolean titleMatchIgnoringSite() {
      String want = BodyTexts.normalise(expectedTitle);
      String got = BodyTexts.normalise(title);
      if (want.equals(got)) return true;
      if (got.isEmpty()) return false;
      return want.startsWith(got) && isSiteName(want.substring(got.length()), true)
          || want.endsWith(got) && isSiteName(want.substring(0, want.length() - got.length()), false);
    }

    public boolean bylineMatch() {
      return bylineKey(expectedByline).equals(bylineKey(byline));
    }
  }

  /**
   * The result over all test pages.
   *
   * @param perPage every page's score, in name order
   * @param extractNanos time spent extracting
   */
  public record Result(List<PageScore> perPage, long extractNanos) {
    public int pages() {
      return perPage.size();
    }

    public int titled() {
      return (int) perPage.stream().filter(p -> !p.expectedTitle().isBlank()).count();
    }

    public double titleRate() {
      return rate(perPage.stream().filter(p -> !p.expectedTitle().isBlank()).toList(), PageScore::titleMatch);
    }

    public double titleRateIgnoringSite() {
      return rate(perPage.stream().filter(p -> !p.expectedTitle().isBlank()).toList(),
          PageScore::titleMatchIgnoringSite);
    }

    public int bylined() {
      return (int) perPage.stream().filter(p -> !p.expectedByline().isBlank()).count();
    }

    public double bylineRate() {
      return rate(perPage.stream().filter(p -> !p.expectedByline().isBlank()).toList(), PageScore::bylineMatch);
    }

    public double bodyF1() {
      return perPage.stream().mapToDouble(PageScore::bodyF1).average().orElse(0);
    }

    public double pagesPerSecond() {
      return extractNanos == 0 ? 0 : pages() / (extractNanos / 1e9);
    }

    /** Renders the result as a plain-text table. */
    public String table() {
      return String.format("""
          readability test pages %d
          %-14s %-16s %-14s %-14s %-10s
          %-14s %-16.3f %-14s %-14.3f %-10.1f
          """, pages(), "title exact", "title(no site)", "byline exact", "body word F1", "pages/s",
          String.format("%.3f (%d)", titleRate(), titled()), titleRateIgnoringSite(),
          String.format("%.3f (%d)", bylineRate(), bylined()), bodyF1(), pagesPerSecond());
    }

    private static double rate(List<PageScore> pages, java.util.function.Predicate<PageScore> ok) {
      return pages.isEmpty() ? 0 : (double) pages.stream().filter(ok).count() / pages.size();
    }
  }

  /** Scores Lede; {@code dataDir} is {@code shared/data/extraction-dev}. */
  public static Result run(Path dataDir) {
    return run(dataDir, BodyTexts.lede());
  }

  /** Scores {@code extractor}, which returns the article it reads from a page (null when none). */
  public static Result run(Path dataDir, Function<Document, Article> extractor) {
    Path pages = dataDir.resolve("readability").resolve("test").resolve("test-pages");
    List<Path> dirs;
    try (Stream<Path> list = Files.list(pages)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectMapper json = new ObjectMapper();
    FileInputs inputs = FileInputs.standard();
    List<PageScore> scores = new ArrayList<>();
    long nanos = 0;
    for (Path dir : dirs) {
      Path source = firstExisting(dir, "source.html", "source.html.gz");
      Path expected = firstExisting(dir, "expected.html", "expected.html.gz");
      Path metadata = dir.resolve("expected-metadata.json");
      if (source == null || expected == null || !Files.exists(metadata)) continue;
      JsonNode meta;
      String expectedText;
      try {
        meta = json.readTree(metadata.toFile());
        expectedText = Jsoup.parse(new String(inputs.read(expected).content(), StandardCharsets.UTF_8)).text();
      } catch (IOException | InputException e) {
        continue;
      }
      Article article = null;
      try {
        Document doc = inputs.read(source);
        long start = System.nanoTime();
        try {
          article = extractor.apply(doc);
        } finally {
          nanos += System.nanoTime() - start;
        }
      } catch (InputException | RuntimeException e) {
        article = null;
      }
      String body = BodyTexts.withSubheads(article);
      scores.add(new PageScore(dir.getFileName().toString(), text(meta, "title"),
          article == null || article.headline() == null ? "" : article.headline(), text(meta, "byline"),
          article == null ? "" : String.join(", ", article.byline()), wordF1(body, expectedText)));
    }
    return new Result(List.copyOf(scores), nanos);
  }

  private static final Pattern SUFFIX = Pattern.compile("^ [|\\-\u2013\u2014\u00b7:\u00bb/]{1,2} (.+)$");
  private static final Pattern PREFIX = Pattern.compile("^(.+) [|\\-\u2013\u2014\u00b7:\u00bb/]{1,2} $");

  /** A separator and at most five words: a site's name set beside a title. */
  static boolean isSiteName(String rest, boolean suffix) {
    java.util.regex.Matcher m = (suffix ? SUFFIX : PREFIX).matcher(rest);
    return m.matches() && m.group(1).strip().split("\\s+").length <= 5;
  }

  private static Path firstExisting(Path dir, String... names) {
    for (String n : names) {
      Path p = dir.resolve(n);
      if (Files.exists(p)) return p;
    }
    return null;
  }

  private static String text(JsonNode meta, String field) {
    JsonNode v = meta.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  static String bylineKey(String byline) {
    String b = BodyTexts.normalise(byline).toLowerCase(Locale.ROOT);
    return BY.matcher(b).replaceFirst("");
  }

  static double wordF1(String got, String expected) {
    Map<String, Integer> want = counts(expected);
    Map<String, Integer> have = counts(got);
    long overlap = 0;
    long wantTotal = 0;
    long haveTotal = 0;
    for (int n : want.values()) wantTotal += n;
    for (Map.Entry<String, Integer> e : have.entrySet()) {
      haveTotal += e.getValue();
      overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    if (wantTotal == 0 && haveTotal == 0) return 1;
    return 2.0 * overlap / Math.max(1, wantTotal + haveTotal);
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) out.merge(w, 1, Integer::sum);
    }
    return out;
  }
}
