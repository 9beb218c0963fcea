package org.lede.extract.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part files of a {@code lede spark} output: {@code OUT/articles/part-*.jsonl.gz} (or .jsonl), by name, the order
 * Spark numbers them. What {@code lede load} reads, into PostgreSQL and OpenSearch alike.
 */
public final class PartFiles {
  private PartFiles() {}

  /**
   * Returns the part files under {@code out}, sorted by name.
   *
   * @throws IllegalArgumentException when {@code out} has no {@code articles} folder
   */
  public static List<Path> of(Path out) throws IOException {
    Path articles = out.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IllegalArgumentException(out + " has no articles/ folder: give the --output folder of lede spark");
    }
    try (Stream<Path> files = Files.list(articles)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith("part-") && (name.endsWith(".jsonl.gz") || name.endsWith(".jsonl"));
          })
          .sorted()
          .toList();
    }
  }
}
