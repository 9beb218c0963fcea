package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One line of the JSON Lines contract (an article with its annotations) as the document the index holds: the same
 * fields the Lucene index fills ({@code IndexFields.of}), named alike — the text fields, the site as a key and as
 * written, the publication instant and month, the names of everyone quoted and of every entity mentioned.
 */
final class ArticleDocument {
  private ArticleDocument() {}

  /** A line that is JSON but not an article Lede can index: the reason names the field. */
  static final class NotAnArticle extends Exception {
    private static final long serialVersionUID = 1L;

    NotAnArticle(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The article's id: what {@code _id} is, so loading the same article again replaces it. */
  static String id(JsonNode line) throws NotAnArticle {
    if (!line.isObject()) throw new NotAnArticle("not a JSON object");
    String id = line.path("id").asText("");
    if (id.isBlank()) throw new NotAnArticle("no \"id\"");
    if (id.length() > 512) throw new NotAnArticle("\"id\" longer than OpenSearch's 512 bytes");
    return id;
  }

  static ObjectNode of(JsonNode line) throws NotAnArticle {
    ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
    doc.put("id", id(line));
    copyText(line, "headline", doc);
    copyText(line, "dek", doc);
    // the Lucene index's body is the article's text: paragraphs joined by blank lines
    copyText(line, "text", doc, "body");
    copyText(line, "language", doc);
    ArrayNode byline = doc.putArray("byline");
    for (JsonNode name : line.path("byline")) if (name.isTextual() && !name.asText().isBlank()) byline.add(name.asText());
    if (byline.isEmpty()) doc.remove("byline");
    JsonNode dateline = line.path("dateline");
    if (dateline.isObject() && !dateline.path("place").asText("").isBlank()) {
      String agency = dateline.path("agency").asText("");
      doc.put("dateline", dateline.path("place").asText() + (agency.isBlank() ? "" : " " + agency));
    }
    String site = line.path("site").asText("");
    if (!site.isBlank()) {
      doc.put("site", site.strip());
      doc.put("site_name", site);
    }
    String url = line.path("canonicalUrl").asText("");
    if (url.isBlank()) url = line.path("url").asText("");
    if (!url.isBlank()) doc.put("url", url);
    JsonNode published = line.path("published").path("instant");
    if (published.isTextual()) {
      try {
        Instant at = Instant.parse(published.asText());
        doc.put("published", at.toString());
        doc.put("month", YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString());
      } catch (DateTimeParseException e) {
        throw new NotAnArticle("\"published\" is not an ISO-8601 instant: " + published.asText());
      }
    }
    if (line.path("story").canConvertToLong()) doc.put("story", line.path("story").asLong());
    Set<String> speakers = new LinkedHashSet<>();
    for (JsonNode quote : line.path("quotes")) {
      JsonNode name = quote.path("speaker").path("name");
      if (name.isTextual() && !name.asText().isBlank()) speakers.add(name.asText());
    }
    if (!speakers.isEmpty()) speakers.forEach(doc.putArray("speaker")::add);
    Set<String> entities = new LinkedHashSet<>();
    for (JsonNode entity : line.path("entities")) names(entity, entities);
    if (!entities.isEmpty()) entities.forEach(doc.putArray("entity")::add);
    return doc;
  }

  /** An entity's names as {@code Entity.names()} gives them: its canonical name, then its aliases. */
  private static void names(JsonNode entity, Set<String> out) {
    String name = entity.path("name").asText("");
    if (!name.isBlank()) out.add(name);
    for (JsonNode alias : entity.path("aliases")) if (alias.isTextual() && !alias.asText().isBlank()) out.add(alias.asText());
  }

  private static void copyText(JsonNode line, String field, ObjectNode doc) {
    copyText(line, field, doc, field);
  }

  private static void copyText(JsonNode line, String field, ObjectNode doc, String as) {
    JsonNode v = line.path(field);
    if (v.isTextual() && !v.asText().isBlank()) doc.put(as, v.asText());
  }
}
