package org.lede.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field that holds a comma, a double quote,
 * CR or LF (or starts or ends with a space) enclosed in double quotes, its own quotes doubled.
 */
public final class Csv {
  private Csv() {}

  /** Writes one record of {@code fields} (null as empty), ended by CRLF. */
  public static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) out.write(',');
      field(out, fields.get(i));
    }
    out.write("\r\n");
  }

  static void field(Writer out, String value) throws IOException {
    if (value == null || value.isEmpty()) return;
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  private static boolean needsQuotes(String v) {
    if (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ') return true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
    }
    return false;
  }
}
