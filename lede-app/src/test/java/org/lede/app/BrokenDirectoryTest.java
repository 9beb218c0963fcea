package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.eval.SharedData;
import org.lede.extract.Extraction;
import org.lede.library.Library;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.store.StoredDocument;

/**
 * The acceptance directory: 60 good pages (taken at run time from the shared extraction set, never kept
 * here) mixed with 180 broken inputs made at run time ({@link BrokenInputs}). {@code lede ingest}, run as its own
 * process with a bounded heap, exits 1, names each failed input on one line, stores every good page and prints no
 * stack trace.
 */
class BrokenDirectoryTest {
  private static final int GOOD = 60;

  @TempDir Path tmp;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void a_directory_of_good_and_broken_inputs_stores_every_good_page_and_names_each_failure_on_one_line()
      throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> good = goodPages(in, GOOD);
    List<Path> broken = new BrokenInputs(15, damageable(GOOD, 20)).write(in);
    assertThat(broken).hasSize(180);
    Path data = tmp.resolve("data");

    Lede run = lede(data, "ingest", "-q", "--no-annotations", "--threads", "2", "--max-size", "8", in.toString());

    assertThat(run.exit).as(run.err).isEqualTo(1);
    assertNoStackTrace(run);
    Set<String> stored = storedInputs(data);
    for (Path p : good) assertThat(stored).as("good page stored").contains(p.toString());
    // every line names one input of the directory: a failure or a warning, never anything else
    List<String> lines = run.err.lines().toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(line).matches("lede: (warning: )?(" + java.util.regex.Pattern.quote(in.toString())
          + "/[^ ]+|https://broken-warc\\.example/\\S+): .+");
    }
    // every broken input is stored or named
    for (Path p : broken) {
      String name = p.toString();
      boolean named = run.err.contains(name + ":") || run.err.contains(name + " ");
      boolean kept = stored.stream().anyMatch(s -> s.equals(name) || s.startsWith(name + ":"));
      boolean archive = name.contains(".warc");
      assertThat(named || kept || archive).as(name + " is stored or named").isTrue();
    }
    long failures = lines.stream().filter(l -> !l.startsWith("lede: warning:")).count();
    assertThat(run.out).contains(failures + " failed");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void the_worst_inputs_survive_annotation_too() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> good = goodPages(in, 2);
    Path all = Files.createDirectories(tmp.resolve("all"));
    new BrokenInputs(15, damageable(2, 5)).write(all);
    // the inputs that hand the models the most: no sentence breaks, deep nesting, one huge word, huge attributes
    for (String kind : List.of("soup", "nested", "word", "attribute", "inline", "oneline")) {
      for (int i = 0; i < 1; i++) {
        String prefix = "broken-" + kind + "-" + i + ".";
        try (Stream<Path> s = Files.list(all)) {
          Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
              .orElseThrow();
          Files.move(p, in.resolve(p.getFileName()));
        }
      }
    }
    Path data = tmp.resolve("data");

    Lede run = lede(data, "ingest", "-q", "--threads", "2", in.toString());

    assertNoStackTrace(run);
    Set<String> stored = storedInputs(data);
    for (Path p : good) assertThat(stored).as("good page stored").contains(p.toString());
    try (Stream<Path> s = Files.list(in)) {
      for (Path p : s.toList()) {
        assertThat(stored.contains(p.toString()) || run.err.contains(p + ":")).as(p + " is stored or named").isTrue();
      }
    }
  }

  private static List<Path> sharedPages() throws IOException {
    Path eval = SharedData.locate("extraction-dev/trafilatura/eval").orElse(null);
    Assumptions.assumeTrue(eval != null,
        "shared/data/extraction-dev/trafilatura/eval not found (set LEDE_SHARED_DATA): the good pages come from it");
    try (Stream<Path> s = Files.list(eval)) {
      return s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
  }

  /**
   * Pages of the shared set from the end of its list, to damage: never one of the good pages, so that a damaged copy
   * that still reads cannot become a new version of a good page's article.
   */
  private static List<byte[]> damageable(int skip, int n) throws IOException {
    List<Path> all = sharedPages();
    List<byte[]> pages = new ArrayList<>();
    for (Path p : all.subList(Math.max(skip, all.size() - n), all.size())) pages.add(gunzip(p));
    return pages;
  }

  /** The first {@code n} pages of the shared extraction set that Lede extracts an article from on their own. */
  private List<Path> goodPages(Path into, int n) throws IOException {
    List<Path> candidates = sharedPages();
    Extraction extraction = Extraction.standard();
    FileInputs files = FileInputs.standard();
    List<Path> good = new ArrayList<>();
    for (Path c : candidates) {
      if (good.size() == n) break;
      Path copy = into.resolve(String.format("good-%02d.html.gz", good.size()));
      Files.copy(c, copy);
      try {
        if (!extraction.extract(files.read(copy)).isEmpty()) {
          good.add(copy);
          continue;
        }
      } catch (InputException e) {
        // not a page Lede reads on its own: not a good page for this test
      }
      Files.delete(copy);
    }
    Assumptions.assumeTrue(good.size() == n, "fewer than " + n + " readable pages in the shared extraction set");
    return good;
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  static void assertNoStackTrace(Lede run) {
    for (String s : List.of(run.out, run.err)) {
      assertThat(s).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:");
    }
  }

  /** The inputs whose raw bytes the store holds (every version of every article came from one of them). */
  static Set<String> storedInputs(Path data) {
    try (Library lib = Library.open(data); Stream<StoredDocument> docs = lib.documents()) {
      return docs.map(StoredDocument::input).collect(java.util.stream.Collectors.toSet());
    }
  }

  /** What one {@code lede} process printed and returned. */
  record Lede(int exit, String out, String err) {}

  /** Runs {@code lede ARGS} as its own process on the test class path, with a 512 MB heap. */
  static Lede lede(Path workDir, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "org.lede.app.Main"));
    for (String a : args) cmd.add(a);
    if (!List.of(args).contains("--data")) cmd.addAll(List.of("--data", workDir.toString()));
    Path out = Files.createTempFile("lede-out", ".txt");
    Path err = Files.createTempFile("lede-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(4, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("lede " + String.join(" ", args) + " did not finish in 4 minutes at " + Instant.now());
      }
      return new Lede(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
