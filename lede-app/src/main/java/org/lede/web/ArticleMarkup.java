package org.lede.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.corpus.KnownEntity;
import org.lede.entity.Entity;
import org.lede.entity.Mention;
import org.lede.quantity.Quantity;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;

/**
 * Lays an article's stored annotations over its paragraphs: quotes (linked to their speaker's page), entity
 * mentions (linked to the entity's page) and numbers, nested where they nest (a number inside a quote), as
 * {@link Marked} runs a template can write without ever writing article text as markup.
 *
 * <p>A span that crosses another's edge cannot nest in HTML and is left out; a quote that runs over several
 * paragraphs is marked in each. A link is never put inside another link: an entity named inside a linked quote is
 * marked but not linked. Stateless and thread-safe.
 */
final class ArticleMarkup {
  private ArticleMarkup() {}

  /** Returns each paragraph of {@code a} as marked runs, in order. */
  static List<List<Marked>> paragraphs(Article a, Annotations found, ArticleLinks links) {
    List<Span> spans = spans(found, links);
    List<List<Marked>> out = new ArrayList<>(a.paragraphs().size());
    int start = 0;
    for (String p : a.paragraphs()) {
      int end = start + p.length();
      Node root = new Node(null, start, end);
      for (Span s : spans) {
        int from = Math.max(s.start, start);
        int to = Math.min(s.end, end);
        if (from < to) root.insert(new Node(from == s.start ? s : s.continued(), from, to));
      }
      out.add(root.render(a.text(), false));
      start = end + Article.PARAGRAPH_BREAK.length();
    }
    return out;
  }

  /** Returns the anchor a quote's place in its article page has, for links from elsewhere ("q-1234"). */
  static String anchor(Quote q) {
    return "q-" + q.start();
  }

  /** Returns the anchor a number's place in its article page has, for links from a story's disputed figures ("n-1234"). */
  static String numberAnchor(int start) {
    return "n-" + start;
  }

  private static List<Span> spans(Annotations found, ArticleLinks links) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < found.quotes().size(); i++) {
      Quote q = found.quotes().get(i);
      if (q.end() <= q.start()) continue;
      KnownEntity said = links.speaker(i);
      String speakerId = said == null ? null : said.id();
      String speaker = q.speaker() == null || q.speaker().name() == null ? "speaker not found"
          : q.speaker().name() + (q.speaker().anonymous() ? " (unnamed source)" : "");
      String kind = q.kind().name().toLowerCase(Locale.ROOT);
      spans.add(new Span(q.start(), q.end(), 0, new Marked(Marked.Kind.QUOTE, null, "quote quote-" + kind,
          speakerId == null ? null : EntityPages.href(speakerId), anchor(q), label(q.kind()) + ": " + speaker, null, List.of())));
    }
    for (Entity e : found.entities()) {
      KnownEntity known = links.entity(e.id());
      String id = known == null ? null : known.id();
      for (Mention m : e.mentions()) {
        if (m.end() <= m.start()) continue;
        spans.add(new Span(m.start(), m.end(), 1, new Marked(Marked.Kind.ENTITY, null,
            "ent ent-" + EntityPages.typeLabel(e.type()).toLowerCase(Locale.ROOT), id == null ? null : EntityPages.href(id),
            null, EntityPages.typeLabel(e.type()) + ": " + e.name(), null, List.of())));
      }
    }
    for (Quantity n : found.quantities()) {
      if (n.end() <= n.start()) continue;
      spans.add(new Span(n.start(), n.end(), 2, new Marked(Marked.Kind.NUMBER, null, "num", null, numberAnchor(n.start()),
          Numbers.describe(n), Numbers.plain(n.value()), List.of())));
    }
    spans.sort(Comparator.comparingInt((Span s) -> s.start).thenComparing(s -> -s.end).thenComparingInt(s -> s.rank));
    return spans;
  }

  private static String label(QuoteKind kind) {
    return switch (kind) {
      case DIRECT -> "Direct quote";
      case PARTIAL -> "Partial quote";
      case INDIRECT -> "Reported speech";
    };
  }

  /** An annotation's place in the text; {@code rank} orders spans of equal extent (a quote holds an entity). */
  private record Span(int start, int end, int rank, Marked mark) {
    /** The same span where it continues in a later paragraph: no second anchor with the same id. */
    Span continued() {
      return new Span(start, end, rank, new Marked(mark.kind(), null, mark.css(), mark.href(), null, mark.label(),
          mark.value(), List.of()));
    }
  }

  private static final class Node {
    final Span span;
    final int start;
    final int end;
    final List<Node> children = new ArrayList<>();

    Node(Span span, int start, int end) {
      this.span = span;
      this.start = start;
      this.end = end;
    }

    /** Inserts {@code n} under the deepest node holding it; spans arrive by start, so only the last child can. */
    void insert(Node n) {
      if (!children.isEmpty()) {
        Node last = children.getLast();
        if (n.start < last.end) {
          if (n.end <= last.end) last.insert(n);
          return; // crosses the last span's edge: cannot nest, left out
        }
      }
      children.add(n);
    }

    List<Marked> render(String text, boolean insideLink) {
      List<Marked> out = new ArrayList<>();
      int at = start;
      for (Node c : children) {
        if (c.start > at) out.add(Marked.text(text.substring(at, c.start)));
        out.add(c.mark(text, insideLink));
        at = c.end;
      }
      if (at < end) out.add(Marked.text(text.substring(at, end)));
      return out;
    }

    private Marked mark(String text, boolean insideLink) {
      Marked m = span.mark();
      String href = insideLink ? null : m.href();
      return new Marked(m.kind(), null, m.css() + (href == null && m.isEntity() ? " unlinked" : ""), href, m.anchor(),
          m.label(), m.value(), render(text, insideLink || href != null));
    }
  }
}
