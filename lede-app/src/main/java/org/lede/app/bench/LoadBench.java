package org.lede.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lede.corpus.KnownEntity;
import org.lede.corpus.Stories;
import org.lede.entity.EntityType;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.store.bench.CorpusGrowth;

/**
 * {@code lede serve} as a newsroom runs it: a new server process on a store, read at a fixed rate by a mix of what
 * readers and clients ask for (article pages, searches, the API, entity and story pages, feeds, the home page) while
 * a writer sends it new articles through the API. After a warm-up, the server's heap after a full collection, open
 * files and threads are read, the load runs for the given time, and they are read again. Reports latency per kind
 * of request and in all, errors, what the writer stored, and whether each held.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class LoadBench {
  private static final int TARGETS = 40_000;
  /** Of every twenty requests: five article pages, three search pages, and so on. */
  private static final List<String> MIX = List.of(
      "article page", "article page", "article page", "article page", "article page",
      "search page", "search page", "search page", "API search", "API search", "API article", "API article",
      "entity page", "entity page", "story page", "story page", "home page", "feed", "feed", "quotes API");

  /** Who the writer's articles name when the store knows no one. */
  private static final List<String> INVENTED_PEOPLE = List.of("Marta Quillan", "Ines Abara", "Tomasz Wielgos",
      "Ruth Okonedo", "Pieter van Aalst", "Lena Brandvold");

  private final PrintStream out;

  public LoadBench(PrintStream out) {
    this.out = out;
  }

  /** What the run found; {@link #held} says whether the server met its goals. */
  public record Outcome(OpenLoopLoad.Result all, List<OpenLoopLoad.Result> kinds, NewsWriter.Result writer,
      int writesFound, ServedProcess.Reading before, ServedProcess.Reading after) {
    /** No error on any request or write, every acknowledged write readable, and nothing grew beyond {@code slack}. */
    public boolean heldWithoutErrors(int threadSlack, int fileSlack) {
      return all.errors() == 0 && writer.stored() == writer.sent() && writesFound == writer.stored()
          && after.threads() <= before.threads() + threadSlack && after.openFiles() <= before.openFiles() + fileSlack;
    }
  }

  /**
   * @param dataDir    the store; grown with {@code articles} made-up articles and their annotations when it holds none
   * @param rate       read requests per second, open loop
   * @param seconds    how long the measured load runs (after a warm-up of a tenth as long, at least 10 s)
   * @param writeRate  articles per second the writer sends meanwhile (0: no writer)
   */
  public Outcome run(Path dataDir, int articles, int rate, int seconds, double writeRate) throws Exception {
    if (!Files.exists(dataDir.resolve("lede.db"))) {
      out.printf(Locale.ROOT, "growing a store of %,d made-up articles with their annotations in %s%n", articles, dataDir);
      try (Library library = Library.open(dataDir)) {
        new CorpusGrowth(42, articles).growTo(library, articles, out);
      }
    }
    Sample sample;
    try (Library library = Library.open(dataDir)) {
      sample = Sample.of(library);
    }
    int port = LedeProcess.freePort();
    String base = "http://127.0.0.1:" + port;
    Process server = LedeProcess.builder("serve", "--data", dataDir.toString(), "--port", Integer.toString(port),
        "--log-level", "warn").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    LedeProcess.owned(server);
    try {
      long t0 = System.nanoTime();
      double first = LedeProcess.firstAnswer(base + "/", t0, server);
      out.printf(Locale.ROOT, "serving %,d articles (%,d people, %,d stories sampled) at %s; the home page answered after %.2f s%n",
          sample.articles, sample.people.size(), sample.stories.size(), base, first);
      OpenLoopLoad load = new OpenLoopLoad();
      Duration timeout = Duration.ofSeconds(10);
      int warm = Math.max(10, seconds / 10);
      // the writer starts with the warm-up, so the server has loaded its models before its heap is first read
      NewsWriter writer = writeRate > 0 ? new NewsWriter(base, writeRate,
          sample.peopleNames.isEmpty() ? INVENTED_PEOPLE : sample.peopleNames, sample.words,
          // a run of its own: the same seed wrote the same articles again, which the store rightly left unchanged
          System.currentTimeMillis()) : null;
      Thread writing = writer == null ? null : Thread.ofPlatform().name("lede-bench-writer").start(writer);
      load.runMixed("warm-up", sample.targets(base, new Random(11)), rate, Duration.ofSeconds(warm), timeout);
      ServedProcess.Reading before = ServedProcess.read(server.pid());
      out.println("after the warm-up: " + before.describe());
      double load0 = loadAverage();
      long cpu0 = cpuNanos(server.pid());
      List<OpenLoopLoad.Result> results = load.runMixed("all", sample.targets(base, new Random(13)), rate,
          Duration.ofSeconds(seconds), timeout);
      NewsWriter.Result written = new NewsWriter.Result(0, 0, List.of(), new double[0], java.util.Map.of());
      if (writer != null) {
        writer.stop();
        writing.join(TimeUnit.SECONDS.toMillis(40));
        written = writer.result();
      }
      double serverCpu = (cpuNanos(server.pid()) - cpu0) / 1e9;
      double load1 = loadAverage();
      ServedProcess.Reading after = ServedProcess.read(server.pid());
      int found = readable(base, written.ids());
      out.printf(Locale.ROOT, "%n%d read requests/s for %d s, open loop, with %s articles/s written; load average %.1f -> %.1f on %d cores;"
              + " server CPU %.0f s (%.0f%% of one core); the writer ran through the warm-up too%n",
          rate, seconds, writeRate, load0, load1, Runtime.getRuntime().availableProcessors(), serverCpu,
          100 * serverCpu / seconds);
      for (OpenLoopLoad.Result r : results) out.println("  " + r.describe());
      out.println("  " + written.describe() + "; " + found + " of them readable afterwards");
      out.println("after the load:    " + after.describe());
      Outcome outcome = new Outcome(results.getFirst(), results.subList(1, results.size()), written, found, before, after);
      out.println(verdict(outcome));
      return outcome;
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String verdict(Outcome o) {
    double heapGrowth = o.before().heapAfterGcKb() > 0
        ? (double) o.after().heapAfterGcKb() / o.before().heapAfterGcKb() - 1 : Double.NaN;
    return String.format(Locale.ROOT, "goals: p99 %.1f ms (< 100: %s); errors %d (none: %s); heap after GC %+.1f%% (within 10%%: %s);"
            + " threads %d -> %d, open files %d -> %d",
        o.all().percentile(0.99), o.all().percentile(0.99) < 100 ? "held" : "missed",
        o.all().errors() + o.writer().sent() - o.writer().stored(),
        o.all().errors() == 0 && o.writer().sent() == o.writer().stored() ? "held" : "missed",
        100 * heapGrowth, Math.abs(heapGrowth) <= 0.10 ? "held" : "missed",
        o.before().threads(), o.after().threads(), o.before().openFiles(), o.after().openFiles());
  }

  /** How many of the written articles the server answers for. */
  private static int readable(String base, List<String> ids) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    int found = 0;
    for (String id : ids) {
      HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + id)).timeout(Duration.ofSeconds(10)).build();
      if (client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) found++;
    }
    return found;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The process's CPU time so far (user and system), from /proc; 0 where that cannot be read. */
  private static long cpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // clock ticks of 10 ms
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  /** What the load asks for, drawn from the store before the server starts. */
  private record Sample(long articles, List<String> articleIds, List<String> words, List<String> people,
      List<String> peopleNames, List<Long> stories) {
    static Sample of(Library library) {
      List<SearchHit> hits = new ArrayList<>(library.search(SearchRequest.of("").withLimit(1000)).hits());
      long total = library.stats().articles();
      hits.addAll(library.search(SearchRequest.of("").withSort(SearchRequest.Sort.RELEVANCE).withLimit(1000)
          .withOffset((int) Math.min(Integer.MAX_VALUE, Math.max(0, total / 2)))).hits());
      List<String> ids = hits.stream().map(SearchHit::id).toList();
      Set<String> words = new LinkedHashSet<>();
      for (SearchHit h : hits) {
        if (h.headline() == null) continue;
        for (String w : h.headline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 4) words.add(w);
      }
      List<String> people = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (KnownEntity e : library.corpus().top(EntityType.PERSON, 300)) {
        people.add(e.id());
        names.add(e.name());
      }
      for (String prefix : List.of("b", "d", "k", "m", "s", "t")) {
        for (KnownEntity e : library.corpus().byName(null, prefix, EntityType.PERSON, 50)) people.add(e.id());
      }
      List<Long> stories = library.stories().top(null, null, 300).stream().map(Stories.Story::id).toList();
      if (ids.isEmpty() || words.size() < 20) throw new IllegalStateException("the store is too small to load: " + total + " articles");
      return new Sample(total, ids, List.copyOf(words), people, names, stories);
    }

    List<OpenLoopLoad.Target> targets(String base, Random random) {
      // a store without people or stories (one ingested without annotations) is read without their pages
      List<String> mix = MIX.stream().filter(k -> !(k.equals("entity page") && people.isEmpty())
          && !(k.equals("story page") && stories.isEmpty())).toList();
      List<OpenLoopLoad.Target> out = new ArrayList<>(TARGETS);
      for (int i = 0; i < TARGETS; i++) {
        String kind = mix.get(i % mix.size());
        String path = switch (kind) {
          case "article page" -> "/a/" + pick(articleIds, random);
          case "search page" -> "/search?q=" + query(random);
          case "API search" -> "/api/v1/search?q=" + query(random);
          case "API article" -> "/api/v1/articles/" + pick(articleIds, random);
          case "entity page" -> "/e/" + pick(people, random);
          case "story page" -> "/story/" + pick(stories, random);
          case "home page" -> "/";
          case "feed" -> switch (random.nextInt(3)) {
            case 0 -> "/feeds/search.atom?q=" + query(random);
            case 1 -> stories.isEmpty() ? "/feeds/search.rss?q=" + query(random) : "/feeds/story.rss?id=" + pick(stories, random);
            default -> people.isEmpty() ? "/feeds/search.json?q=" + query(random) : "/feeds/entity.json?id=" + pick(people, random);
          };
          default -> "/api/v1/quotes?q=" + query(random);
        };
        out.add(new OpenLoopLoad.Target(kind, URI.create(base + path)));
      }
      return out;
    }

    /** One word, or two (a third of the time), URL-encoded. */
    private String query(Random random) {
      String q = pick(words, random);
      if (random.nextInt(3) == 0) q += " " + pick(words, random);
      return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static <T> T pick(List<T> list, Random random) {
      return list.get(random.nextInt(list.size()));
    }
  }
}
