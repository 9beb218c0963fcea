package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
  static final String NEWS_SITEMAP = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
              xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example.org/pier-vote</loc><lastmod>2026-03-03T11:00:00Z</lastmod>
          <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2026-03-03T10:00:00+00:00</news:publication_date>
            <news:title>Council votes on pier repairs</news:title></news:news></url>
        <url><loc>https://news.example.org/plain</loc></url>
      </urlset>
      """;

  @Test
  void a_news_sitemap_gives_each_page_its_title_and_publication_date() throws Exception {
    URI at = URI.create("https://news.example.org/news-sitemap.xml");
    Listing l = SitemapReader.read(at, NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8), "application/xml");
    assertThat(l.children()).isEmpty();
    assertThat(l.pages()).hasSize(2);
    ListedPage p = l.pages().getFirst();
    assertThat(p.url()).hasToString("https://news.example.org/pier-vote");
    assertThat(p.title()).isEqualTo("Council votes on pier repairs");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(p.updated()).isEqualTo(Instant.parse("2026-03-03T11:00:00Z"));
    assertThat(l.pages().get(1).published()).isNull();
  }

  @Test
  void a_sitemap_index_lists_its_child_sitemaps() throws Exception {
    String index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example.org/sitemaps/news.xml</loc></sitemap>
          <sitemap><loc>https://news.example.org/sitemaps/2026-03.xml.gz</loc></sitemap>
        </sitemapindex>
        """;
    Listing l = SitemapReader.read(URI.create("https://news.example.org/sitemap.xml"),
        index.getBytes(StandardCharsets.UTF_8), "text/xml");
    assertThat(l.pages()).isEmpty();
    assertThat(l.children()).extracting(URI::toString).containsExactly(
        "https://news.example.org/sitemaps/news.xml", "https://news.example.org/sitemaps/2026-03.xml.gz");
  }

  @Test
  void a_gzipped_sitemap_is_decompressed() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8));
    }
    Listing l = SitemapReader.read(URI.create("https://news.example.org/news.xml.gz"), zipped.toByteArray(),
        "application/gzip");
    assertThat(l.pages()).hasSize(2);
  }
}
