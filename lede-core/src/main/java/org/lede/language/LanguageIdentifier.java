package org.lede.language;

/**
 * Tells which language a text is written in, from its script and, in Latin script, from how many of each language's
 * commonest words it uses.
 *
 * <pre>{@code
 * String code = LanguageIdentifier.standard().identify(article.text()); // "en", "de", ... or null
 * }</pre>
 *
 * <p>It reads at most the first {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters, so its cost is bounded
 * whatever the text's length. Latin-script languages it knows: English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Romanian, Turkish, Finnish, Hungarian, Indonesian.
 * Other scripts are named by their main language (Cyrillic is Ukrainian when Ukrainian letters occur, else Russian),
 * and a script it does not know gives "und" (undetermined, but surely not English).
 * Close pairs (Danish and Norwegian, Spanish and Galician) may be confused; English is not confused with any of them.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageIdentifier {
  static final int MAX_WORDS = 1_000;
  static final int MAX_CHARS = 40_000;
  /** Fewer different function words than this and a Latin text is too short or odd (a list of names) to tell. */
  static final int MIN_HITS = 4;

  private static final LanguageIdentifier STANDARD = new LanguageIdentifier();

  private LanguageIdentifier() {}

  /** Returns the identifier Lede uses. */
  public static LanguageIdentifier standard() {
    return STANDARD;
  }

  /**
   * Returns the language of {@code text}.
   *
   * @param text any text, or null
   * @return an ISO 639-1 code ("en", "de", "ru", "zh", ...); "und" for a text mostly in a script this does not
   *     name; null when the text is too short or unclear to tell
   */
  public String identify(String text) {
    if (text == null) return null;
    int n = Math.min(text.length(), MAX_CHARS);
    int latin = 0;
    int other = 0;
    int[] scripts = new int[Script.values().length];
    int[] hits = new int[FunctionWords.LANGUAGES.size()];
    int[] kinds = new int[hits.length];
    java.util.Set<String> seen = new java.util.HashSet<>();
    int ukrainian = 0;
    int words = 0;
    StringBuilder word = new StringBuilder(16);
    boolean capital = false;
    for (int i = 0; i < n && words < MAX_WORDS; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (cp < 0x250) {
          latin++;
          if (word.isEmpty()) capital = Character.isUpperCase(cp);
          if (word.length() < 24) word.appendCodePoint(Character.toLowerCase(cp));
        } else {
          other++;
          Script s = Script.of(cp);
          scripts[s.ordinal()]++;
          if (s == Script.CYRILLIC && (cp == 'і' || cp == 'ї' || cp == 'є' || cp == 'ґ')) ukrainian++;
        }
        continue;
      }
      if (!word.isEmpty()) {
        if (!isInitial(word, capital)) count(word, hits, kinds, seen);
        words++;
        word.setLength(0);
      }
    }
    if (!word.isEmpty() && !isInitial(word, capital)) count(word, hits, kinds, seen);
    if (other > latin) return byScript(scripts, ukrainian);
    return byWords(hits, kinds);
  }

  /**
   * A capital letter standing alone is an initial or a grade ("F.A.", "L.O.", "Series 1996-A"), not the Czech "a" or
   * "o": a table of abbreviations in English would otherwise read as Czech and lose its analysis.
   */
  private static boolean isInitial(StringBuilder word, boolean capital) {
    return capital && word.length() == 1;
  }

  private static void count(StringBuilder word, int[] hits, int[] kinds, java.util.Set<String> seen) {
    String w = word.toString();
    Integer mask = FunctionWords.MASKS.get(w);
    if (mask == null) return;
    boolean first = seen.add(w);
    for (int l = 0; l < hits.length; l++) {
      if ((mask & (1 << l)) == 0) continue;
      hits[l]++;
      if (first) kinds[l]++;
    }
  }

  /**
   * The language with the most different function words, then the most uses of them: counting kinds first keeps
   * one word repeated a thousand times ("a/a/a/...") from naming a language on its own.
   */
  private static String byWords(int[] hits, int[] kinds) {
    int best = 0;
    for (int l = 1; l < hits.length; l++) {
      if (kinds[l] > kinds[best] || (kinds[l] == kinds[best] && hits[l] > hits[best])) best = l;
    }
    return kinds[best] >= MIN_HITS ? FunctionWords.LANGUAGES.get(best) : null;
  }

  private static String byScript(int[] scripts, int ukrainian) {
    int best = 0;
    for (int s = 1; s < scripts.length; s++) if (scripts[s] > scripts[best]) best = s;
    Script script = Script.values()[best];
    if (script == Script.CYRILLIC) return ukrainian * 200 > scripts[best] ? "uk" : "ru";
    // Japanese writes with Han characters too; kana anywhere makes it Japanese.
    if (script == Script.HAN && scripts[Script.KANA.ordinal()] > 0) return "ja";
    return script.language;
  }

  /** The scripts besides Latin, each with the language it is taken for. */
  private enum Script {
    OTHER("und"), CYRILLIC("ru"), GREEK("el"), ARABIC("ar"), HEBREW("he"), HAN("zh"), KANA("ja"), HANGUL("ko"),
    THAI("th"), DEVANAGARI("hi"), BENGALI("bn"), TAMIL("ta"), ARMENIAN("hy"),
    GEORGIAN("ka");

    final String language;

    Script(String language) {
      this.language = language;
    }

    static Script of(int cp) {
      return switch (Character.UnicodeScript.of(cp)) {
        case CYRILLIC -> CYRILLIC;
        case GREEK -> GREEK;
        case ARABIC -> ARABIC;
        case HEBREW -> HEBREW;
        case HAN -> HAN;
        case HIRAGANA, KATAKANA -> KANA;
        case HANGUL -> HANGUL;
        case THAI -> THAI;
        case DEVANAGARI -> DEVANAGARI;
        case BENGALI -> BENGALI;
        case TAMIL -> TAMIL;
        case ARMENIAN -> ARMENIAN;
        case GEORGIAN -> GEORGIAN;
        default -> OTHER;
      };
    }
  }
}
