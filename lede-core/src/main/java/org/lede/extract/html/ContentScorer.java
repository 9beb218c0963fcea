package org.lede.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds an article's body by content scoring, in the manner of Readability: every paragraph scores by its
 * length and clause count, gives that score to its ancestors (less with each level), each ancestor's score is
 * weighted by its tag and names and discounted by its link density, and the best-scoring container wins,
 * together with the siblings that look like more of the same.
 */
final class ContentScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "h2", "h3");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "table", "ul", "ol",
      "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "form", "address");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private ContentScorer(TextStats stats) {
    this.stats = stats;
  }

  /**
   * Returns the elements that make up the body under {@code root}, whose elements are {@code all} in document order;
   * empty when nothing scores.
   */
  static List<Element> find(Element root, List<Element> all, TextStats stats) {
    return new ContentScorer(stats).run(root, all);
  }

  private List<Element> run(Element root, List<Element> all) {
    for (Element e : all) {
      if (!isParagraph(e)) continue;
      TextStats.Counts c = stats.of(e);
      int chars = c.chars;
      if (chars < MIN_PARAGRAPH_CHARS) continue;
      double score = 1 + c.commas + Math.min(chars / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != root.parent(); level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        // The tag-and-name weight is read once per ancestor, when it first scores.
        Double old = scores.get(ancestor);
        scores.put(ancestor, (old != null ? old : initialScore(ancestor)) + score / divider);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double finalScore = s.getValue() * (1 - stats.of(s.getKey()).linkDensity());
      s.setValue(finalScore);
      if (finalScore > topScore) {
        topScore = finalScore;
        top = s.getKey();
      }
    }
    if (top == null) return List.of();
    top = climb(top, root);
    return withSiblings(top);
  }

  private boolean isParagraph(Element e) {
    if (PARAGRAPHS.contains(e.normalName())) return true;
    if (!e.nameIs("div") && !e.nameIs("section")) return false;
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (BLOCKS.contains(child.normalName())) return false;
    }
    return true;
  }

  private static double initialScore(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote", "section" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + Boilerplate.classWeight(e);
  }

  /** Moves up to a parent that scores higher, as the body is often split among several scored children. */
  private Element climb(Element top, Element root) {
    double last = scores.get(top);
    double threshold = last / 3;
    Element parent = top.parent();
    while (parent != null && parent != root && !parent.nameIs("body")) {
      Double ps = scores.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < threshold) break;
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    while (top.parent() != null && top.parent() != root && !top.parent().nameIs("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.nameIs("p")) {
        TextStats.Counts c = stats.of(sibling);
        double density = c.linkDensity();
        if (c.chars > 80 && density < 0.25
            || c.chars > 0 && c.chars <= 80 && density == 0 && endsSentence(sibling.text())) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) return false;
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '\u3002' || last == '\u061F' || last == '\u0964';
  }
}
