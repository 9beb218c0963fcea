package org.lede.extract.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.lede.article.Article;
import org.lede.article.ArticleBuilder;
import org.lede.article.Subhead;
import org.lede.extract.ArticleIds;
import org.lede.extract.Extractor;
import org.lede.extract.dump.TimeLines;
import org.lede.html.PageParser;
import org.lede.html.PageParts;
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
    org.jsoup.nodes.Document page = PageParser.parse(decoded.text(), "");
    // One walk gathers the page's metadata parts and measures the text of its body.
    TextStats stats = TextStats.forWalk(page.body());
    PageParts parts = PageParts.of(page, stats.visitor());
    Element canonicalLink = parts.link("canonical");
    if (canonicalLink != null && canonicalLink.attr("href").startsWith("http")) {
      page.setBaseUri(canonicalLink.attr("href"));
    }
    PageMetadata meta = PageMetadata.read(page, parts);
    if (page.baseUri().isEmpty() && meta.url() != null) page.setBaseUri(meta.url());
    PageDates.Found dates = PageDates.find(page, parts, meta.url(), reference);

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
    ImageReader images = new ImageReader();
    images.lead(meta.image());
    images.leadFigure(parts, meta.image());
    article.keyPoints(KeyPoints.take(parts, stats));
    PageCleaner.clean(body, parts, stats);
    BlockWriter.write(MainContent.find(body, stats), article, meta.headline(), stats, images);
    article.images(images.images());
    Article built = article.build();
    return List.of(withoutTrailingSubheads(ArticleEnd.cut(withoutTimeParagraphs(withoutBylineParagraph(built)))));
  }

  /**
   * "Published November 9, 2023 3:02am EST Updated …" printed above the body is the page's furniture, not the story's
   * lead: among the first paragraphs, one that states nothing but such times is dropped.
   */
  private static Article withoutTimeParagraphs(Article a) {
    for (int i = 0; i < Math.min(3, a.paragraphs().size()); i++) {
      if (TimeLines.onlyStatedTimes(a.paragraphs().get(i))) return withoutTimeParagraphs(withoutParagraph(a, i));
    }
    return a;
  }

  /** {@code a} without its paragraph {@code i}, the subheads after it moved up one. */
  private static Article withoutParagraph(Article a, int i) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    paragraphs.remove(i);
    List<Subhead> subheads = new ArrayList<>();
    for (Subhead s : a.subheads()) subheads.add(s.paragraph() > i ? new Subhead(s.text(), s.paragraph() - 1) : s);
    return a.toBuilder().paragraphs(paragraphs).subheads(subheads).build();
  }

  /** "By Jane Doe" / "Par Amélie Rochat" printed above the body is the byline again, not the story's first words. */
  private static Article withoutBylineParagraph(Article a) {
    if (a.byline().isEmpty()) return a;
    for (int i = 0; i < Math.min(3, a.paragraphs().size()); i++) {
      String p = a.paragraphs().get(i);
      java.util.regex.Matcher m = BYLINE_LINE.matcher(p);
      String names = m.matches() ? m.group(1) : p;
      if (p.length() <= 120 && Bylines.split(names).stream().anyMatch(a.byline()::contains)) return withoutParagraph(a, i);
    }
    return a;
  }

  private static final java.util.regex.Pattern BYLINE_LINE = java.util.regex.Pattern.compile(
      "(?i)(?:by|par|von|por|di|door|av|af|de)\\s+(.{2,100})");

  /** A heading after the last paragraph introduces nothing the article kept (a "Related" box, comments). */
  private static Article withoutTrailingSubheads(Article a) {
    List<Subhead> kept = new ArrayList<>();
    for (Subhead s : a.subheads()) if (s.paragraph() < a.paragraphs().size()) kept.add(s);
    return kept.size() == a.subheads().size() ? a : a.toBuilder().subheads(kept).build();
  }
}
