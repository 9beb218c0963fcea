package org.lede.extract.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a photo caption from its credit: a trailing parenthesis ("... pilots. (File/AFP)"), a labelled credit
 * ("... in Kyiv. Photo: Jane Roe / Getty Images", "Photograph: Jane Roe/Reuters") or the caption and source
 * lines some sites print ("Image source, Getty Images", "Image caption, ...").
 */
final class Captions {
  /**
   * A caption and its credit, either possibly null.
   *
   * @param sure whether the credit could not end a body paragraph (a photo word, a slash: "File/AFP"); a bare
   *             agency in parentheses ("(AFP)") is only a caption near a headline
   */
  record Split(String caption, String credit, boolean sure) {}

  private static final Pattern PHOTO_WORDS = Pattern.compile(
      "(?i).*\\b(?:photo|photos|photograph|photographer|picture|pictures|pic|image|images|file|getty|shutterstock|"
          + "handout|courtesy|supplied|credit|pool|istock|alamy|epa|efe)\\b.*");

  /** Wire-copy footers in parentheses name people too, but they close the body: "(Reporting by ...; Editing by ...)". */
  private static final Pattern NOT_CREDIT = Pattern.compile("(?i).*\\b(?:reporting|editing|writing|compiled|contributed|"
      + "additional|translated|updated|corrected|clarification)\\b.*");

  private static final Pattern AGENCY_LIKE = Pattern.compile("\\p{Lu}[\\p{L}.&'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.&'’\\-]*){0,3}");

  private static final Pattern LABELLED = Pattern.compile(
      "(?:(.*?\\S)\\s+)?(?:Photo|PHOTO|Photograph|Photos|Picture|Pic|Image|Credit|Photo credit|Foto)s?\\s*:\\s*(.{2,90})");

  private static final Pattern SOURCE_LINE = Pattern.compile("(?i)(?:image|photo|picture)\\s+(?:source|credit)\\s*[,:]\\s*(.+)");
  private static final Pattern CAPTION_LINE = Pattern.compile("(?i)(?:image|photo|picture)\\s+caption\\s*[,:]\\s*(.+)");

  private Captions() {}

  /** Returns {@code line} split into caption and credit, or null when it names no credit. */
  static Split split(String line) {
    if (line.endsWith(")")) {
      Split paren = parenthesised(line);
      if (paren != null) return paren;
    }
    if (line.length() > 600 || line.indexOf(':') < 0 && line.indexOf(',') < 0) return null;
    Matcher source = SOURCE_LINE.matcher(line);
    if (source.matches()) return new Split(null, LineShapes.strip(source.group(1)), true);
    Matcher caption = CAPTION_LINE.matcher(line);
    if (caption.matches()) return new Split(LineShapes.strip(caption.group(1)), null, true);
    if (line.indexOf(':') < 0) return null;
    Matcher labelled = LABELLED.matcher(line);
    if (labelled.matches() && LineShapes.words(labelled.group(2)) <= 10) {
      return new Split(labelled.group(1), LineShapes.strip(labelled.group(2)), true);
    }
    return null;
  }

  private static Split parenthesised(String line) {
    int open = line.lastIndexOf('(');
    if (open < 0 || line.length() - open > 62) return null;
    String credit = LineShapes.strip(line.substring(open + 1, line.length() - 1));
    if (credit.length() < 2 || credit.indexOf('(') >= 0) return null;
    String caption = LineShapes.strip(line.substring(0, open));
    if (caption.isEmpty() || NOT_CREDIT.matcher(credit).matches()) return null;
    boolean photo = credit.indexOf('/') >= 0 || PHOTO_WORDS.matcher(credit).matches();
    if (photo) return new Split(caption, credit, true);
    boolean agency = AGENCY_LIKE.matcher(credit).matches() && LineShapes.endsSentence(caption);
    return agency ? new Split(caption, credit, false) : null;
  }
}
