package org.lede.extract.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.lede.article.Article;
import org.lede.article.ArticleBuilder;
import org.lede.article.Subhead;
import org.lede.extract.ArticleIds;
import org.lede.extract.Extractor;
import org.lede.source.Document;
import org.lede.time.PageDates;

/**
 * Reads an HTML news page into one {@link Article}: its metadata (JSON-LD, OpenGraph, meta tags, canonical link,
 * language, byline), its dates (via {@link PageDates}), and its body, found by the container the markup names
 * or by content scoring, written as paragraphs, subheads, images with credits and key points.
 *
 * <p>Pure and thread-safe: each call works on its own parse of the page.
 */
public final class HtmlExtractor implements Extractor {
  @Override
  public List<Article> extract(Document document, Instant reference) {
    HtmlCharset.Decoded decoded = HtmlCharset.decode(document.content(), document.declaredCharset());
    org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
    Element canonicalLink = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canonicalLink != null && canonicalLink.attr("href").startsWith("http")) {
      page.setBaseUri(canonicalLink.attr("href"));
    }
    PageMetadata meta = PageMetadata.read(page);
    if (page.baseUri().isEmpty() && meta.url() != null) page.setBaseUri(meta.url());
    PageDates.Found dates = PageDates.find(page, meta.url(), reference);

    ArticleBuilder article = Article.builder()
        .id(ArticleIds.of(meta.canonicalUrl(), document.input(), 0))
        .input(document.input())
        .url(meta.url())
        .canonicalUrl(meta.canonicalUrl())
        .site(meta.site())
        .language(meta.language())
        .headline(meta.headline())
        .dek(meta.dek())
        .byline(meta.byline())
        .published(dates.published())
        .updated(dates.updated());

    Element body = page.body();
    article.keyPoints(KeyPoints.take(body));
    PageCleaner.clean(body);
    TextStats stats = TextStats.measure(body);
    ImageReader images = new ImageReader();
    images.lead(meta.image());
    BlockWriter.write(MainContent.find(body, stats), article, meta.headline(), stats, images);
    article.images(images.images());
    Article built = article.build();
    return List.of(withoutTrailingSubheads(built));
  }

  /** A heading after the last paragraph introduces nothing the article kept (a "Related" box, comments). */
  private static Article withoutTrailingSubheads(Article a) {
    List<Subhead> kept = new ArrayList<>();
    for (Subhead s : a.subheads()) if (s.paragraph() < a.paragraphs().size()) kept.add(s);
    return kept.size() == a.subheads().size() ? a : a.toBuilder().subheads(kept).build();
  }
}
