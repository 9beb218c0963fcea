package org.lede.extract.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;

/**
 * Reads one article from a JSON object in Lede's contract (at least {@code headline} or {@code text}) or in
 * news-please's shape ({@code title}, {@code maintext}, {@code date_publish}, {@code source_domain}, ...).
 * A record's {@code id} is kept; without one, the id comes from its URL, else from where the record stood.
 *
 * <p>Thread-safe (stateless).
 */
public final class ArticleRecord {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  private ArticleRecord() {}

  /**
   * Returns the article {@code record} describes.
   *
   * @param input where the record stood ("feed.jsonl:12"), used for its id when it has neither id nor URL
   * @throws IllegalArgumentException with a reason a user can act on when the record is not an article
   */
  public static Article read(JsonNode record, String input) {
    if (record == null || !record.isObject()) {
      throw new IllegalArgumentException("not a JSON object" + (record == null ? "" : " (" + kind(record) + ")"));
    }
    ObjectNode node = isNewsPlease(record) ? fromNewsPlease(record) : ((ObjectNode) record).deepCopy();
    String headline = text(node, "headline");
    List<String> paragraphs = paragraphs(node);
    if (blank(headline) && paragraphs.isEmpty()) {
      throw new IllegalArgumentException("has neither a headline nor any text");
    }
    // Given paragraphs come with the text they make (kept, so an export reads back the same); a text alone is
    // split into paragraphs and rejoined, so offsets into it mean what the contract says.
    boolean givenParagraphs = node.path("paragraphs").isArray() && !node.get("paragraphs").isEmpty();
    if (!givenParagraphs || blank(text(node, "text"))) node.remove("text");
    node.set("paragraphs", strings(paragraphs));
    node.set("published", time(node.get("published"), "published"));
    node.set("updated", time(node.get("updated"), "updated"));
    if (node.path("byline").isTextual()) node.set("byline", strings(List.of(node.get("byline").asText())));
    Article a;
    try {
      a = ArticleJson.mapper().treeToValue(node, Article.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("does not fit the article contract: " + firstLine(e.getMessage()), e);
    }
    if (!blank(a.id()) && a.input() != null) return a;
    String url = !blank(a.canonicalUrl()) ? a.canonicalUrl() : a.url();
    // the record constructor, not the builder: a text given beside its paragraphs is kept as it is
    return new Article(!blank(a.id()) ? a.id() : ArticleIds.of(blank(url) ? null : url, input, 0),
        a.input() != null ? a.input() : input, a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(),
        a.dek(), a.keyPoints(), a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(),
        a.paragraphs(), a.text());
  }

  /** news-please writes {@code maintext} and {@code title}; Lede's contract writes neither. */
  static boolean isNewsPlease(JsonNode record) {
    return record.has("maintext") || record.has("date_publish") || record.has("source_domain")
        || (record.has("title") && !record.has("headline"));
  }

  private static ObjectNode fromNewsPlease(JsonNode r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    copy(r, "title", n, "headline");
    copy(r, "maintext", n, "text");
    copy(r, "description", n, "dek");
    copy(r, "url", n, "url");
    copy(r, "source_domain", n, "site");
    copy(r, "language", n, "language");
    copy(r, "date_publish", n, "published");
    copy(r, "date_modify", n, "updated");
    copy(r, "authors", n, "byline");
    copy(r, "id", n, "id");
    return n;
  }

  private static void copy(JsonNode from, String field, ObjectNode to, String as) {
    JsonNode v = from.get(field);
    if (v != null && !v.isNull()) to.set(as, v);
  }

  /** The record's paragraphs, else its text split at line breaks (news-please writes one paragraph a line). */
  private static List<String> paragraphs(ObjectNode node) {
    List<String> out = new ArrayList<>();
    JsonNode ps = node.get("paragraphs");
    if (ps != null && ps.isArray() && !ps.isEmpty()) {
      for (JsonNode p : ps) {
        if (!p.isTextual()) throw new IllegalArgumentException("\"paragraphs\" must hold strings, found " + kind(p));
        if (!p.asText().isBlank()) out.add(p.asText());
      }
      return out;
    }
    String text = text(node, "text");
    if (blank(text)) return out;
    for (String line : LINE_BREAKS.split(text.strip())) {
      if (!line.isBlank()) out.add(line);
    }
    return out;
  }

  /**
   * A time as the contract writes it ({@code {instant, precision, raw}}) or as a string: an ISO-8601 instant,
   * offset date-time, local date-time (read as UTC) or date.
   */
  private static JsonNode time(JsonNode v, String field) {
    if (v == null || v.isNull()) return null;
    if (v.isObject()) return v;
    if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is " + kind(v) + ", not a time");
    String raw = v.asText().strip();
    if (raw.isEmpty()) return null;
    StatedTime t = parseTime(raw);
    if (t == null) throw new IllegalArgumentException("\"" + field + "\" is not a time Lede can read: \"" + raw + "\"");
    return ArticleJson.mapper().valueToTree(t);
  }

  /** Returns the time {@code raw} states, or null. */
  static StatedTime parseTime(String raw) {
    String s = raw.strip();
    try {
      if (s.length() == 10) {
        return new StatedTime(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC), StatedTime.Precision.DAY, raw);
      }
      String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      Instant instant;
      if (iso.endsWith("Z") || iso.endsWith("z")) instant = Instant.parse(iso.toUpperCase(java.util.Locale.ROOT));
      else if (iso.length() > 19 && (iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10)) {
        instant = OffsetDateTime.parse(iso).toInstant();
      } else instant = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      StatedTime.Precision p = iso.length() >= 19 ? StatedTime.Precision.SECOND : StatedTime.Precision.MINUTE;
      return new StatedTime(instant, p, raw);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is " + kind(v) + ", not a string");
    return v.asText();
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING -> "a string";
      default -> "null";
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstLine(String message) {
    if (message == null) return "unreadable";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
