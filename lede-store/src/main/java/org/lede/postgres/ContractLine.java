package org.lede.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.json.ArticleJson;

/**
 * One line of the JSON Lines contract, checked and taken apart into the columns {@code articles} keeps. Everything
 * the load's SQL reads from the line (quotes and entity mentions) is checked here too, so that SQL cannot fail on a
 * line and take its part file down with it.
 *
 * @param id          the article's id
 * @param url         where it was published, or null
 * @param canonicalUrl its canonical URL, or null
 * @param site        the site's name, or null
 * @param language    the language the page states, or null
 * @param headline    the headline, or null
 * @param byline      the names in the byline (empty when none)
 * @param published   when it was published, or null (also when outside PostgreSQL's range; the line keeps it)
 * @param updated     when it was last updated, or null (as {@code published})
 * @param storyId     the id of its story, or null
 * @param duplicateOf the id of the article whose text it copies, or null
 * @param json        the line itself
 */
record ContractLine(String id, String url, String canonicalUrl, String site, String language, String headline,
    List<String> byline, Instant published, Instant updated, String storyId, String duplicateOf, String json) {
  private static final ObjectReader READER =
      ArticleJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** timestamptz holds 4713 BC to 294276 AD; a date outside it (always a misreading) leaves the column empty. */
  private static final Instant EARLIEST = Instant.parse("-4712-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("+294275-12-31T00:00:00Z");

  /** Why a line was refused; the message is the reason, for the report. */
  static final class Refused extends Exception {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Reads a line of the contract.
   *
   * @throws Refused saying why the line cannot be loaded: not JSON, no id, a field of the wrong type, a character
   *                 PostgreSQL cannot store
   */
  static ContractLine read(String line) throws Refused {
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Refused("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) throw new Refused("not a JSON object");
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) throw new Refused("no \"id\"");
    if (mayHoldUnstorable(line)) unstorable(node, "");
    checkAnnotations(node);
    return new ContractLine(id.asText(), text(node, "url"), text(node, "canonicalUrl"), text(node, "site"),
        text(node, "language"), text(node, "headline"), names(node, "byline"), time(node, "published"),
        time(node, "updated"), storyId(node), text(node, "duplicateOf"), line);
  }

  private static String text(JsonNode node, String field) throws Refused {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new Refused("\"" + field + "\" is not a string");
    return v.asText();
  }

  private static List<String> names(JsonNode node, String field) throws Refused {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) throw new Refused("\"" + field + "\" is not a list");
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode name : v) {
      if (!name.isTextual()) throw new Refused("\"" + field + "\" holds something other than names");
      out.add(name.asText());
    }
    return out;
  }

  private static Instant time(JsonNode node, String field) throws Refused {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    JsonNode instant = v.get("instant");
    if (!v.isObject() || instant == null || !instant.isTextual()) throw new Refused("\"" + field + "\" has no \"instant\"");
    Instant t;
    try {
      t = Instant.parse(instant.asText());
    } catch (DateTimeException e) {
      throw new Refused("\"" + field + "\" is not an ISO-8601 instant: " + instant.asText());
    }
    return t.isBefore(EARLIEST) || t.isAfter(LATEST) ? null : t;
  }

  private static String storyId(JsonNode node) throws Refused {
    JsonNode story = node.get("story");
    if (story == null || story.isNull()) return null;
    if (!story.isObject()) throw new Refused("\"story\" is not an object");
    JsonNode id = story.get("id");
    if (id == null || id.isNull()) return null;
    // lede export writes a story's id as a number; the column keeps any id as text
    if (!id.isTextual() && !id.isIntegralNumber()) throw new Refused("the story's \"id\" is neither a number nor a string");
    return id.asText();
  }

  /** Checks what {@code articles}' SQL reads from quotes and entities: lists of objects, offsets as ints. */
  private static void checkAnnotations(JsonNode node) throws Refused {
    for (JsonNode quote : objects(node, "quotes")) {
      if (!quote.path("text").isTextual()) throw new Refused("a quote has no \"text\"");
      offsets(quote, "a quote");
      if (quote.has("kind") && !quote.get("kind").isNull()) text(quote, "kind");
      JsonNode cue = quote.get("cue");
      if (cue != null && !cue.isNull()) text(cue, "text");
      JsonNode speaker = quote.get("speaker");
      if (speaker != null && !speaker.isNull()) {
        text(speaker, "name");
        text(speaker, "kind");
      }
    }
    for (JsonNode entity : objects(node, "entities")) {
      if (!entity.path("name").isTextual() || !entity.path("type").isTextual()) {
        throw new Refused("an entity has no \"name\" or \"type\"");
      }
      text(entity, "id");
      for (JsonNode mention : objects(entity, "mentions")) {
        if (!mention.path("text").isTextual()) throw new Refused("a mention has no \"text\"");
        offsets(mention, "a mention");
      }
    }
  }

  private static List<JsonNode> objects(JsonNode node, String field) throws Refused {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) throw new Refused("\"" + field + "\" is not a list");
    List<JsonNode> out = new ArrayList<>(v.size());
    for (JsonNode item : v) {
      if (!item.isObject()) throw new Refused("\"" + field + "\" holds something other than objects");
      out.add(item);
    }
    return out;
  }

  private static void offsets(JsonNode node, String what) throws Refused {
    for (String field : List.of("start", "end")) {
      JsonNode v = node.get(field);
      if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) throw new Refused(what + " has no \"" + field + "\" offset");
    }
  }

  /** Only an escaped NUL or surrogate can make a string PostgreSQL refuses; most lines have neither. */
  private static boolean mayHoldUnstorable(String line) {
    return line.contains("\\u0000") || line.contains("\\ud") || line.contains("\\uD");
  }

  /** jsonb cannot hold U+0000 nor half a surrogate pair (which JSON's escapes can write). */
  private static void unstorable(JsonNode node, String path) throws Refused {
    if (node.isTextual()) {
      check(node.asText(), path);
    } else if (node.isObject()) {
      for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
        check(field.getKey(), path + "/" + field.getKey());
        unstorable(field.getValue(), path + "/" + field.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) unstorable(node.get(i), path + "/" + i);
    }
  }

  private static void check(String s, String path) throws Refused {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) throw new Refused("the character U+0000 at " + path + ", which PostgreSQL cannot store");
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        throw new Refused("half a surrogate pair at " + path + ", which PostgreSQL cannot store");
      }
    }
  }
}
