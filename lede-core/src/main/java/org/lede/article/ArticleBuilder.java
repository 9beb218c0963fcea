package org.lede.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an {@link Article}'s fields while an extractor reads a page. Not thread-safe; the article it
 * builds is. {@code text} is always derived from the paragraphs.
 */
public final class ArticleBuilder {
  private String id;
  private String input;
  private String url;
  private String canonicalUrl;
  private String site;
  private String language;
  private String headline;
  private String dek;
  private List<String> keyPoints = new ArrayList<>();
  private List<String> byline = new ArrayList<>();
  private Dateline dateline;
  private StatedTime published;
  private StatedTime updated;
  private List<Image> images = new ArrayList<>();
  private List<Subhead> subheads = new ArrayList<>();
  private List<String> paragraphs = new ArrayList<>();

  ArticleBuilder() {}

  ArticleBuilder(Article a) {
    id = a.id();
    input = a.input();
    url = a.url();
    canonicalUrl = a.canonicalUrl();
    site = a.site();
    language = a.language();
    headline = a.headline();
    dek = a.dek();
    keyPoints = new ArrayList<>(a.keyPoints());
    byline = new ArrayList<>(a.byline());
    dateline = a.dateline();
    published = a.published();
    updated = a.updated();
    images = new ArrayList<>(a.images());
    subheads = new ArrayList<>(a.subheads());
    paragraphs = new ArrayList<>(a.paragraphs());
  }

  public ArticleBuilder id(String v) { id = v; return this; }
  public ArticleBuilder input(String v) { input = v; return this; }
  public ArticleBuilder url(String v) { url = v; return this; }
  public ArticleBuilder canonicalUrl(String v) { canonicalUrl = v; return this; }
  public ArticleBuilder site(String v) { site = v; return this; }
  public ArticleBuilder language(String v) { language = v; return this; }
  public ArticleBuilder headline(String v) { headline = v; return this; }
  public ArticleBuilder dek(String v) { dek = v; return this; }
  public ArticleBuilder keyPoints(List<String> v) { keyPoints = new ArrayList<>(v); return this; }
  public ArticleBuilder addKeyPoint(String v) { keyPoints.add(v); return this; }
  public ArticleBuilder byline(List<String> v) { byline = new ArrayList<>(v); return this; }
  public ArticleBuilder addByline(String v) { byline.add(v); return this; }
  public ArticleBuilder dateline(Dateline v) { dateline = v; return this; }
  public ArticleBuilder published(StatedTime v) { published = v; return this; }
  public ArticleBuilder updated(StatedTime v) { updated = v; return this; }
  public ArticleBuilder images(List<Image> v) { images = new ArrayList<>(v); return this; }
  public ArticleBuilder addImage(Image v) { images.add(v); return this; }
  public ArticleBuilder subheads(List<Subhead> v) { subheads = new ArrayList<>(v); return this; }
  /** Adds a subhead placed before the next paragraph to be added. */
  public ArticleBuilder addSubhead(String v) { subheads.add(new Subhead(v, paragraphs.size())); return this; }
  public ArticleBuilder paragraphs(List<String> v) { paragraphs = new ArrayList<>(v); return this; }
  public ArticleBuilder addParagraph(String v) { paragraphs.add(v); return this; }

  public String headline() { return headline; }
  public List<String> paragraphs() { return paragraphs; }
  public StatedTime published() { return published; }
  public StatedTime updated() { return updated; }

  public Article build() {
    return new Article(id, input, url, canonicalUrl, site, language, headline, dek, keyPoints, byline,
        dateline, published, updated, images, subheads, paragraphs, null);
  }
}
