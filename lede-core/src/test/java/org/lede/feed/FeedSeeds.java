package org.lede.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jsoup.nodes.Entities;

/** Writes feeds and sitemaps around headline records ({@code url}, {@code headline}, {@code published}), as seeds. */
final class FeedSeeds {
  private FeedSeeds() {}

  static String rss(List<JsonNode> items) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" "
        + "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>Desk</title>");
    for (JsonNode i : items) {
      s.append("<item><title>").append(esc(i.path("headline").asText())).append("</title><link>")
          .append(esc(i.path("url").asText())).append("</link><pubDate>Mon, 31 Mar 2014 10:00:00 GMT</pubDate>")
          .append("<media:content url=\"").append(esc(i.path("url").asText())).append(".jpg\" type=\"image/jpeg\"/>")
          .append("</item>");
    }
    return s.append("</channel></rss>").toString();
  }

  static String atom(List<JsonNode> items) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title>");
    for (JsonNode i : items) {
      s.append("<entry><title>").append(esc(i.path("headline").asText())).append("</title><link href=\"")
          .append(esc(i.path("url").asText())).append("\"/><updated>").append(i.path("published").asText())
          .append("</updated></entry>");
    }
    return s.append("</feed>").toString();
  }

  static String jsonFeed(List<JsonNode> items) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode feed = json.createObjectNode().put("version", "https://jsonfeed.org/version/1.1").put("title", "Desk");
    ArrayNode list = feed.putArray("items");
    for (JsonNode i : items) {
      list.addObject().put("id", i.path("id").asText()).put("url", i.path("url").asText())
          .put("title", i.path("headline").asText()).put("date_published", i.path("published").asText());
    }
    return feed.toString();
  }

  static String sitemap(List<JsonNode> items) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    for (JsonNode i : items) {
      s.append("<url><loc>").append(esc(i.path("url").asText())).append("</loc><news:news><news:publication>")
          .append("<news:name>").append(esc(i.path("site").asText())).append("</news:name><news:language>en")
          .append("</news:language></news:publication><news:publication_date>").append(i.path("published").asText())
          .append("</news:publication_date><news:title>").append(esc(i.path("headline").asText()))
          .append("</news:title></news:news></url>");
    }
    return s.append("</urlset>").toString();
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}
