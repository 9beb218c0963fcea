package org.lede.app;

import java.util.stream.Collectors;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.entity.Entity;
import org.lede.quantity.Quantity;
import org.lede.quote.Quote;
import org.lede.quote.Speaker;
import org.lede.time.DateMention;

/** Renders what was found in an article (quotes, entities, quantities, dates) as readable text for the terminal. */
final class AnnotationText {
  private AnnotationText() {}

  static String render(Article article, Annotations found) {
    if (found.equals(Annotations.NONE)) return "";
    StringBuilder sb = new StringBuilder();
    if (!found.quotes().isEmpty()) {
      sb.append("quotes:\n");
      for (Quote q : found.quotes()) sb.append("  ").append(quote(q)).append('\n');
      sb.append('\n');
    }
    if (!found.entities().isEmpty()) {
      sb.append("entities:\n");
      for (Entity e : found.entities()) {
        sb.append(String.format("  %-12s %s", e.type().name().toLowerCase(java.util.Locale.ROOT), e.name()));
        if (!e.titles().isEmpty() || !e.roles().isEmpty()) {
          sb.append(" — ").append(String.join("; ", concat(e.titles(), e.roles())));
        }
        sb.append("  (").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention)" : " mentions)").append('\n');
      }
      sb.append('\n');
    }
    if (!found.quantities().isEmpty()) {
      sb.append("numbers:\n");
      for (Quantity q : found.quantities()) {
        sb.append("  ").append(q.text());
        if (q.counts() != null) sb.append("  → ").append(q.counts());
        sb.append('\n');
      }
      sb.append('\n');
    }
    if (!found.dates().isEmpty()) {
      sb.append("dates: ").append(found.dates().stream()
          .map(d -> d.text() + (d.date() == null ? "" : " = " + date(d))).collect(Collectors.joining(", "))).append("\n\n");
    }
    return sb.toString();
  }

  /** One quote on one line: kind, speaker and how they were found, then the words. */
  static String quote(Quote q) {
    Speaker s = q.speaker();
    String who = s == null ? "(no speaker found)" : s.name()
        + (s.anonymous() ? " [unnamed]" : "")
        + (s.resolution() == null ? "" : " via " + s.resolution().name().toLowerCase(java.util.Locale.ROOT)
            + (s.mention() != null && !s.mention().equals(s.name()) ? " \"" + s.mention() + "\"" : ""));
    String words = q.text().length() > 160 ? q.text().substring(0, 157) + "..." : q.text();
    return String.format("%-8s %s: %s", q.kind().name().toLowerCase(java.util.Locale.ROOT), who,
        q.kind().name().equals("INDIRECT") ? words : "“" + words + "”");
  }

  private static String date(DateMention d) {
    return switch (d.precision()) {
      case YEAR -> String.valueOf(d.date().getYear());
      case MONTH -> d.date().toString().substring(0, 7);
      default -> d.date().toString();
    };
  }

  private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }
}
