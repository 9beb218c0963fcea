package org.lede.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.json.ArticleJson;
import org.lede.story.MemoryStoryState;
import org.lede.story.StoryClusterer;

/**
 * Story clustering on the UCI News Aggregator slice ({@code stories-dev/uci-news}): Lede's {@link StoryClusterer}
 * and the {@link TfIdfBaseline} cluster {@code headlines.jsonl} in its order; only then are {@code stories.tsv}'s
 * labels read, to score both. The baseline's threshold is tuned on the slice (the best of a grid); Lede's rules are
 * its fixed standard ones. Beside them run Lede's rules with one part each turned off ({@link #ABLATIONS}), so what
 * each part gives is measured in the same run.
 */
public final class StoriesEval {
  /** The baseline thresholds tried; the best is reported. */
  static final double[] GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

  private StoriesEval() {}

  /** Lede's rules with one part turned off each, named for the report. */
  static final List<Ablation> ABLATIONS = List.of(
      new Ablation("no merges", r -> r.withMergeAt(2)),
      new Ablation("no member gate", r -> r.withMemberGate(0)),
      new Ablation("neither", r -> r.withMergeAt(2).withMemberGate(0)));

  /** One variant of the rules. */
  record Ablation(String name, java.util.function.UnaryOperator<StoryClusterer.Rules> rules) {}

  /** One variant's scores. */
  public record Variant(String name, ClusterScores scores) {}

  /**
   * What one run measured.
   *
   * @param baselineThreshold the tuned baseline's threshold
   * @param ledeSeconds       the time Lede's clustering took over the whole slice
   * @param ledeCpuSeconds    the CPU time it took (the clustering thread's), which a busy machine does not inflate
   * @param ablations         Lede's rules with one part turned off each
   */
  public record Result(int headlines, int gold, ClusterScores lede, ClusterScores baseline, double baselineThreshold,
      double ledeSeconds, double ledeCpuSeconds, List<Variant> ablations) {}

  /** One headline of the slice. */
  record Headline(String id, String headline, Instant published) {}

  /** Runs both clusterings over {@code dir} and scores them. */
  public static Result run(Path dir, StoryClusterer.Rules rules) throws IOException {
    List<Headline> items = read(dir.resolve("headlines.jsonl"));
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<String> ours = cluster(items, rules);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    List<List<String>> ablated = new ArrayList<>();
    for (Ablation a : ABLATIONS) ablated.add(cluster(items, a.rules().apply(rules)));
    List<String> headlines = items.stream().map(Headline::headline).toList();
    List<List<String>> baselines = new ArrayList<>();
    for (double t : GRID) baselines.add(TfIdfBaseline.cluster(headlines, t));

    // the labels, read only now that every clustering is done
    Map<String, String> labels = labels(dir.resolve("stories.tsv"));
    List<String> gold = new ArrayList<>(items.size());
    for (Headline h : items) {
      String story = labels.get(h.id());
      if (story == null) throw new IOException("stories.tsv has no story for " + h.id());
      gold.add(story);
    }
    ClusterScores bestBaseline = null;
    double bestThreshold = 0;
    for (int i = 0; i < GRID.length; i++) {
      ClusterScores s = ClusterScores.of(baselines.get(i), gold);
      if (bestBaseline == null || s.bcubedF1() > bestBaseline.bcubedF1()) {
        bestBaseline = s;
        bestThreshold = GRID[i];
      }
    }
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < ABLATIONS.size(); i++) variants.add(new Variant(ABLATIONS.get(i).name(), ClusterScores.of(ablated.get(i), gold)));
    return new Result(items.size(), (int) gold.stream().distinct().count(), ClusterScores.of(ours, gold), bestBaseline,
        bestThreshold, seconds, cpuSeconds, variants);
  }

  /** Each headline's story once all are in: a merge moves headlines that joined earlier. */
  private static List<String> cluster(List<Headline> items, StoryClusterer.Rules rules) {
    MemoryStoryState state = new MemoryStoryState();
    StoryClusterer lede = new StoryClusterer(rules, state);
    for (Headline h : items) lede.add(new StoryClusterer.Item(h.id(), null, h.headline(), null, h.published(), null, null));
    List<String> out = new ArrayList<>(items.size());
    for (Headline h : items) out.add(String.valueOf(state.storyOf(h.id())));
    return out;
  }

  static List<Headline> read(Path file) throws IOException {
    List<Headline> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        JsonNode n = ArticleJson.mapper().readTree(line);
        String published = n.path("published").asText(null);
        out.add(new Headline(n.path("id").asText(), n.path("headline").asText(""),
            published == null ? null : Instant.parse(published)));
      }
    }
    return out;
  }

  private static Map<String, String> labels(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) out.put(line.substring(0, tab), line.substring(tab + 1).strip());
    }
    return out;
  }
}
