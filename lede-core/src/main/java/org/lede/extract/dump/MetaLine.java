package org.lede.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of page metadata: stated times, bylines and header furniture, alone or several joined by separators
 * ("By Jane Roe | Published 10 March 2022 · 4 min read").
 *
 * @param times  the times it states, in order
 * @param names  the byline names it gives
 * @param byline whether it holds a byline (possibly of an outlet only, so with no names)
 */
record MetaLine(List<TimeLines.Stated> times, List<String> names, boolean byline) {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[|·•]\\s*|\\s+[-–—]\\s+");

  /** The most pieces tried as one, so that "10 March 2022 - 5:41 PM" is one time, not a date and a stray clock. */
  private static final int MAX_JOIN = 3;

  /** Returns the metadata {@code line} holds, or null unless every piece of it is metadata or furniture. */
  static MetaLine read(String line) {
    if (line.length() > 200 || !maybeMeta(line)) return null;
    List<int[]> spans = new ArrayList<>();
    Matcher m = SEPARATORS.matcher(line);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) spans.add(new int[] {start, m.start()});
      start = m.end();
    }
    if (start < line.length()) spans.add(new int[] {start, line.length()});
    List<TimeLines.Stated> times = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean byline = false;
    int i = 0;
    while (i < spans.size()) {
      int next = readTime(line, spans, i, times);
      if (next < 0) {
        String piece = line.substring(spans.get(i)[0], spans.get(i)[1]);
        Bylines.Byline by = Bylines.recognise(piece);
        if (by != null) {
          names.addAll(by.names());
          byline = true;
        } else if (spans.size() == 1 || !PageClutter.header(piece)) {
          return null;
        }
        next = i + 1;
      }
      i = next;
    }
    return times.isEmpty() && !byline ? null : new MetaLine(List.copyOf(times), List.copyOf(names), byline);
  }

  /**
   * Returns whether {@code line} could hold a time or a byline: a digit, a relative word or a byline's first
   * word. Most body lines fail this cheap test and skip the patterns.
   */
  private static boolean maybeMeta(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) return true;
    }
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("by ") || lower.contains("ago") || lower.contains("now") || lower.contains("yesterday")
        || lower.contains("today") || lower.contains("author");
  }

  /** Reads the longest run of pieces from {@code i} that is one time; returns the piece after it, or -1. */
  private static int readTime(String line, List<int[]> spans, int i, List<TimeLines.Stated> times) {
    for (int j = Math.min(spans.size(), i + MAX_JOIN) - 1; j >= i; j--) {
      TimeLines.Stated time = TimeLines.recognise(line.substring(spans.get(i)[0], spans.get(j)[1]));
      if (time != null) {
        times.add(time);
        return j + 1;
      }
    }
    return -1;
  }
}
