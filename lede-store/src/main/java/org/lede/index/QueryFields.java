package org.lede.index;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields a reader's query may name, read the same way whichever index answers it (Lucene or OpenSearch). */
public final class QueryFields {
  /** The fields a query may name; anything else before a colon is a word ("Note: update"). */
  static final Set<String> SEARCHABLE = Set.of(
      IndexFields.HEADLINE, IndexFields.DEK, IndexFields.BODY, IndexFields.BYLINE, IndexFields.DATELINE, IndexFields.SITE,
      IndexFields.SPEAKER, IndexFields.ENTITY, IndexFields.COLLECTION);
  private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\w]+):");

  private QueryFields() {}

  /** "Note: update" is a word followed by a colon, not a search of a field named "note": its colon is escaped. */
  public static String escapeUnknownFields(String text) {
    Matcher m = FIELD_PREFIX.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String field = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(SEARCHABLE.contains(field) ? field + ":" : field + "\\:"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
