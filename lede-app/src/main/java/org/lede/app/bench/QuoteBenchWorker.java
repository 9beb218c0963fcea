package org.lede.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lede.article.Article;
import org.lede.eval.quotes.PolnearEval;
import org.lede.eval.quotes.SeedEval;
import org.lede.quote.Quote;
import org.lede.quote.QuoteFinder;

/**
 * One contender of {@code lede bench quotes}, run in a JVM of its own so that each has the same fresh heap and
 * CoreNLP finds its models on the system class path: loads the finder, warms it up, times one pass over the PolNeAR
 * dev and seed articles, and writes each article's quotes and the run's figures as JSON Lines.
 *
 * <p>Arguments: {@code lede|corenlp POLNEAR_JSONL SEED_DIR|- OUTPUT WARMUP_ARTICLES}.
 */
public final class QuoteBenchWorker {
  private QuoteBenchWorker() {}

  /**
   * Runs one contender.
   *
   * @param args contender, PolNeAR file, seed directory (or {@code -}), output file, articles in the warm-up
   * @throws Exception when the contender cannot be loaded or the output not written
   */
  public static void main(String[] args) throws Exception {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    List<Article> articles = new ArrayList<>(PolnearEval.articles(Path.of(args[1])));
    if (!args[2].equals("-")) for (SeedEval.Seeded s : SeedEval.articles(Path.of(args[2]))) articles.add(s.article());
    int warmUp = Integer.parseInt(args[4]);
    long t0 = System.nanoTime();
    Function<Article, List<Quote>> finder = args[0].equals("corenlp") ? new CoreNlpQuotes() : new QuoteFinder()::find;
    long loadNanos = System.nanoTime() - t0;
    for (int pass = 0; pass * articles.size() < warmUp; pass++) {
      for (int i = 0; i < Math.min(articles.size(), warmUp - pass * articles.size()); i++) finder.apply(articles.get(i));
    }
    long tokens = 0;
    long nanos = 0;
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[3]))) {
      for (Article a : articles) {
        long s = System.nanoTime();
        List<Quote> quotes = finder.apply(a);
        nanos += System.nanoTime() - s;
        tokens += a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", a.id());
        line.put("quotes", quotes);
        w.write(mapper.writeValueAsString(line));
        w.newLine();
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
      }
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("articles", articles.size());
      stats.put("tokens", tokens);
      stats.put("nanos", nanos);
      stats.put("loadNanos", loadNanos);
      stats.put("peakHeap", peak);
      w.write(mapper.writeValueAsString(Map.of("stats", stats)));
      w.newLine();
    }
  }
}
