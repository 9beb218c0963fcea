package org.lede.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.corpus.Carrier;
import org.lede.corpus.CorpusQuote;

/** The JSON shape of a corpus quote, shared by the API and {@code lede quotes --json}. Stateless. */
public final class CorpusQuoteJson {
  private CorpusQuoteJson() {}

  /**
   * A corpus quote as the API gives it: who said what, where it ran first and every article that carried it (the
   * carriers given), beside the article fields and contract quote of its first carrier.
   */
  public static Map<String, Object> of(CorpusQuote q, List<Carrier> carriers) {
    Map<String, Object> m = QuoteApi.item(q.firstArticleId(), q.firstHeadline(), q.firstPublished(), q.quote());
    m.put("id", q.id());
    m.put("text", q.quote().text());
    m.put("kind", q.quote().kind());
    Map<String, Object> speaker = new LinkedHashMap<>();
    speaker.put("id", q.speakerId());
    speaker.put("name", q.speakerName());
    speaker.put("entity", q.speakerId() == null ? null : "/api/v1/entities/" + SearchForm.encode(q.speakerId()));
    m.put("speaker", speaker);
    m.put("first", carrier(q.firstArticleId(), q.firstSite(), q.firstHeadline(), q.firstPublished(), q.quote().start()));
    m.put("carrierCount", q.carriers());
    m.put("outletCount", q.outlets());
    m.put("carriers", carriers.stream()
        .map(c -> carrier(c.articleId(), c.site(), c.headline(), c.published(), c.start())).toList());
    return m;
  }

  private static Map<String, Object> carrier(String articleId, String site, String headline, Instant published, int start) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articleId", articleId);
    m.put("site", site);
    m.put("headline", headline);
    m.put("published", published == null ? null : published.toString());
    m.put("article", "/api/v1/articles/" + articleId);
    m.put("page", EntityPages.quoteHref(articleId, start));
    return m;
  }
}
