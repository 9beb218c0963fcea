package org.lede.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an image caption from the credit printed with it: "Jane Doe/Reuters" after "Photo:", a closing
 * "(AFP)", "© dpa", "Credit: ...".
 */
final class Captions {
  private static final Pattern CREDIT_SEPARATOR = Pattern.compile("[\\s/]+");
  private static final Pattern CREDIT_ENDS = Pattern.compile("^[©:\\s]+|[\\s.;,]+$");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|/(\\[\u2013\u2014-]+$");

  private static final String LABEL =
      "(?:photos?|photograph|pictures?|images?|credits?|copyright|source|foto(?:s|grafie|graf)?|bild(?:er)?"
          + "|quelle|crédit|photo\\s*credit|fotografía|illustration|grafik)";
  private static final Pattern LABELLED = Pattern.compile(
      "(?i)(?:^|(?<=[\\s.,;|(\\[]))\\s*(?:" + LABEL + "\\s*[:©]|©)\\s*(.{2,120}?)[)\\]]?\\s*$");
  private static final Pattern PARENTHESISED = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{2,60})[)\\]]\\s*$");

  /** Credits that say where a picture came from rather than who took it: "Courtesy of …", "Handout". */
  private static final Pattern COURTESY = Pattern.compile("(?i)\\s*(?:courtesy\\b|handout\\b|supplied\\b|via\\s)");
  private static final Pattern LEADING_LABEL = Pattern.compile("(?i)^" + LABEL + "\\s*[:©]\\s*");

  private Captions() {}

  /** A caption and its credit, either null when absent. */
  record Split(String caption, String credit) {}

  static Split split(String text) {
    String t = Texts.clean(text);
    if (t.isEmpty()) return new Split(null, null);
    // A labelled credit has a colon or a copyright sign; most captions have neither.
    Matcher m = t.indexOf(':') >= 0 || t.indexOf('\u00a9') >= 0 ? LABELLED.matcher(t) : null;
    if (m != null && m.find()) return new Split(emptyToNull(trimEnd(t.substring(0, m.start()))), clean(m.group(1)));
    char last = t.charAt(t.length() - 1);
    m = last == ')' || last == ']' ? PARENTHESISED.matcher(t) : null;
    if (m != null && m.find() && looksLikeCredit(m.group(1))) {
      return new Split(emptyToNull(trimEnd(t.substring(0, m.start()))), clean(m.group(1)));
    }
    return new Split(t, null);
  }

  /** Agencies and photographers: short, capitalised words, often joined by a slash ("File/AFP"). */
  private static boolean looksLikeCredit(String s) {
    String[] words = CREDIT_SEPARATOR.split(s.strip());
    if (COURTESY.matcher(s).lookingAt()) return true;
    if (words.length > 5) return false;
    if (s.contains("/")) return true;
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    }
    return words.length <= 3;
  }

  static String clean(String credit) {
    String c = LEADING_LABEL.matcher(Texts.clean(credit)).replaceFirst("");
    c = CREDIT_ENDS.matcher(c).replaceAll("");
    return c.isEmpty() ? null : c;
  }

  private static String trimEnd(String s) {
    return TRAILING_SEPARATORS.matcher(s).replaceAll("").strip();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
