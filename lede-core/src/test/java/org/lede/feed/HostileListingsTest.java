package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.source.InputException;

/**
 * Feeds and sitemaps written to hurt the reader: external entities pointing at a local file (XXE), entity expansion
 * (a "billion laughs"), a million items, deep nesting. Each is read in part or refused by its URL, quickly, and no
 * byte of the local file ever appears in what is read or reported.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileListingsTest {
  private static final URI FEED = URI.create("https://news.example.org/feed.xml");
  private static final URI SITEMAP = URI.create("https://news.example.org/sitemap.xml");
  private static final String SECRET = "harbour-ledger-7f3a9c";

  @TempDir Path tmp;

  private String secretFileUrl() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    return secret.toUri().toString();
  }

  private static String rss(String doctype, String title) {
    return "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>" + title + "</title>"
        + "<link>https://news.example.org/</link><description>d</description><item><title>" + title + "</title>"
        + "<link>https://news.example.org/pier</link></item></channel></rss>";
  }

  /** Everything a listing says, flattened, to look for the secret in. */
  private static String said(Listing l) {
    return l.toString();
  }

  private static String outcome(ThrowingListing read) {
    try {
      return said(read.get());
    } catch (InputException e) {
      StringBuilder all = new StringBuilder(e.getMessage());
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) all.append(' ').append(t.getMessage());
      return all.toString();
    }
  }

  @FunctionalInterface
  private interface ThrowingListing {
    Listing get() throws InputException;
  }

  @Test
  void an_external_entity_in_a_feed_is_never_resolved() throws Exception {
    String doctype = "<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secretFileUrl() + "\">]>";

    String seen = outcome(() -> FeedReader.read(FEED, rss(doctype, "Pier &leak; vote").getBytes(StandardCharsets.UTF_8),
        "application/rss+xml"));

    assertThat(seen).doesNotContain(SECRET);
  }

  @Test
  void an_external_entity_declared_after_a_long_preamble_is_never_resolved_either() throws Exception {
    // past the first 4 KB the DOCTYPE is not stripped: the parser itself must refuse it
    String doctype = "<!-- " + "x".repeat(10_000) + " -->\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secretFileUrl() + "\">]>";

    String seen = outcome(() -> FeedReader.read(FEED, rss(doctype, "&leak;").getBytes(StandardCharsets.UTF_8), null));

    assertThat(seen).doesNotContain(SECRET);
  }

  @Test
  void an_external_entity_in_a_sitemap_is_never_resolved() throws Exception {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY leak SYSTEM \"" + secretFileUrl() + "\">]>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example.org/&leak;</loc>"
        + "</url><url><loc>https://news.example.org/pier</loc></url></urlset>";

    String seen = outcome(() -> SitemapReader.read(SITEMAP, xml.getBytes(StandardCharsets.UTF_8), "application/xml"));

    assertThat(seen).doesNotContain(SECRET);
  }

  private static String laughs(String root) {
    StringBuilder d = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 12; i++) {
      d.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return d.append("]>").toString();
  }

  @Test
  void entity_expansion_in_a_feed_or_a_sitemap_is_refused_or_left_unexpanded() throws Exception {
    String feed = rss(laughs("rss"), "&l12;");
    String sitemap = "<?xml version=\"1.0\"?>\n" + laughs("urlset") + "<urlset xmlns=\"http://www.sitemaps.org/schemas/"
        + "sitemap/0.9\"><url><loc>https://news.example.org/&l12;</loc></url></urlset>";

    String fromFeed = outcome(() -> FeedReader.read(FEED, feed.getBytes(StandardCharsets.UTF_8), null));
    String fromSitemap = outcome(() -> SitemapReader.read(SITEMAP, sitemap.getBytes(StandardCharsets.UTF_8), null));

    assertThat(fromFeed).doesNotContain("hahahahaha");
    assertThat(fromSitemap).doesNotContain("hahahahaha");
  }

  @Test
  void a_json_feed_of_a_million_items_is_read_up_to_the_cap_and_says_how_many_it_left_out() throws Exception {
    StringBuilder json = new StringBuilder(40_000_000).append("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
    for (int i = 0; i < 1_000_000; i++) json.append(i == 0 ? "" : ",").append("{\"url\":\"https://n.example/").append(i).append("\"}");
    json.append("]}");

    Listing l = FeedReader.read(FEED, json.toString().getBytes(StandardCharsets.UTF_8), "application/feed+json");

    assertThat(l.pages()).hasSize(Listing.MAX_PAGES);
    assertThat(l.unread()).isEqualTo(1_000_000 - Listing.MAX_PAGES);
    assertThat(l.pages().get(0).url()).hasToString("https://n.example/0");
  }

  @Test
  void an_rss_feed_and_a_text_sitemap_over_the_cap_are_read_up_to_it() throws Exception {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 120_000; i++) {
      rss.append("<item><link>https://n.example/").append(i).append("</link></item>");
      text.append("https://news.example.org/").append(i).append('\n');
    }
    rss.append("</channel></rss>");

    Listing feed = FeedReader.read(FEED, rss.toString().getBytes(StandardCharsets.UTF_8), null);
    Listing sitemap = SitemapReader.read(SITEMAP, text.toString().getBytes(StandardCharsets.UTF_8), "text/plain");

    assertThat(feed.pages()).hasSize(Listing.MAX_PAGES);
    assertThat(feed.unread()).isEqualTo(120_000 - Listing.MAX_PAGES);
    assertThat(sitemap.pages()).hasSizeLessThanOrEqualTo(Listing.MAX_PAGES);
  }

  @Test
  void a_json_feed_nested_200000_deep_is_a_named_refusal() {
    String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":" + "[".repeat(200_000) + "]}";

    assertThatThrownBy(() -> FeedReader.read(FEED, json.getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(InputException.class).hasMessageStartingWith(FEED + ": not a readable JSON Feed");
  }

  @Test
  void an_xml_feed_nested_200000_deep_is_read_or_refused_by_name() {
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><description>"
        + "<b>".repeat(200_000) + "</description></item></channel></rss>";

    String seen = outcome(() -> FeedReader.read(FEED, xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(seen).isNotNull();
  }
}
