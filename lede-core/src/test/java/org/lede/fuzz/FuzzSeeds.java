package org.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lede.eval.SharedData;

/**
 * Seeds for the fuzz tests, made at run time from {@code shared/data} (never kept in the repository) and written
 * beside the test's compiled class, where Jazzer looks for its inputs ({@code CLASSInputs/METHOD} on the class
 * path): in regression mode each is run once, in fuzzing mode they are where mutation starts. The inputs kept in
 * the repository (crash reproducers, small hand-made cases) sit in the same directory under
 * {@code src/test/resources} and are copied there by the build. Without the shared data only those run.
 *
 * <p>Seeds are cut to {@link #MAX_SEED} bytes: the fuzzer mutates small inputs much faster than whole pages.
 */
public final class FuzzSeeds {
  /** The longest seed, in bytes. */
  public static final int MAX_SEED = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private FuzzSeeds() {}

  /** Writes {@code seeds} among the inputs of {@code test}'s fuzz test {@code method}. */
  public static void write(Class<?> test, String method, List<byte[]> seeds) {
    try {
      Path classes = Path.of(test.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = classes.resolve(test.getPackageName().replace('.', '/')).resolve(test.getSimpleName() + "Inputs")
          .resolve(method);
      Files.createDirectories(dir);
      for (int i = 0; i < seeds.size(); i++) {
        byte[] s = seeds.get(i);
        Files.write(dir.resolve(String.format("shared-seed-%03d", i)), s.length > MAX_SEED ? Arrays.copyOf(s, MAX_SEED) : s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Up to {@code n} HTML pages of the shared extraction set, decompressed; none without the shared data. */
  public static List<byte[]> htmlPages(int n) {
    return gzippedFiles("extraction-dev/trafilatura/eval", ".html.gz", n);
  }

  /** Up to {@code n} text dumps of the shared seed set. */
  public static List<byte[]> textDumps(int n) {
    List<byte[]> out = new ArrayList<>();
    for (Path p : files("seed", ".txt", n)) out.add(read(p));
    return out;
  }

  /** Up to {@code n} published dates as the shared date set states them (ISO days), and the same as URL paths. */
  public static List<String> dates(int n) {
    List<String> out = new ArrayList<>();
    SharedData.locate("extraction-dev/dates/eval_default.json").ifPresent(p -> {
      try {
        JsonNode all = JSON.readTree(p.toFile());
        for (var it = all.properties().iterator(); it.hasNext() && out.size() < n; ) {
          var e = it.next();
          out.add(e.getValue().path("date").asText());
          out.add(e.getKey());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return out;
  }

  /** Up to {@code n} headline records of the shared stories set: url, site, headline, published. */
  public static List<JsonNode> headlines(int n) {
    List<JsonNode> out = new ArrayList<>();
    SharedData.locate("stories-dev/uci-news/headlines.jsonl").ifPresent(p -> {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return out;
  }

  private static List<byte[]> gzippedFiles(String dir, String suffix, int n) {
    List<byte[]> out = new ArrayList<>();
    for (Path p : files(dir, suffix, n)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
        out.add(in.readNBytes(MAX_SEED));
      } catch (IOException e) {
        // a damaged file in the shared set is simply not a seed
      }
    }
    return out;
  }

  private static List<Path> files(String dir, String suffix, int n) {
    Path d = SharedData.locate(dir).orElse(null);
    if (d == null) return List.of();
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().limit(n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 bytes of each string. */
  public static List<byte[]> utf8(List<String> strings) {
    return strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
  }
}
