package org.lede.store.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lede.index.SearchRequest;

/** A varied mix of searches like readers make: common and rare words, phrases, fields, filters, date order. */
final class BenchQueries {
  private BenchQueries() {}

  static List<SearchRequest> make(SyntheticNews news, List<String> bigrams, int count) {
    Random r = news.random();
    List<SearchRequest> out = new ArrayList<>(count);
    Instant start = Instant.parse("2022-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      SearchRequest q = switch (i % 10) {
        case 0 -> SearchRequest.of(news.randomWord(50, 500));
        case 1 -> SearchRequest.of(news.randomWord(500, 5000));
        case 2 -> SearchRequest.of(news.randomWord(100, 2000) + " " + news.randomWord(100, 2000));
        case 3 -> SearchRequest.of("\"" + bigrams.get(r.nextInt(bigrams.size())) + "\"");
        case 4 -> SearchRequest.of(news.randomWord(50, 1000)).withSite(news.site(r.nextInt(news.siteCount())));
        case 5 -> {
          Instant since = start.plusSeconds(r.nextInt(900) * 86_400L);
          yield SearchRequest.of(news.randomWord(50, 1000)).withSince(since).withUntil(since.plusSeconds(90 * 86_400L));
        }
        case 6 -> SearchRequest.of(news.randomWord(20, 300)).withSort(SearchRequest.Sort.DATE);
        case 7 -> SearchRequest.of("headline:" + news.randomWord(50, 1000));
        case 8 -> SearchRequest.of(news.randomWord(200, 3000) + " OR " + news.randomWord(200, 3000) + " -" + news.randomWord(0, 50));
        default -> SearchRequest.of("").withSite(news.site(r.nextInt(news.siteCount()))).withSort(SearchRequest.Sort.DATE);
      };
      out.add(q);
    }
    return out;
  }
}
