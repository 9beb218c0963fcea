package org.lede.extract.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.json.ArticleJson;
import org.lede.source.InputException;

/**
 * Reads RFC 4180 CSV whose first row names the columns, one article a row: quoted fields may hold commas, doubled
 * quotes and line breaks. Columns are mapped by name, any case ({@link #FIELDS}); others are ignored.
 */
final class CsvRecords {
  /** Header names (lower case, letters and digits only) and the contract field each fills. */
  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("id", "id"),
      Map.entry("headline", "headline"), Map.entry("title", "headline"),
      Map.entry("text", "text"), Map.entry("body", "text"), Map.entry("content", "text"),
      Map.entry("maintext", "text"), Map.entry("articletext", "text"),
      Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("canonicalurl", "canonicalUrl"),
      Map.entry("site", "site"), Map.entry("source", "site"), Map.entry("publisher", "site"),
      Map.entry("sourcedomain", "site"), Map.entry("outlet", "site"),
      Map.entry("published", "published"), Map.entry("date", "published"), Map.entry("publishedat", "published"),
      Map.entry("datepublish", "published"), Map.entry("pubdate", "published"),
      Map.entry("updated", "updated"), Map.entry("datemodify", "updated"),
      Map.entry("byline", "byline"), Map.entry("author", "byline"), Map.entry("authors", "byline"),
      Map.entry("dek", "dek"), Map.entry("description", "dek"), Map.entry("summary", "dek"),
      Map.entry("language", "language"), Map.entry("lang", "language"));

  private CsvRecords() {}

  static void read(String file, LineSource lines, Instant modified, RecordVisitor visitor)
      throws IOException, InputException {
    Row header = row(lines);
    while (header != null && header.fields().size() == 1 && header.fields().get(0).isBlank()) header = row(lines);
    if (header == null) throw new InputException(file, "holds no record");
    if (header.problem() != null) throw new InputException(file + ":" + header.line(), header.problem());
    String[] targets = targets(file, header.fields());
    for (Row r = row(lines); r != null; r = row(lines)) {
      String where = file + ":" + r.line();
      if (r.problem() != null) {
        visitor.problem(new InputException(where, r.problem()));
      } else if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
        continue;
      } else if (r.fields().size() != targets.length) {
        visitor.problem(new InputException(where, "has " + r.fields().size() + " fields; the header has " + targets.length));
      } else {
        visitor.record(RecordFiles.document(file, r.line(), json(targets, r.fields()), modified));
      }
    }
  }

  /** The contract field each column fills, null for a column Lede does not use. */
  private static String[] targets(String file, List<String> header) throws InputException {
    String[] targets = new String[header.size()];
    boolean content = false;
    for (int i = 0; i < targets.length; i++) {
      String key = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      String field = FIELDS.get(key);
      if (field != null && java.util.Arrays.asList(targets).contains(field)) field = null; // the first column of a kind wins
      targets[i] = field;
      content |= "headline".equals(field) || "text".equals(field);
    }
    if (!content) {
      throw new InputException(file, "the header names no headline column (headline, title) and no text column "
          + "(text, body, content): " + String.join(", ", header));
    }
    return targets;
  }

  private static byte[] json(String[] targets, List<String> fields) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < targets.length; i++) {
      String v = fields.get(i);
      if (targets[i] == null || v.isBlank()) continue;
      if (targets[i].equals("byline")) {
        ArrayNode names = n.putArray("byline");
        for (String name : v.split("[;|]")) if (!name.isBlank()) names.add(name.strip());
      } else {
        n.put(targets[i], targets[i].equals("text") ? v : v.strip());
      }
    }
    try {
      return ArticleJson.mapper().writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a CSV row could not be written as JSON", e);
    }
  }

  /** One CSV record: its fields, the line it starts on, and what was wrong with it, if anything. */
  record Row(long line, List<String> fields, String problem) {}

  /** Reads the next record, joining lines while a quoted field is open; null at the end. */
  static Row row(LineSource lines) throws IOException {
    LineSource.Line first = lines.next();
    if (first == null) return null;
    long start = first.number();
    if (first.tooLong()) return new Row(start, List.of(), "line too long: over the record size limit");
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    String text = first.text();
    while (true) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else quoted = false;
          } else field.append(c);
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (wasQuoted) {
          return new Row(start, List.of(), "text after a closing quote in field " + (fields.size() + 1));
        } else field.append(c);
      }
      if (!quoted) break;
      LineSource.Line more = lines.next();
      if (more == null) return new Row(start, List.of(), "a quoted field is never closed");
      if (more.tooLong()) return new Row(start, List.of(), "record too long: over the record size limit");
      field.append('\n');
      text = more.text();
      if (field.length() + text.length() > lines.cap()) {
        return new Row(start, List.of(), "record too long: over the record size limit");
      }
    }
    fields.add(field.toString());
    return new Row(start, fields, null);
  }
}
