package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lede.source.InputException;

class FeedReaderTest {
  private static final URI FEED = URI.create("https://news.example.org/feeds/world.xml");

  private static Listing read(String xml) throws InputException {
    return FeedReader.read(FEED, xml.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void rss_2_items_keep_their_links_titles_dates_enclosures_and_media_content() throws Exception {
    Listing l = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
          <channel><title>World news</title><link>https://news.example.org/</link>
            <item>
              <title>Ferry service returns to Marrow Island</title>
              <link>/world/ferry-returns</link>
              <pubDate>Tue, 03 Mar 2026 09:15:00 GMT</pubDate>
              <enclosure url="https://cdn.example.org/ferry.mp3" type="audio/mpeg" length="12345"/>
              <media:content url="https://cdn.example.org/ferry.jpg" type="image/jpeg" fileSize="999"/>
              <media:group><media:content url="https://cdn.example.org/ferry-wide.jpg" medium="image"/></media:group>
            </item>
            <item><title>No link here</title><description>dropped</description></item>
            <item><title>Mail link</title><link>mailto:desk@example.org</link></item>
          </channel>
        </rss>
        """);
    assertThat(l.title()).isEqualTo("World news");
    assertThat(l.pages()).hasSize(1);
    ListedPage p = l.pages().getFirst();
    assertThat(p.url()).hasToString("https://news.example.org/world/ferry-returns");
    assertThat(p.title()).isEqualTo("Ferry service returns to Marrow Island");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-03-03T09:15:00Z"));
    assertThat(p.listing()).isEqualTo(FEED);
    assertThat(p.enclosures()).extracting(e -> e.url().toString(), Enclosure::type, Enclosure::length).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://cdn.example.org/ferry.mp3", "audio/mpeg", 12345L),
        org.assertj.core.groups.Tuple.tuple("https://cdn.example.org/ferry.jpg", "image/jpeg", 999L),
        org.assertj.core.groups.Tuple.tuple("https://cdn.example.org/ferry-wide.jpg", "image", -1L));
  }

  @Test
  void rss_1_rdf_items_take_their_date_from_dublin_core() throws Exception {
    Listing l = read("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://news.example.org/"><title>RDF desk</title><link>https://news.example.org/</link>
            <description>d</description></channel>
          <item rdf:about="https://news.example.org/a1"><title>Bridge opens</title>
            <link>https://news.example.org/a1</link><dc:date>2026-02-01T08:00:00Z</dc:date></item>
        </rdf:RDF>
        """);
    assertThat(l.pages()).singleElement().satisfies(p -> {
      assertThat(p.url()).hasToString("https://news.example.org/a1");
      assertThat(p.published()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
    });
  }

  @Test
  void rss_0_91_with_the_netscape_doctype_is_read_without_resolving_it() throws Exception {
    Listing l = read("""
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old desk</title><link>https://news.example.org/</link>
          <description>d</description><language>en</language>
          <item><title>Harbour reopens</title><link>https://news.example.org/harbour</link></item>
        </channel></rss>
        """);
    assertThat(l.pages()).extracting(p -> p.url().toString()).containsExactly("https://news.example.org/harbour");
  }

  @Test
  void atom_entries_keep_published_updated_and_enclosure_links() throws Exception {
    Listing l = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:x</id>
          <updated>2026-03-03T12:00:00Z</updated>
          <entry><title>Council votes on pier</title><id>urn:e1</id>
            <link rel="alternate" href="https://news.example.org/pier"/>
            <link rel="enclosure" href="https://cdn.example.org/pier.jpg" type="image/jpeg" length="10"/>
            <published>2026-03-02T10:00:00+01:00</published><updated>2026-03-03T11:00:00Z</updated></entry>
        </feed>
        """);
    ListedPage p = l.pages().getFirst();
    assertThat(p.url()).hasToString("https://news.example.org/pier");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(p.updated()).isEqualTo(Instant.parse("2026-03-03T11:00:00Z"));
    assertThat(p.enclosures()).extracting(e -> e.url().toString()).containsExactly("https://cdn.example.org/pier.jpg");
  }

  @Test
  void json_feed_items_keep_dates_and_attachments() throws Exception {
    Listing l = read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "JSON desk",
         "items": [
           {"id": "1", "url": "https://news.example.org/j1", "title": "Storm passes",
            "date_published": "2026-03-01T07:30:00-05:00",
            "attachments": [{"url": "https://cdn.example.org/storm.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 42}]},
           {"id": "https://news.example.org/j2", "title": "Id is the link"},
           {"id": "3", "title": "No link at all"}
         ]}
        """);
    assertThat(l.title()).isEqualTo("JSON desk");
    assertThat(l.pages()).extracting(p -> p.url().toString())
        .containsExactly("https://news.example.org/j1", "https://news.example.org/j2");
    assertThat(l.pages().getFirst().published()).isEqualTo(Instant.parse("2026-03-01T12:30:00Z"));
    assertThat(l.pages().getFirst().enclosures()).singleElement()
        .satisfies(e -> assertThat(e.length()).isEqualTo(42));
  }

  @Test
  void a_page_that_is_not_a_feed_is_a_named_input_error() {
    assertThatThrownBy(() -> read("<html><body>hello</body></html>"))
        .isInstanceOf(InputException.class).hasMessageStartingWith(FEED + ": not a readable feed");
    assertThatThrownBy(() -> read("{\"hello\": 1}"))
        .isInstanceOf(InputException.class).hasMessageContaining("not a JSON Feed");
  }

  @Test
  void an_entity_expansion_doctype_is_never_expanded() throws Exception {
    Listing l = read("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><link>https://news.example.org/</link><description>d</description>
          <item><title>safe</title><link>https://news.example.org/safe</link></item></channel></rss>
        """);
    assertThat(l.pages()).extracting(ListedPage::title).containsExactly("safe");
  }
}
