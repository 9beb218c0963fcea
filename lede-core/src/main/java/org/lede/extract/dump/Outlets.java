package org.lede.extract.dump;

import java.util.regex.Pattern;

/** Recognises a publication's name printed on a line of its own near a headline ("Arab News", "The Valley Times"). */
final class Outlets {
  private static final Pattern NAME = Pattern.compile(
      "(?:The\\s+)?(?:\\p{Lu}[\\p{L}.'’&\\-]*\\s+){0,3}"
          + "(?:News|Times|Post|Herald|Journal|Tribune|Gazette|Daily|Press|Telegraph|Guardian|Observer|Chronicle|Star"
          + "|Standard|Mail|Express|Independent|Courier|Review|Monitor|Today|Insider|Wire|Weekly|Magazine)"
          + "(?:\\s+(?:Online|Network|Agency|Service))?");

  private Outlets() {}

  /** Returns whether {@code line} is nothing but a publication's name. */
  static boolean isName(String line) {
    return line.length() <= 50 && NAME.matcher(line).matches();
  }
}
