package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.lede.html.PageParts;

/**
 * Removes from a page what never belongs to an article's text: scripts and other non-text elements, hidden
 * elements, form controls, navigation, and furniture whose markup names it (comments, footers, share bars).
 * Works in place, in one pass, without recursion.
 */
final class PageCleaner {
  private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "applet", "svg", "canvas", "audio", "video", "map", "area", "math", "button", "input", "select",
      "textarea", "option", "optgroup", "datalist", "label", "nav", "menu", "menuitem", "dialog", "link", "meta",
      "frame", "frameset", "marquee", "progress", "output", "source", "track", "picture", "aside", "footer",
      "head", "title", "base", "param", "rp", "rt");
  /** Containers the main content may sit in, never removed for their names alone. */
  private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
  private static final int SMALL_FORM_CHARS = 500;
  private static final int NOSCRIPT_ARTICLE_CHARS = 500;

  private PageCleaner() {}

  /**
   * Cleans {@code body} in place; {@code parts} were gathered from its page and {@code stats} measure it. Nothing that holds a container the
   * markup names as the article body is removed, whatever its own name says ("socialicons-sticky" wrapping
   * "entry-content").
   *
   * @return {@code stats}, now the text measures of what remains
   */
  static TextStats clean(Element body, PageParts parts, TextStats stats) {
    int total = Math.max(1, stats.of(body).chars);
    Set<Element> bodyHolders = BodySelectors.holders(parts.attributedInBody());
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element e) || e == body) return FilterResult.CONTINUE;
        if (remove(e, stats, total) && !bodyHolders.contains(e)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    for (Node n : doomed) {
      if (n instanceof Element e) stats.forget(e);
      n.remove();
    }
    return stats;
  }

  private static boolean remove(Element e, TextStats stats, int total) {
    String tag = e.normalName();
    if (tag.equals("noscript")) {
      // Some templates print the article only for readers without scripts (and render it by script otherwise).
      TextStats.Counts c = stats.of(e);
      return c.chars <= total / 2 && (c.chars < NOSCRIPT_ARTICLE_CHARS || c.linkDensity() > 0.5);
    }
    if (JUNK.contains(tag)) return true;
    if (Boilerplate.isHidden(e)) return true;
    if (tag.equals("form")) return stats.of(e).chars < SMALL_FORM_CHARS;
    if (KEEP.contains(tag) || tag.equals("p")) return false;
    // A page-wide wrapper can carry a furniture-like name ("page-with-sidebar"); never throw the article away.
    if (!Boilerplate.isUnlikely(e)) return false;
    return Boilerplate.isComments(e) || !holdsBody(e, stats, total);
  }

  private static boolean holdsBody(Element e, TextStats stats, int total) {
    return stats.of(e).chars > total * 0.4 || stats.of(e).paragraphs >= 5;
  }
}
