package org.lede.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.source.InputException;

/** Reads JSON Feed 1.0 and 1.1 (jsonfeed.org). Stateless and thread-safe. */
final class JsonFeedReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFeedReader() {}

  static Listing read(URI url, byte[] content) throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (IOException e) {
      throw new InputException(url.toString(), "not a readable JSON Feed: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (root == null || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
      throw new InputException(url.toString(), "JSON that is not a JSON Feed (no jsonfeed.org version)");
    }
    Map<String, ListedPage> pages = new LinkedHashMap<>();
    long unread = 0;
    for (JsonNode item : root.path("items")) {
      URI link = Links.resolve(url, text(item, "url"));
      if (link == null) link = Links.resolve(url, text(item, "external_url"));
      String id = text(item, "id");
      // An id is opaque; only an absolute URL in it is an address.
      if (link == null && id != null && id.startsWith("http")) link = Links.resolve(url, id);
      if (link == null) continue;
      List<Enclosure> enclosures = new ArrayList<>();
      for (JsonNode a : item.path("attachments")) {
        URI u = Links.resolve(url, text(a, "url"));
        if (u != null) enclosures.add(new Enclosure(u, text(a, "mime_type"), a.path("size_in_bytes").asLong(-1)));
      }
      for (String image : List.of("image", "banner_image")) {
        URI u = Links.resolve(url, text(item, image));
        if (u != null) enclosures.add(new Enclosure(u, "image", -1));
      }
      if (!Listing.add(pages, new ListedPage(link, FeedReader.trim(text(item, "title")),
          date(text(item, "date_published")), date(text(item, "date_modified")), enclosures, url))) unread++;
    }
    return new Listing(FeedReader.trim(text(root, "title")), List.copyOf(pages.values()), List.of(), unread);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static Instant date(String rfc3339) {
    if (rfc3339 == null) return null;
    try {
      return OffsetDateTime.parse(rfc3339.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
