package org.lede.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lede.entity.EntityType;
import org.lede.library.StoryDetail;
import org.lede.library.WhatWasSaid;
import org.lede.quantity.NumberDisagreements;
import org.lede.web.StoryJson;

/**
 * Writes what a story's articles say for the terminal: top speakers, the entities it names, what was said and the
 * numbers outlets give differently. Article text passes through {@link #clean}, so a control character in it cannot
 * drive the terminal. Stateless.
 */
final class StoryText {
  private StoryText() {}

  static void print(StoryDetail d, int quotes, PrintStream out) {
    if (!d.speakers().isEmpty()) {
      out.println();
      out.println("Top speakers: " + d.speakers().stream()
          .map(r -> clean(r.entity().name()) + " (" + r.count() + ")").collect(Collectors.joining(", ")));
    }
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
      List<WhatWasSaid.Ranked> of = d.named().stream().filter(r -> r.entity().type() == type).limit(8).toList();
      if (of.isEmpty()) continue;
      String label = switch (type) {
        case PERSON -> "People";
        case ORGANIZATION -> "Organizations";
        default -> "Places";
      };
      out.println(label + ": " + of.stream().map(r -> clean(r.entity().name()) + " (" + r.count() + ")")
          .collect(Collectors.joining(", ")));
    }
    if (!d.quotes().isEmpty()) {
      out.println();
      out.println("Who said what:");
      for (StoryDetail.Said s : d.quotes().subList(0, Math.min(quotes, d.quotes().size()))) {
        String speaker = s.speaker() != null ? s.speaker().name()
            : s.quote().speakerName() != null ? s.quote().speakerName() : "unnamed";
        List<String> sites = new ArrayList<>();
        for (var c : s.outlets()) sites.add(c.site() == null ? c.articleId() : clean(c.site()));
        out.printf("  %s: \"%s\"  [%s]%n", clean(speaker), clean(s.quote().quote().text()), String.join(", ", sites));
      }
    }
    if (!d.disputed().isEmpty()) {
      out.println();
      out.println("Numbers that differ:");
      for (NumberDisagreements.Disagreement x : d.disputed()) {
        List<String> figures = new ArrayList<>();
        for (NumberDisagreements.Figure f : x.figures()) {
          figures.add(clean(StoryJson.figure(f.reports().get(0).quantity())) + " (" + f.reports().stream()
              .map(r -> clean(r.outlet())).collect(Collectors.joining(", ")) + ")");
        }
        out.println("  " + clean(StoryJson.label(x)) + ": " + String.join("  vs  ", figures));
      }
    }
    if (d.articles() > 0 && d.quotes().isEmpty() && d.named().isEmpty()) {
      out.println();
      out.println("(no quotes or names found: were the articles ingested with --no-annotations?)");
    }
  }

  /** Article text with control characters (escape sequences, carriage returns) and line breaks made spaces. */
  static String clean(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
    return out.toString().strip();
  }
}
