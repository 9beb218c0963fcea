package org.lede.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each article's story as {@code lede ingest}'s store holds it ({@code story_article}) and as the Spark job wrote it
 * ({@code OUT/corpus/story_article}), and how far the two groupings agree: pairwise, each pair of articles the job puts
 * in one story counted right when the store does too (precision), each pair the store puts together counted found when
 * the job does too (recall). Story ids are not compared: each path numbers its own.
 *
 * @param store article id to story id, in the store
 * @param job   the same, from the job
 */
record StoryParity(Map<String, Long> store, Map<String, Long> job) {
  static StoryParity of(Path db, Path out) throws IOException, SQLException {
    Map<String, Long> store = new TreeMap<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT article_id, story_id FROM story_article")) {
      store.put(r.get(0), Long.parseLong(r.get(1)));
    }
    Map<String, Long> job = new TreeMap<>();
    for (JsonNode n : Parity.lines(out.resolve("corpus/" + CorpusStage.STORY_ARTICLE))) {
      job.put(n.get("article_id").asText(), n.get("story_id").asLong());
    }
    return new StoryParity(store, job);
  }

  /** The stories as sets of their articles, each sorted, in order. */
  static TreeSet<String> groups(Map<String, Long> storyOf) {
    Map<Long, TreeSet<String>> members = new HashMap<>();
    storyOf.forEach((a, s) -> members.computeIfAbsent(s, k -> new TreeSet<>()).add(a));
    TreeSet<String> out = new TreeSet<>();
    for (TreeSet<String> m : members.values()) out.add(String.join(" ", m));
    return out;
  }

  /** Pairs of articles both paths put in one story, over pairs the job does: 1 when the job merges nothing apart. */
  double precision() {
    long job = pairs(this.job);
    return job == 0 ? 1 : together() / (double) job;
  }

  /** Pairs of articles both paths put in one story, over pairs the store does. */
  double recall() {
    long store = pairs(this.store);
    return store == 0 ? 1 : together() / (double) store;
  }

  /** Pairs of articles in one story on both paths (articles both hold). */
  private long together() {
    Map<String, Long> cells = new HashMap<>();
    store.forEach((a, s) -> {
      Long j = job.get(a);
      if (j != null) cells.merge(s + "/" + j, 1L, Long::sum);
    });
    long n = 0;
    for (long c : cells.values()) n += c * (c - 1) / 2;
    return n;
  }

  private static long pairs(Map<String, Long> storyOf) {
    Map<Long, Long> sizes = new HashMap<>();
    storyOf.values().forEach(s -> sizes.merge(s, 1L, Long::sum));
    long n = 0;
    for (long c : sizes.values()) n += c * (c - 1) / 2;
    return n;
  }

  /** Stories one path has and the other does not, each marked with its path. */
  List<String> differences() {
    TreeSet<String> a = groups(store);
    TreeSet<String> b = groups(job);
    List<String> out = new ArrayList<>();
    for (String g : a) if (!b.contains(g)) out.add("store only: [" + g + "]");
    for (String g : b) if (!a.contains(g)) out.add("job only: [" + g + "]");
    return out;
  }

  String figures() {
    return String.format(Locale.ROOT, "articles in stories: store %d, job %d; stories: store %d, job %d, %d alike;"
        + " pairwise precision %.4f, recall %.4f", store.size(), job.size(), groups(store).size(), groups(job).size(),
        groups(store).stream().filter(groups(job)::contains).count(), precision(), recall());
  }
}
