package org.lede.time;

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
 * ("Veröffentlicht am", "Published on") is taken first; otherwise the first date in the article.
 */
final class TextDates {
  private TextDates() {}

  private static final Pattern LABEL = Pattern.compile(
      "(?iu)(published|posted|veröffentlicht|erschienen|erstellt|publié|publicado|pubblicato|datum|date|"
          + "stand|written|geschrieben|am|on|le|el|vom)\\s*:?\\s*(?:\\p{L}+\\.?,?\\s*)?$");
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
    NodeTraversor.filter(new NodeFilter() {
      int seen;
      String previous = "";

      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
        if (++seen > MAX_NODES) return FilterResult.STOP;
        String text = t.text().strip();
        if (text.isEmpty()) return FilterResult.CONTINUE;
        if (text.length() <= 300 && Chars.hasDigit(text)
            && !(t.parent() instanceof Element p && (p.nameIs("script") || p.nameIs("style")))) {
          DateCandidate c = reader.read(text, Role.UNKNOWN, "text", false);
          if (c != null && !(t.parent() instanceof Element p && regions.elsewhere(p))) {
            if (labelledBefore(text) || LABEL.matcher(previous).find()) {
              // The first labelled date is the answer: nothing after it can come before it.
              labelled.add(c);
              return FilterResult.STOP;
            }
            plain.add(c);
          }
        }
        previous = text.length() > 60 ? text.substring(text.length() - 60) : text;
        return FilterResult.CONTINUE;
      }
    }, root);
    out.addAll(labelled);
    out.addAll(plain);
  }

  private static boolean labelledBefore(String text) {
    int digit = 0;
    while (digit < text.length() && !Character.isDigit(text.charAt(digit)) && digit < 60) digit++;
    return digit > 0 && LABEL.matcher(text.substring(0, digit)).find();
  }
}
