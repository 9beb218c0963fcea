package org.lede.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field that holds a comma, a double quote,
 * CR or LF (or starts or ends with a space) enclosed in double quotes, its own quotes doubled.
 *
 * <p>Article text is untrusted, and a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a CR as a
 * formula ("=HYPERLINK(…)"): such a field, unless it is a plain number, is written with a leading apostrophe, which
 * spreadsheets show as text and do not display.
 */
public final class Csv {
  /** A plain number, which no spreadsheet runs as a formula. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

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
    if (formula(value)) value = "'" + value;
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  private static boolean formula(String v) {
    char c = v.charAt(0);
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
    return !NUMBER.matcher(v).matches();
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
