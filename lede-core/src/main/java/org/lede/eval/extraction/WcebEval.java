package org.lede.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * Scores main-text extraction on the Web Content Extraction Benchmark's datasets in {@code wceb/} (L3S-GN1,
 * Dragnet, CleanEval) with the benchmark's measure: {@link RougeLsum ROUGE-LSum} F1 of each page, averaged over
 * the pages of each dataset. The truth is used as the benchmark builds it (Dragnet's keeps its comments).
 *
 * <p>{@code WcebEval.run(dataDir, WcebEval.contender("Lede", BodyTexts.ledeBody()))}. Pages are read one after the
 * other; the contenders' functions are called from the calling thread.
 */
public final class WcebEval {
  /** The datasets, in the order the tables list them. */
  public static final List<String> DATASETS = List.of("l3s-gn1", "dragnet", "cleaneval");

  private WcebEval() {}

  /** Something that turns a page into its main text; a null or throwing result scores as an empty text. */
  public record Contender(String name, Function<Document, String> body) {}

  /** Returns a contender named {@code name}. */
  public static Contender contender(String name, Function<Document, String> body) {
    return new Contender(name, body);
  }

  /**
   * One contender's scores on one dataset.
   *
   * @param pages     pages scored
   * @param failed    pages the contender returned nothing or an error for (scored as empty)
   * @param precision mean precision over the pages
   * @param recall    mean recall
   * @param f1        mean F1, the benchmark's figure
   * @param medianF1  median F1
   */
  public record DatasetScore(int pages, int failed, double precision, double recall, double f1, double medianF1) {}

  /** One contender's score on one page, for finding where it loses. */
  public record PageScore(String dataset, String id, String contender, double precision, double recall, double f1) {}

  /**
   * The result: for each contender, its scores per dataset (in {@link #DATASETS} order, datasets absent from the
   * folder left out).
   */
  public record Result(List<String> datasets, Map<String, List<DatasetScore>> scores, List<PageScore> pages) {
    public Result {
      pages = List.copyOf(pages);
    }

    /**
     * The table the {@code lede eval extraction} command prints: mean F1 (precision, recall) per dataset with micro
     * and macro means, then the median F1 and the count of empty outputs per dataset.
     */
    public String table() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-22s", "mean per page"));
      for (String d : datasets) sb.append(String.format(Locale.ROOT, " %-22s", d + " F1 (P, R)"));
      sb.append(String.format(Locale.ROOT, " %7s %7s%n", "micro", "macro"));
      for (Map.Entry<String, List<DatasetScore>> e : scores.entrySet()) {
        sb.append(String.format(Locale.ROOT, "%-22s", e.getKey()));
        double weighted = 0;
        int pages = 0;
        double macro = 0;
        for (DatasetScore s : e.getValue()) {
          sb.append(String.format(Locale.ROOT, " %-22s",
              String.format(Locale.ROOT, "%.3f (%.3f, %.3f)", s.f1(), s.precision(), s.recall())));
          weighted += s.f1() * s.pages();
          pages += s.pages();
          macro += s.f1();
        }
        sb.append(String.format(Locale.ROOT, " %7.3f %7.3f%n", pages == 0 ? 0 : weighted / pages,
            e.getValue().isEmpty() ? 0 : macro / e.getValue().size()));
      }
      sb.append(String.format(Locale.ROOT, "%-22s%n", "median F1, empty outputs"));
      for (Map.Entry<String, List<DatasetScore>> e : scores.entrySet()) {
        sb.append(String.format(Locale.ROOT, "%-22s", e.getKey()));
        for (DatasetScore s : e.getValue()) {
          sb.append(String.format(Locale.ROOT, " %-22s",
              String.format(Locale.ROOT, "%.3f, %d of %d", s.medianF1(), s.failed(), s.pages())));
        }
        sb.append(System.lineSeparator());
      }
      return sb.toString();
    }
  }

  /** Scores each contender on every dataset under {@code dataDir} ({@code shared/data/extraction-dev}). */
  public static Result run(Path dataDir, List<Contender> contenders) {
    Path root = dataDir.resolve("wceb");
    FileInputs inputs = FileInputs.standard();
    List<String> present = DATASETS.stream().filter(d -> Files.isDirectory(root.resolve(d).resolve("truth"))).toList();
    Map<String, List<DatasetScore>> scores = new LinkedHashMap<>();
    List<PageScore> pageScores = new ArrayList<>();
    for (Contender c : contenders) scores.put(c.name(), new ArrayList<>());
    for (String dataset : present) {
      List<String> ids = ids(root.resolve(dataset));
      Map<String, double[][]> perPage = new LinkedHashMap<>();
      Map<String, Integer> failed = new LinkedHashMap<>();
      for (Contender c : contenders) {
        perPage.put(c.name(), new double[ids.size()][]);
        failed.put(c.name(), 0);
      }
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        String truth = read(root.resolve(dataset).resolve("truth").resolve(id + ".txt"));
        Document page;
        try {
          page = inputs.read(root.resolve(dataset).resolve("html").resolve(id + ".html.gz"));
        } catch (InputException e) {
          page = null;
        }
        for (Contender c : contenders) {
          String body = page == null ? null : apply(c, page);
          if (body == null || body.isBlank()) failed.merge(c.name(), 1, Integer::sum);
          RougeLsum.Score s = RougeLsum.score(body == null ? "" : body, truth);
          perPage.get(c.name())[i] = new double[] {s.precision(), s.recall(), s.f1()};
          pageScores.add(new PageScore(dataset, id, c.name(), s.precision(), s.recall(), s.f1()));
        }
      }
      for (Contender c : contenders) scores.get(c.name()).add(summary(perPage.get(c.name()), failed.get(c.name())));
    }
    Map<String, List<DatasetScore>> frozen = new LinkedHashMap<>();
    scores.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Result(present, frozen, pageScores);
  }

  private static String apply(Contender c, Document page) {
    try {
      return c.body().apply(page);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private static DatasetScore summary(double[][] pages, int failed) {
    double p = 0;
    double r = 0;
    double f = 0;
    double[] f1s = new double[pages.length];
    for (int i = 0; i < pages.length; i++) {
      p += pages[i][0];
      r += pages[i][1];
      f += pages[i][2];
      f1s[i] = pages[i][2];
    }
    int n = Math.max(1, pages.length);
    Arrays.sort(f1s);
    double median = f1s.length == 0 ? 0
        : f1s.length % 2 == 1 ? f1s[f1s.length / 2] : (f1s[f1s.length / 2 - 1] + f1s[f1s.length / 2]) / 2;
    return new DatasetScore(pages.length, failed, p / n, r / n, f / n, median);
  }

  /** The page ids of a dataset, as its manifest lists them (its sampling order). */
  private static List<String> ids(Path dataset) {
    List<String> ids = new ArrayList<>();
    for (String line : read(dataset.resolve("manifest.tsv")).split("\n")) {
      if (line.isBlank() || line.startsWith("id\t")) continue;
      ids.add(line.substring(0, line.indexOf('\t') < 0 ? line.length() : line.indexOf('\t')).strip());
    }
    return ids;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
