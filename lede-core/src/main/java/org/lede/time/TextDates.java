package org.lede.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lede.html.PageParts;
import org.lede.text.Chars;
import org.lede.time.DateCandidate.Role;

/**
 * The last resort: dates written in the page's visible text. A date right after a publication label
 * ("Veröffentlicht am", "Published on") is taken first; otherwise the first date line in the article; a date
 * the page says it was revised on ("Mis à jour le", "Zuletzt geändert am") only when there is no other.
 *
 * <p>Only date lines count: a short text that starts with its date or a label ("12.01.2017", "Von Christian
 * am 03.05.2013, 11:51"). A date in the middle of a sentence ("Der nächste Stammtisch findet am Mi. 5. Februar
 * statt", a photo's caption "Foto: R. Muster, 15.01.2022") is what the article is about, not when it was
 * written, unless the sentence says it is ("Dieser Beitrag wurde am … veröffentlicht").
 */
final class TextDates {
  private TextDates() {}

  private static final Pattern LABEL = Pattern.compile(
      "(?iu)(published|posted|veröffentlicht|erschienen|erstellt|publié|publicado|pubblicato|datum|date|"
          + "stand|written|geschrieben|am|on|le|el|vom)\\s*:?\\s*(?:\\p{L}+\\.?,?\\s*)?$");
  /** Words that make a sentence about the page itself: "… wurde am 3. Dezember veröffentlicht". */
  private static final Pattern PUBLICATION_WORD = Pattern.compile(
      "(?iu)\\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato)\\b");
  /** Labels of a revision, not of the first publication. */
  private static final Pattern REVISION_LABEL = Pattern.compile(
      "(?iu)\\b(?:updated?|aktualisiert|geändert|last\\s+(?:edited|modified|changed)|mis\\s+à\\s+jour|modifié"
          + "|actualizado|aggiornato)\\b");
  /** Texts longer than this are paragraphs; only the first {@link #OPENING} characters of one are read. */
  private static final int MAX_LINE = 300;
  private static final int OPENING = 60;
  /** A date line has at most this many words before its date, and as many after it ("um 14:48 Uhr von"). */
  private static final int MAX_WORDS_AROUND = 5;
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s*(?:\\(\\w+\\)\\s*)?[-–—:]\\s+\\p{L}");
  /** A day and a dash or "bis" just before a date: the date ends a range. */
  private static final Pattern RANGE_START =
      Pattern.compile("(?iu)\\d\\.?\\s*(?:\\p{L}+\\.?\\s*)?(?:[-–—]|bis|to|au|al)\\s*$");
  private static final int MAX_NODES = 4000;

  /** Adds the dates in the visible text: the first labelled one ("Published: …"), if any, before the plain ones. */
  static void scan(Document page, PageParts parts, DateReader reader, Regions regions, List<DateCandidate> out) {
    Element root = parts.articleRoot();
    if (root != null) scan(root, reader, regions, out);
    if (out.isEmpty() && page.body() != null) scan(page.body(), reader, regions, out);
  }

  private static void scan(Element root, DateReader reader, Regions regions, List<DateCandidate> out) {
    List<DateCandidate> labelled = new ArrayList<>();
    List<DateCandidate> plain = new ArrayList<>();
    List<DateCandidate> revised = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      int seen;
      String previous = "";

      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
        if (++seen > MAX_NODES) return FilterResult.STOP;
        String text = t.text().strip();
        if (text.isEmpty()) return FilterResult.CONTINUE;
        // Of a text longer than any date line, only an opening dateline can be the page's date.
        boolean opening = text.length() > MAX_LINE;
        String line = opening ? text.substring(0, OPENING) : text;
        if (Chars.hasDigit(line) && !(t.parent() instanceof Element p && (p.nameIs("script") || p.nameIs("style")))) {
          LocalDate today = reader.reference().atZone(ZoneOffset.UTC).toLocalDate();
          DateCandidate c = reader.read(line, Role.UNKNOWN, "text", false);
          if (c != null && !(t.parent() instanceof Element p && regions.elsewhere(p))
              && (opening ? opensWithDateline(line, today) : dateLine(line, today))) {
            String before = beforeFirstDigit(line);
            if (REVISION_LABEL.matcher(before).find()
                || !Chars.hasDigit(previous) && REVISION_LABEL.matcher(previous).find()) {
              revised.add(c);
            } else if (LABEL.matcher(before).find() || LABEL.matcher(previous).find()) {
              // The first labelled date is the answer: nothing after it can come before it.
              labelled.add(c);
              return FilterResult.STOP;
            } else {
              plain.add(c);
            }
          }
        }
        previous = text.length() > 60 ? text.substring(text.length() - 60) : text;
        return FilterResult.CONTINUE;
      }
    }, root);
    out.addAll(labelled);
    out.addAll(plain);
    out.addAll(revised);
  }

  /**
   * Whether {@code text} states a date as a line of its own (a few words around it at most), opens with a
   * dateline, or says it is when the page was published; a range's end ("14. - 20. Januar 2022") is none of these.
   */
  static boolean dateLine(String text, LocalDate today) {
    CalendarDates.Found date = CalendarDates.find(text, today);
    if (date == null) return false;
    String before = text.substring(0, date.start());
    if (RANGE_START.matcher(before).find()) return false;
    if (PUBLICATION_WORD.matcher(text).find()) return true;
    if (opensWithDateline(text, date)) return true;
    return words(before) <= MAX_WORDS_AROUND && words(text.substring(date.end())) <= MAX_WORDS_AROUND;
  }

  /** Whether the first full date in {@code text} ends a range: "14. - 20. Januar 2022", "vom 24. April bis 2. Oktober 2017". */
  static boolean endsRange(String text, LocalDate today) {
    CalendarDates.Found date = CalendarDates.find(text, today);
    return date != null && RANGE_START.matcher(text.substring(0, date.start())).find();
  }

  /** Whether {@code text} opens with a dateline: "27.1.2022 - Bei der …", "BERLIN, 2. Februar 2022 – Die …". */
  static boolean opensWithDateline(String text, LocalDate today) {
    CalendarDates.Found date = CalendarDates.find(text, today);
    return date != null && opensWithDateline(text, date);
  }

  private static boolean opensWithDateline(String text, CalendarDates.Found date) {
    return words(text.substring(0, date.start())) <= 2
        && DATELINE_DASH.matcher(text.substring(date.end())).lookingAt();
  }

  /** The text before the first digit, at most 60 characters of it. */
  private static String beforeFirstDigit(String text) {
    int digit = 0;
    while (digit < text.length() && !Character.isDigit(text.charAt(digit)) && digit < 60) digit++;
    return text.substring(0, digit);
  }

  private static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
