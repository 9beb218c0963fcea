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

/**
 * RSS, Atom and JSON Feed: any bytes give a listing or an {@link InputException} naming the feed, nothing else.
 * Seeds: feeds of each kind written at run time around the shared stories set's headlines and links.
 */
class FeedReaderFuzzTest {
  private static final URI FEED = URI.create("https://news.example.org/feed");

  @BeforeAll
  static void seeds() {
    List<JsonNode> items = FuzzSeeds.headlines(60);
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i + 3 <= items.size(); i += 3) {
      List<JsonNode> three = items.subList(i, i + 3);
      seeds.add(FeedSeeds.rss(three));
      seeds.add(FeedSeeds.atom(three));
      seeds.add(FeedSeeds.jsonFeed(three));
    }
    FuzzSeeds.write(FeedReaderFuzzTest.class, "any_bytes_are_a_feed_or_a_named_refusal", FuzzSeeds.utf8(seeds.stream().map(s -> s + "\n").toList()));
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_are_a_feed_or_a_named_refusal(FuzzedDataProvider data) {
    String contentType = data.consumeBoolean() ? data.consumeAsciiString(60) : null;
    try {
      FeedReader.read(FEED, data.consumeRemainingAsBytes(), contentType);
    } catch (InputException e) {
      if (!e.input().equals(FEED.toString())) throw new AssertionError("refusal names another input: " + e.input());
    }
  }
}
