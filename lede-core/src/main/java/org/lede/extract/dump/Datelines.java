package org.lede.extract.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.article.Dateline;

/**
 * Finds the dateline that opens a story's first paragraph ("WASHINGTON:", "TOKYO —", "KYIV, Ukraine (AP) —",
 * "LONDON, March 10 (Reuters) -", "(Reuters) -") and the paragraph that remains once it is set apart.
 */
final class Datelines {
  /** A dateline found: what it says and the paragraph after it. */
  record Found(Dateline dateline, String rest) {}

  private static final String DASH = "(?:—|–|--|-|:)";

  /** A place in capitals, then an optional region or date, an optional agency, then a colon or dash. */
  private static final Pattern CAPS = Pattern.compile(
      "(\\p{Lu}[\\p{Lu}.'’\\-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]*){0,3})"
          + "(?:\\s*,\\s*(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+[\\p{L}\\d.'’\\-]+){0,3}))?"
          + "\\s*(?:\\(([^()]{1,40})\\))?\\s*" + DASH + "\\s+(?=\\S)");

  /** A place in any case, optional region or date, and an agency, then a dash: "Kyiv, Ukraine (AP) —". */
  private static final Pattern AGENCY = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})"
          + "(?:\\s*,\\s*(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+[\\p{L}\\d.'’\\-]+){0,3}))?"
          + "\\s*\\(([^()]{1,40})\\)\\s*(?:—|–|--|-)\\s+(?=\\S)");

  /** An agency alone: "(Reuters) -". */
  private static final Pattern AGENCY_ONLY = Pattern.compile("\\(([\\p{L}][^()]{0,39})\\)\\s*(?:—|–|--|-)\\s+(?=\\S)");

  private static final Pattern MONTH = Pattern.compile(
      "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2})?(?:\\s*,?\\s*\\d{4})?");

  /** Datelines sit in the first few words: longer prefixes are not looked at. */
  private static final int PREFIX = 120;

  private Datelines() {}

  /** Returns whether {@code paragraph} opens with a dateline. */
  static boolean starts(String paragraph) {
    return find(paragraph) != null;
  }

  /** Returns the dateline opening {@code paragraph}, or null. */
  static Found find(String paragraph) {
    String head = paragraph.length() > PREFIX ? paragraph.substring(0, PREFIX) : paragraph;
    Matcher m = CAPS.matcher(head);
    if (m.lookingAt() && letters(m.group(1)) >= 2) return found(paragraph, m, m.group(1), m.group(2), m.group(3));
    m = AGENCY.matcher(head);
    if (m.lookingAt()) return found(paragraph, m, m.group(1), m.group(2), m.group(3));
    m = AGENCY_ONLY.matcher(head);
    if (m.lookingAt()) return found(paragraph, m, "", null, m.group(1));
    return null;
  }

  private static Found found(String paragraph, Matcher m, String place, String region, String agency) {
    String fullPlace = region == null || MONTH.matcher(region).matches() ? place : place + ", " + region;
    String raw = LineShapes.strip(paragraph.substring(0, m.end()));
    Dateline dateline = new Dateline(fullPlace, agency == null ? null : LineShapes.strip(agency), raw);
    return new Found(dateline, paragraph.substring(m.end()));
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) n++;
    }
    return n;
  }
}
