package org.lede.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one bottom-up pass so that asking about any element
 * is constant time, however deep the page nests.
 */
final class TextStats {
  /** Measures of one element's text. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int links;
    int paragraphs;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Counts EMPTY = new Counts();
  private final Element root;
  /** Sized for a typical page, so that the map seldom grows while it is filled. */
  private final Map<Element, Counts> counts = new IdentityHashMap<>(2048);

  private TextStats(Element root) {
    this.root = root;
  }

  /**
   * Measures that a walk over {@code root} made by someone else fills in: the walk must hand every node under
   * {@code root}, and {@code root} itself, to {@link #visitor()}.
   */
  static TextStats forWalk(Element root) {
    return new TextStats(root);
  }

  /** The visitor that measures; {@code head} and {@code tail} in the order of a depth-first walk. */
  NodeVisitor visitor() {
    return new NodeVisitor() {
      private int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("a")) linkDepth++;
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = t.parent() instanceof Element p ? p : null;
          if (parent == null) return;
          Counts c = counts.computeIfAbsent(parent, k -> new Counts());
          long measured = charsAndCommas(t.getWholeText());
          int n = (int) (measured >>> 32);
          c.chars += n;
          if (linkDepth > 0) c.linkChars += n;
          c.commas += (int) measured;
        } else if (node instanceof Element e) {
          Counts c = counts.computeIfAbsent(e, k -> new Counts());
          if (e.nameIs("a")) {
            linkDepth--;
            c.links++;
            c.linkChars = c.chars;
          }
          if (e.nameIs("p") && c.chars > 0) c.paragraphs++;
          Element parent = e.parent();
          if (parent != null && e != root) {
            Counts pc = counts.computeIfAbsent(parent, k -> new Counts());
            pc.chars += c.chars;
            pc.linkChars += c.linkChars;
            pc.commas += c.commas;
            pc.links += c.links;
            pc.paragraphs += c.paragraphs;
          }
        }
      }
    };
  }

  /** Characters outside links: the text a reader reads rather than clicks. */
  static int prose(Counts c) {
    return c.chars - c.linkChars;
  }

  /**
   * Takes {@code e}'s text out of the measures of its ancestors, before {@code e} is removed from the page, so the
   * measures stay true without measuring the page again.
   */
  void forget(Element e) {
    Counts c = counts.get(e);
    if (c == null) return;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      Counts ac = counts.get(a);
      if (ac == null) continue;
      ac.chars -= c.chars;
      ac.linkChars -= Math.min(ac.linkChars, c.linkChars);
      ac.commas -= c.commas;
      ac.links -= c.links;
      ac.paragraphs -= c.paragraphs;
    }
  }

  Counts of(Element e) {
    Counts c = counts.get(e);
    return c == null ? EMPTY : c;
  }

  /** Characters a reader sees: whitespace runs count as one. */
  static int visibleChars(String s) {
    return (int) (charsAndCommas(s) >>> 32);
  }

  /**
   * Both measures of a text in one pass: the characters a reader sees in the high half, the clause separators in
   * the low half.
   */
  private static long charsAndCommas(String s) {
    int n = 0;
    int commas = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!space) n++;
        space = true;
      } else {
        n++;
        space = false;
        if (isComma(c)) commas++;
      }
    }
    return (long) n << 32 | commas;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c < 0x21 || c >= 0x80) && (Character.isWhitespace(c) || c == '\u00A0');
  }

  /** A clause separator in the scripts the pages are written in (Latin, CJK, Arabic). */
  private static boolean isComma(char c) {
    return c == ',' || c >= 0x600 && (c == '\uFF0C' || c == '\u3001' || c == '\u060C');
  }
}
