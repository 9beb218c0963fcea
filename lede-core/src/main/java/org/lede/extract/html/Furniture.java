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
      "(?iu)\\W*(?:follow\\s+(?:us|me|@\\w+)|s[ií]guenos|nos\\s+siga|siga-nos|suivez-nous|folg(?:e|t)\\s+uns"
          + "|seguici)\\b");
  private static final Pattern SOCIAL = Pattern.compile(
      "(?i)\\b(?:twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp)\\b");
  private static final Pattern LABEL_TRIM = Pattern.compile("^[\\s\\-–—:|*]+|[\\s\\-–—:|*]+$");
  private static final Pattern LABEL = Pattern.compile(
      "anzeige|werbung|advertisement|sponsored|beitragsbild|titelbild|bild\\s+anzeigen|(?:seite|artikel)\\s+teilen|pdf"
          // a share bar's or a reader tool's own label, printed as text beside its buttons
          + "|share(?:\\s+this(?:\\s+(?:article|story|post|page))?)?|teilen|partager|compartir|condividi|partilhar"
          + "|(?:adjust\\s+)?(?:text|font)\\s+size|schriftgr(?:ö|oe)(?:ß|ss)e|taille\\s+du\\s+texte"
          + "|tamaño\\s+de\\s+(?:letra|texto)"
          // a page-view counter
          + "|(?:[\\d.,]+\\s+)?(?:aufrufe|views)(?:\\W+[\\d.,]+)?"
          // what an embedded graphic, player or widget shows until its script has run, and a page without scripts keeps
          + "|(?:loading(?:\\s+(?:video|player|content|graphic|map|comments))?|(?:inhalt\\s+)?wird\\s+geladen"
          + "|chargement(?:\\s+en\\s+cours)?|cargando|caricamento(?:\\s+in\\s+corso)?|carregando)\\s*(?:\\.{1,3}|…)?"
          // the numbers of a story's pages ("Pages: 1 2 3", "Seite 1 2 »"), links to the same story cut up
          + "|(?:pages?|seiten?|páginas?|pagine)\\s*:?\\s*\\d+(?:(?:\\s+|\\s*[|,]\\s*)\\d+)+"
          + "(?:\\s*(?:next|weiter|suivante|siguiente|»|›))?");

  private static final int MAX_FILING_CHARS = 400;
  /**
   * The line a blog's template prints under a post to file it: WordPress's "This entry was posted on … and is filed
   * under …", "Posted in: Travel | 3 Comments", "Filed under: Harbour", "Tags: harbour, council", and the same in
   * other languages with a colon.
   */
  private static final Pattern FILING = Pattern.compile("(?iu)" + String.join("|",
      "this\\s+(?:entry|post)\\s+was\\s+(?:posted|filed|published)\\b.*",
      "(?:posted|filed|archived|categori[sz]ed)\\s+(?:in|under)\\s*:.*",
      "posted\\s+in\\s+[^.!?|]{1,100}\\|.*",
      // the post's tags, alone or after its date ("Published: May 2 | Tags: harbour, council")
      "(?:[^|]{1,60}\\|\\s*)?(?:related\\s+)?(?:tags|tagged|topics|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter"
          + "|mots-cl[ée]s|[ée]tiquettes|etiquetas|tag)\\s*:.*",
      // without a colon, only when a category's name follows: "Filed under seal, …" begins a sentence
      "(?:filed|archived|categori[sz]ed)\\s+under\\s+(?-i:\\p{Lu})[^.!?]{0,60}\\.?",
      "(?:abgelegt\\s+unter|ver(?:ö|oe)ffentlicht\\s+in|publi[ée]\\s+dans|class[ée]\\s+dans|publicado\\s+en"
          + "|archivado\\s+en|pubblicato\\s+in|archiviato\\s+in|gepubliceerd\\s+in)\\s*:.*"));
  private static final int MAX_TEASER_CHARS = 300;
  /**
   * The link that closes a teaser of another story, whatever the language: "… Read more...", "Continue reading →",
   * "Weiterlesen »", "Lire la suite", "Leer más".
   */
  private static final Pattern TEASER_END = Pattern.compile("(?iu).*\\S\\s*[\\[(]?"
      + "(?:read\\s+(?:more|the\\s+rest|full\\s+(?:story|article|post))|continue\\s+reading|weiterlesen|mehr\\s+lesen"
      + "|lire\\s+la\\s+suite|lire\\s+plus"
      + "|leer\\s+m[aá]s|seguir\\s+leyendo|leggi\\s+(?:tutto|di\\s+pi[uù])|continua\\s+a\\s+leggere|lees\\s+meer"
      + "|verder\\s+lezen|czytaj\\s+dalej|leia\\s+mais|continue\\s+lendo)"
      + "\\s*(?:\\.{2,3}|…|»|›|→|>{1,2})?\\s*[\\])]?");

  private Furniture() {}

  /** Returns whether {@code text} is the line that files a blog post under its categories or tags. */
  static boolean isFilingLine(String text) {
    return text.length() <= MAX_FILING_CHARS && FILING.matcher(text).matches();
  }

  /**
   * Returns whether {@code text}, whose closing words are a link, is the teaser of another story: a few lines that end
   * in "Read more..." or its like. The story's own paragraphs do not end in a link that says so.
   */
  static boolean isTeaser(String text) {
    return text.length() <= MAX_TEASER_CHARS && TEASER_END.matcher(text).matches();
  }

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
   * Returns whether {@code text} is a line asking the reader to follow the publisher or the writer on social networks
   * ("Follow us on Twitter and Facebook", "Follow @janedoe on Twitter", "Síguenos en Telegram", "Nos siga no
   * Instagram").
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
