package org.lede.extract.html;

import java.util.regex.Pattern;
import org.lede.text.Chars;

/**
 * Recognises body lines that are page furniture by their form, whatever the language: a bare timestamp
 * ("Aktualisiert: 11.04.2020, 10:27"), a photo credit ("Photo: Jane Doe/Reuters").
 */
final class Furniture {
  private static final Pattern TIMESTAMP_SEPARATORS = Pattern.compile("[\\s|,;:·•\\-–—/()]+");

  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
          + "|\\b\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}\\b|\\b\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b");
  private static final int MAX_TIMESTAMP_CHARS = 80;
  private static final int MAX_OTHER_WORDS = 3;
  private static final int MAX_CREDIT_CHARS = 120;
  private static final int MAX_LABEL_CHARS = 30;
  private static final int MAX_FOLLOW_CHARS = 200;
  private static final Pattern FOLLOW_US = Pattern.compile(
      "(?iu)\\W*(?:follow\\s+us|s[ií]guenos|nos\\s+siga|siga-nos|suivez-nous|folg(?:e|t)\\s+uns|seguici)\\b");
  private static final Pattern SOCIAL = Pattern.compile(
      "(?i)\\b(?:twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp)\\b");
  private static final Pattern LABEL_TRIM = Pattern.compile("^[\\s\\-–—:|*]+|[\\s\\-–—:|*]+$");
  private static final Pattern LABEL = Pattern.compile(
      "anzeige|werbung|advertisement|sponsored|beitragsbild|titelbild|bild\\s+anzeigen|(?:seite|artikel)\\s+teilen|pdf"
          // a page-view counter
          + "|(?:[\\d.,]+\\s+)?(?:aufrufe|views)(?:\\W+[\\d.,]+)?"
          // what an embedded graphic, player or widget shows until its script has run, and a page without scripts keeps
          + "|(?:loading(?:\\s+(?:video|player|content|graphic|map|comments))?|(?:inhalt\\s+)?wird\\s+geladen"
          + "|chargement(?:\\s+en\\s+cours)?|cargando|caricamento(?:\\s+in\\s+corso)?|carregando)\\s*(?:\\.{1,3}|…)?");

  private Furniture() {}

  /** Returns whether {@code text} is a date or time with at most a few words beside it. */
  static boolean isTimestamp(String text) {
    if (text.length() > MAX_TIMESTAMP_CHARS || !Chars.hasDigit(text)) return false;
    String rest = DATE.matcher(text).replaceAll(" ");
    if (rest.length() == text.length()) return false;
    int words = 0;
    for (String w : TIMESTAMP_SEPARATORS.split(rest)) {
      if (!w.isEmpty() && !Texts.hasNoWords(w)) words++;
    }
    return words <= MAX_OTHER_WORDS;
  }


  /**
   * Returns whether {@code text} is a label a template prints on its own line in the body: an advertisement's
   * marker ("Anzeige", "- Advertisement -"), a picture's ("Beitragsbild", "Bild anzeigen"), a button's ("Seite
   * teilen", "PDF"), a page-view counter ("Aufrufe: 1.204") or the placeholder of an embed whose script never ran
   * ("Loading...", "Wird geladen …").
   */
  static boolean isLabel(String text) {
    if (text.length() > MAX_LABEL_CHARS) return false;
    String bare = LABEL_TRIM.matcher(text).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    return LABEL.matcher(bare).matches();
  }

  /**
   * Returns whether {@code text} is a line asking the reader to follow the publisher on social networks ("Follow us on
   * Twitter and Facebook", "Síguenos en Telegram", "Nos siga no Instagram").
   */
  static boolean isFollowUs(String text) {
    return text.length() <= MAX_FOLLOW_CHARS && FOLLOW_US.matcher(text).lookingAt()
        && SOCIAL.matcher(text).find();
  }

  /** Returns whether {@code text} is a photo credit standing alone. */
  static boolean isCredit(String text) {
    if (text.length() > MAX_CREDIT_CHARS) return false;
    Captions.Split split = Captions.split(text.startsWith("(") && text.endsWith(")")
        ? text.substring(1, text.length() - 1) : text);
    return split.caption() == null && split.credit() != null;
  }
}
