package org.lede.extract.dump;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** Any bytes read as a text dump of scraped pages: articles or none, never an exception, a hang or the heap. */
class TextDumpFuzzTest {
  private static final Instant SEEN = Instant.parse("2026-03-03T10:00:00Z");

  @BeforeAll
  static void seeds() {
    FuzzSeeds.write(TextDumpFuzzTest.class, "any_bytes_read_as_a_text_dump_extract_without_error",
        FuzzSeeds.textDumps(20));
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_read_as_a_text_dump_extract_without_error(byte[] dump) {
    new TextDumpExtractor().extract(new Document("fuzz.txt", dump, MediaType.TEXT_DUMP, null, null, null), SEEN);
  }
}
