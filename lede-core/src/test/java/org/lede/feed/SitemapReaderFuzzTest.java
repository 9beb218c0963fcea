package org.lede.feed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.InputException;

/** Sitemaps (XML, text, gzipped): any bytes give a listing or an {@link InputException} naming the sitemap. */
class SitemapReaderFuzzTest {
  private static final URI SITEMAP = URI.create("https://news.example.org/sitemap.xml");

  @BeforeAll
  static void seeds() {
    List<JsonNode> items = FuzzSeeds.headlines(60);
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i + 4 <= items.size(); i += 4) seeds.add(FeedSeeds.sitemap(items.subList(i, i + 4)));
    FuzzSeeds.write(SitemapReaderFuzzTest.class, "any_bytes_are_a_sitemap_or_a_named_refusal", FuzzSeeds.utf8(seeds.stream().map(s -> s + "\n").toList()));
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_are_a_sitemap_or_a_named_refusal(FuzzedDataProvider data) {
    String contentType = data.consumeBoolean() ? "text/plain" : null;
    try {
      SitemapReader.read(SITEMAP, data.consumeRemainingAsBytes(), contentType);
    } catch (InputException e) {
      if (!e.input().equals(SITEMAP.toString())) throw new AssertionError("refusal names another input: " + e.input());
    }
  }
}
