package org.lede.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.corpus.Corpus;
import org.lede.corpus.KnownEntity;
import org.lede.entity.EntityType;
import org.lede.index.SearchRequest;
import org.lede.library.Library;

/**
 * The corpus layer on real news pages, each step a new Lede process as a user runs it: {@code lede ingest} of the
 * pages with and without annotations (default threads, alternating, best of the rounds), their ratio; then a new
 * {@code lede serve} on the annotated store: how long until it answers its first article page and an entity page,
 * and entity page latency under an open-loop load over its 300 most mentioned people.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class RealPagesBench {
  private static final Pattern IN_RUN = Pattern.compile("inputs in ([0-9.]+) s");
  /** The person the corpus-layer issue measured on the seed and dates pages; the most mentioned one elsewhere. */
  private static final String NAMED = "P:borys-kremenetskyi";

  private final PrintStream out;

  public RealPagesBench(PrintStream out) {
    this.out = out;
  }

  /** One timed ingest: the process's wall and CPU time and the run's own time as it reports it. */
  record Ingest(double wallSeconds, double cpuSeconds, double inRunSeconds) {}

  /**
   * @param inputs the directories of pages to ingest
   * @param work   an empty directory for the stores (kept: the annotated one is {@code work/annotated})
   * @param rounds ingests of each kind, alternating
   */
  public void run(List<Path> inputs, Path work, int rounds, int rate, int seconds) throws Exception {
    out.printf(Locale.ROOT, "Corpus layer on real pages: %s%n", inputs);
    primeIngestArchive(inputs, work.resolve("priming"));
    Ingest plain = null;
    Ingest annotated = null;
    for (int r = 0; r < rounds; r++) {
      plain = best(plain, ingest(inputs, work.resolve("plain-" + r), false));
      annotated = best(annotated, ingest(inputs, work.resolve(r == rounds - 1 ? "annotated" : "annotated-" + r), true));
    }
    long articles;
    try (Library library = Library.open(work.resolve("annotated"))) {
      articles = library.stats().articles();
    }
    out.printf(Locale.ROOT, "  ingest --no-annotations: %.2f s in-run (%.1f articles/s), process %.2f s wall, %.2f s CPU%n",
        plain.inRunSeconds(), articles / plain.inRunSeconds(), plain.wallSeconds(), plain.cpuSeconds());
    out.printf(Locale.ROOT, "  ingest with annotations: %.2f s in-run (%.1f articles/s), process %.2f s wall, %.2f s CPU%n",
        annotated.inRunSeconds(), articles / annotated.inRunSeconds(), annotated.wallSeconds(), annotated.cpuSeconds());
    out.printf(Locale.ROOT, "  annotated / not: %.2f× in-run, %.2f× process wall, %.2f× CPU (the fastest of %d each by"
        + " process wall, %,d articles)%n",
        annotated.inRunSeconds() / plain.inRunSeconds(), annotated.wallSeconds() / plain.wallSeconds(),
        annotated.cpuSeconds() / plain.cpuSeconds(), rounds, articles);
    serve(work.resolve("annotated"), rate, seconds);
  }

  /**
   * The faster of two runs by process wall time, the time a user waits for: the run's own figure is printed to a
   * tenth of a second, too coarse to choose between runs of a few seconds.
   */
  private static Ingest best(Ingest a, Ingest b) {
    return a == null || b.wallSeconds() < a.wallSeconds() ? b : a;
  }

  /**
   * The first {@code lede ingest} after a build saves its class-sharing archive as it stops, as under {@code ./lede}:
   * one untimed annotated ingest does it here, so no timed run pays for writing the archive, and the archive holds
   * the classes of the default, annotated, path (which the run without annotations also uses).
   */
  private void primeIngestArchive(List<Path> inputs, Path data) throws Exception {
    Path archive = LedeProcess.sharedArchive("ingest");
    if (archive == null || Files.exists(archive)) return;
    Ingest first = ingest(inputs, data, true);
    out.printf(Locale.ROOT, "  the first `lede ingest` after the build took %.2f s (it saves the class-sharing archive %s"
        + " as it stops, as ./lede does); not counted%n", first.wallSeconds(), archive.getFileName());
  }

  private Ingest ingest(List<Path> inputs, Path data, boolean annotate) throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest", "-q", "--data", data.toString()));
    if (!annotate) args.add("--no-annotations");
    inputs.forEach(p -> args.add(p.toString()));
    Path log = Files.createTempFile("lede-bench-ingest", ".txt");
    try {
      long t0 = System.nanoTime();
      Process p = LedeProcess.builder(args.toArray(String[]::new)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      Duration cpu = Duration.ZERO;
      // the CPU time of a process is gone once it has exited: read it until then
      while (!p.waitFor(50, TimeUnit.MILLISECONDS)) cpu = p.info().totalCpuDuration().orElse(cpu);
      double wall = (System.nanoTime() - t0) / 1e9;
      String text = Files.readString(log);
      Matcher m = IN_RUN.matcher(text);
      if (p.exitValue() != 0 || !m.find()) {
        throw new IllegalStateException("lede " + String.join(" ", args) + " exited " + p.exitValue() + ": " + text.strip());
      }
      return new Ingest(wall, cpu.toNanos() / 1e9, Double.parseDouble(m.group(1)));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * The first {@code lede serve} after a build saves its class-sharing archive when it stops, as under {@code ./lede};
   * that start is timed and reported apart, so the measured start is the one a user sees every time after it.
   */
  private void primeSharedArchive(Path data, String articleId) throws Exception {
    Path archive = LedeProcess.sharedArchive("serve");
    if (archive == null || Files.exists(archive)) return;
    int port = LedeProcess.freePort();
    Process server = LedeProcess.start("serve", "--data", data.toString(), "--port", Integer.toString(port));
    try {
      double first = LedeProcess.firstAnswer("http://127.0.0.1:" + port + "/a/" + articleId, System.nanoTime(), server);
      out.printf(Locale.ROOT, "  the first `lede serve` after the build answered after %.2f s (it saves the class-sharing"
          + " archive %s as it stops, as ./lede does)%n", first, archive.getFileName());
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }
  }

  private void serve(Path data, int rate, int seconds) throws Exception {
    String articleId;
    String named;
    List<String> people = new ArrayList<>();
    try (Library library = Library.open(data)) {
      articleId = library.search(SearchRequest.of("").withLimit(1)).hits().getFirst().id();
      Corpus corpus = library.corpus();
      for (KnownEntity e : corpus.top(EntityType.PERSON, 300)) people.add(e.id());
      named = corpus.entity(NAMED).isPresent() ? NAMED : people.getFirst();
    }
    primeSharedArchive(data, articleId);
    int port = LedeProcess.freePort();
    String base = "http://127.0.0.1:" + port;
    Process server = LedeProcess.start("serve", "--data", data.toString(), "--port", Integer.toString(port));
    try {
      long t0 = System.nanoTime();
      double firstArticle = LedeProcess.firstAnswer(base + "/a/" + articleId, t0);
      double firstEntity = LedeProcess.firstAnswer(base + "/e/" + named, t0);
      out.printf(Locale.ROOT, "  a new `lede serve` answered its first article page after %.2f s and /e/%s after %.2f s%n",
          firstArticle, named, firstEntity);
      Random random = new Random(7);
      List<URI> pages = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) pages.add(URI.create(base + "/e/" + people.get(random.nextInt(people.size()))));
      OpenLoopLoad load = new OpenLoopLoad();
      Duration timeout = Duration.ofSeconds(10);
      load.run("warm-up", pages.reversed(), rate, Duration.ofSeconds(Math.max(5, seconds / 3)), timeout);
      out.println("  " + load.run("entity page", pages, rate, Duration.ofSeconds(seconds), timeout).describe());
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }
  }
}
