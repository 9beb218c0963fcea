package org.lede.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lede.text.Chars;
import org.lede.time.DateCandidate.Role;

/**
 * The date printed under the page's main heading, whatever the box around it is named: templates name the article
 * column "sidebar_content" or its byline box "teaser_text_meta", which other rules read as regions of other pages'
 * dates, but what a reader sees right under the headline is the article's own date line. Only the few lines between
 * the first {@code <h1>} and the start of the body's prose are read, and only a date line ("27 Sep 2016",
 * "Peter Grimm / 07.11.2023 / 09:30") or a paragraph that opens with its date counts.
 */
final class HeadlineDates {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  /** Lines read after the heading: a byline box, a date, a share bar, not the article. */
  private static final int MAX_LINES = 25;
  /** Text longer than this is the body's prose: past it, dates are what the article is about. */
  private static final int PROSE_CHARS = 200;

  private HeadlineDates() {}

  /**
   * Returns the date line under the heading the page's title repeats, else under its first {@code <h1>}; null when
   * there is none.
   */
  static DateCandidate find(Document page, DateReader reader) {
    Element body = page.body();
    if (body == null) return null;
    Element named = namedHeading(page, body);
    Element first = body.selectFirst("h1");
    DateCandidate c = named == null ? null : under(named, body, reader);
    if (c == null && first != null && first != named && !first.text().isBlank()) c = under(first, body, reader);
    return c;
  }

  private static DateCandidate under(Element heading, Element body, DateReader reader) {
    LocalDate today = reader.reference().atZone(ZoneOffset.UTC).toLocalDate();
    DateCandidate[] found = {null};
    NodeTraversor.filter(new NodeFilter() {
      boolean after;
      int lines;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node == heading) {
          after = true;
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e && (e.nameIs("script") || e.nameIs("style"))) return FilterResult.SKIP_ENTIRELY;
        if (!after || !(node instanceof TextNode t)) return FilterResult.CONTINUE;
        String text = t.text().strip();
        if (text.isEmpty()) return FilterResult.CONTINUE;
        if (++lines > MAX_LINES) return FilterResult.STOP;
        boolean prose = text.length() > PROSE_CHARS;
        if (Chars.hasDigit(text)) {
          String line = prose ? text.substring(0, PROSE_CHARS) : text;
          DateCandidate c = reader.read(line, Role.UNKNOWN, "headline", false);
          if (c != null && (prose ? opensWithDate(line, today) : TextDates.dateLine(line, today))) {
            found[0] = c;
            return FilterResult.STOP;
          }
        }
        return prose ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    return found[0];
  }

  /**
   * The heading the page's title repeats: the first {@code <h1>}, else {@code <h2>}, else {@code <h3>}, whose text
   * is in the title (the first {@code <h1>} is often the site's name); null when none is.
   */
  private static Element namedHeading(Document page, Element body) {
    String title = squash(page.title());
    for (String tag : new String[] {"h1", "h2", "h3"}) {
      for (Element h : body.getElementsByTag(tag)) {
        String text = squash(h.text());
        if (text.length() >= MIN_HEADLINE_CHARS && title.contains(text)) return h;
      }
    }
    return null;
  }

  private static String squash(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Shorter headings ("News", "The Blog") are section names that a title may happen to contain. */
  private static final int MIN_HEADLINE_CHARS = 15;

  /** Whether {@code text} starts with a full date: "01.02.2022 „Der Arbeitsmarkt ist gut …". */
  private static boolean opensWithDate(String text, LocalDate today) {
    CalendarDates.Found date = CalendarDates.find(text, today);
    return date != null && !date.yearless() && text.substring(0, date.start()).isBlank();
  }
}
