package org.lede.extract.dump;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** Runs the dump extractor on a dump written in a test. */
final class Dumps {
  static final Instant REFERENCE = Instant.parse("2026-02-05T12:00:00Z");

  private Dumps() {}

  static List<Article> extract(String dump) {
    return extract(dump.getBytes(StandardCharsets.UTF_8));
  }

  static List<Article> extract(byte[] dump) {
    Document document = new Document("test.txt", dump, MediaType.TEXT_DUMP, null, null, null);
    return new TextDumpExtractor().extract(document, REFERENCE);
  }

  /** Joins lines with "\n", so that a dump reads line by line in the test. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
