package org.lede.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.eval.quotes.PolnearEval;
import org.lede.eval.quotes.SeedEval;
import org.lede.quote.Quote;

/**
 * {@code lede bench quotes}: Lede's quote finder beside Stanford CoreNLP's QuoteAnnotator with attribution, on the
 * same PolNeAR dev articles and seed dump, scored by the same scorer, with speed and peak heap. Each contender runs
 * in a fresh JVM with the same flags ({@link QuoteBenchWorker}); CoreNLP's JVM gets the models jar on its class path,
 * as CoreNLP reads models only through the system class loader. Without the models jar, CoreNLP's column is skipped.
 *
 * <p>Not thread-safe; one bench at a time.
 */
public final class QuoteBench {
  /** The CoreNLP models jar in the local Maven repository, where the build leaves it. */
  public static final Path DEFAULT_MODELS = Path.of(System.getProperty("user.home"), ".m2", "repository", "edu",
      "stanford", "nlp", "stanford-corenlp", "4.5.10", "stanford-corenlp-4.5.10-models.jar");
  static final String HEAP = "-Xmx5g";

  private final Path polnear;
  private final Path seedDir;
  private final Path modelsJar;
  private final PrintStream out;

  /**
   * @param polnear   the PolNeAR dev JSON Lines file
   * @param seedDir   the folder of the seed dump and its gold, or null to leave the seed out
   * @param modelsJar CoreNLP's models jar, or null to run Lede alone
   * @param out       where progress and tables go
   */
  public QuoteBench(Path polnear, Path seedDir, Path modelsJar, PrintStream out) {
    this.polnear = polnear;
    this.seedDir = seedDir;
    this.modelsJar = modelsJar;
    this.out = out;
  }

  /**
   * The figures of one contender.
   *
   * @param name     contender
   * @param polnear  PolNeAR dev scores
   * @param seed     seed scores, or null
   * @param articles articles in the timed pass
   * @param tokens   whitespace tokens in the timed pass
   * @param nanos    time of the timed pass
   * @param loadNanos time to load the finder (models)
   * @param peakHeap peak heap used in the contender's JVM, bytes
   */
  public record Figures(String name, PolnearEval.Result polnear, SeedEval.Result seed, int articles, long tokens,
      long nanos, long loadNanos, long peakHeap) {

    public double tokensPerSecond() {
      return tokens / (nanos / 1e9);
    }

    public double msPerArticle() {
      return nanos / 1e6 / articles;
    }

    public double peakHeapMb() {
      return peakHeap / 1048576.0;
    }
  }

  /** Runs Lede, then CoreNLP when its models jar is there; prints both and the ratios; returns the figures. */
  public List<Figures> run() throws IOException, InterruptedException {
    List<Figures> all = new ArrayList<>();
    all.add(contender("lede", null, 2 * 100));
    if (modelsJar == null || !Files.isRegularFile(modelsJar)) {
      out.printf("CoreNLP models jar not found at %s: CoreNLP column skipped. Pass --corenlp-models PATH to compare.%n",
          modelsJar);
    } else {
      out.printf("Running CoreNLP %s (models %s); loading takes a minute or more...%n", CoreNlpQuotes.ANNOTATORS, modelsJar);
      all.add(contender("corenlp", modelsJar, 5));
    }
    out.print(QuoteBenchTable.render(all));
    return all;
  }

  private Figures contender(String name, Path models, int warmUp) throws IOException, InterruptedException {
    Path output = Files.createTempFile("lede-bench-quotes-" + name + "-", ".jsonl");
    Path log = Files.createTempFile("lede-bench-quotes-" + name + "-", ".log");
    try {
      String classPath = System.getProperty("java.class.path") + (models == null ? "" : File.pathSeparator + models);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, HEAP, "-cp", classPath, QuoteBenchWorker.class.getName(), name,
          polnear.toString(), seedDir == null ? "-" : seedDir.toString(), output.toString(), String.valueOf(warmUp))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int code = p.waitFor();
      if (code != 0) {
        List<String> lines = Files.readAllLines(log);
        throw new IOException(name + " bench run failed (exit " + code + "):\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
      }
      return read(name, output);
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(log);
    }
  }

  private Figures read(String name, Path output) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<Quote>> byId = new HashMap<>();
    JsonNode stats = null;
    for (String line : Files.readAllLines(output)) {
      JsonNode n = mapper.readTree(line);
      if (n.has("stats")) {
        stats = n.get("stats");
      } else {
        byId.put(n.get("id").asText(), mapper.convertValue(n.get("quotes"), new TypeReference<List<Quote>>() {}));
      }
    }
    if (stats == null) throw new IOException(name + " bench run wrote no figures");
    PolnearEval.Result pol = PolnearEval.score(polnear, a -> byId.getOrDefault(a.id(), List.of()));
    SeedEval.Result seed = seedDir == null ? null : SeedEval.score(seedDir, a -> byId.getOrDefault(a.id(), List.of()));
    return new Figures(name, pol, seed, stats.get("articles").asInt(), stats.get("tokens").asLong(),
        stats.get("nanos").asLong(), stats.get("loadNanos").asLong(), stats.get("peakHeap").asLong());
  }
}
