package org.lede.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lede's sample corpus: articles the team wrote, bundled in the jar for {@code lede demo}, benchmarks and tests.
 * The jar cannot list its own resources, so {@code sample/index.txt} names every file.
 */
public final class Samples {
  private static final String ROOT = "sample/";

  private Samples() {}

  /** One bundled file: its path relative to the corpus root, and its bytes. */
  public record Sample(String name, byte[] bytes) {}

  /** Returns every bundled sample, in index order. */
  public static List<Sample> list() {
    List<Sample> samples = new ArrayList<>();
    for (String name : index()) samples.add(new Sample(name, read(name)));
    return samples;
  }

  /** Writes the corpus into {@code dir} (keeping its sub-folders) and returns {@code dir}. */
  public static Path copyTo(Path dir) throws IOException {
    for (Sample s : list()) {
      Path target = dir.resolve(s.name()).normalize();
      if (!target.startsWith(dir)) throw new IOException("sample name escapes the corpus: " + s.name());
      Files.createDirectories(target.getParent());
      Files.write(target, s.bytes());
    }
    return dir;
  }

  private static List<String> index() {
    String text = new String(read("index.txt"), StandardCharsets.UTF_8);
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static byte[] read(String name) {
    try (InputStream in = Samples.class.getResourceAsStream(ROOT + name)) {
      if (in == null) throw new IllegalStateException("sample missing from the jar: " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
