package org.lede.extract.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells what one line of a dump is on its own: blank, furniture, metadata, a caption, a bullet or text. */
final class LineClassifier {
  private static final Pattern URL = Pattern.compile(
      "(?i)(?:(?:url|source|link|permalink|canonical|original)\\s*:\\s*)?((?:https?://|www\\.)\\S+)");
  private static final Pattern BULLET = Pattern.compile("[•●▪◦‣∙·*–—-]\\s+\\S.*");

  /** Metadata lines are short; longer ones are never checked for it. */
  private static final int MAX_META_WORDS = 25;

  private LineClassifier() {}

  /** Returns {@code raw} stripped and classified. */
  static DumpLine classify(String raw) {
    String text = LineShapes.strip(raw);
    return new DumpLine(text, kind(text));
  }

  /** Returns the URL a {@link LineKind#URL} line gives. */
  static String url(String line) {
    Matcher m = URL.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  private static LineKind kind(String text) {
    if (text.isEmpty()) return LineKind.BLANK;
    if (separator(text)) return LineKind.SEPARATOR;
    if (text.length() <= LineShapes.MAX_SHORT) {
      if (text.indexOf(' ') < 0 && URL.matcher(text).matches() || text.indexOf(':') > 0 && URL.matcher(text).matches()) {
        return LineKind.URL;
      }
      LineKind clutter = PageClutter.kind(text);
      if (clutter != null) return clutter;
      if (LineShapes.words(text) <= MAX_META_WORDS && MetaLine.read(text) != null) return LineKind.META;
      if (BULLET.matcher(text).matches()) return LineKind.BULLET;
    }
    Captions.Split caption = Captions.split(text);
    if (caption != null) return caption.sure() ? LineKind.CAPTION : LineKind.CREDITED;
    return LineKind.TEXT;
  }

  private static boolean separator(String text) {
    if (text.length() < 3 || text.length() > 200) return false;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("-=*_~#•·—–+".indexOf(c) >= 0) {
        marks++;
      } else if (!LineShapes.isSpace(c)) {
        return false;
      }
    }
    return marks >= 3;
  }
}
