package org.lede.extract.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Any bytes read as an HTML page: the extractor returns an article or nothing, never throws, hangs or runs out of
 * memory. Seeds: pages of the shared extraction set.
 */
class HtmlExtractorFuzzTest {
  private static final Instant SEEN = Instant.parse("2026-03-03T10:00:00Z");

  @BeforeAll
  static void seeds() {
    FuzzSeeds.write(HtmlExtractorFuzzTest.class, "any_bytes_read_as_a_page_extract_without_error",
        FuzzSeeds.htmlPages(40));
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_read_as_a_page_extract_without_error(byte[] page) {
    new HtmlExtractor().extract(new Document("fuzz.html", page, MediaType.HTML, null, null, null), SEEN);
  }
}
