package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.NamePattern;
import org.lede.html.PageParts;

/**
 * Finds the names an article is credited to: JSON-LD authors, else the author meta tags, else the byline
 * printed in the page ({@code rel=author}, {@code itemprop=author}, classes naming a byline or author).
 */
final class Bylines {
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+");
  private static final Pattern NAME_ENDS = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]\\s]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern PREFIX = Pattern.compile(
      "^(?i)(written\\s+by|posted\\s+by|by|von|par|por|di|door|av|af|text|texte|autor(in)?|author|auteur|redaktion)"
          + "\\s*[:\\-\u2013]?\\s+");
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(,|;|\\||\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s|\\se\\s|\\sen\\s|\\soch\\s)\\s*");
  private static final int MAX_NAMES = 10;
  private static final NamePattern BYLINE_OR_AUTHOR = NamePattern.of("byline", "author");
  private static final NamePattern BYLINE = NamePattern.of("byline");
  /** How many kinds of printed byline {@link #bylineKind} tells apart. */
  private static final int BYLINE_KINDS = 3;

  /** A byline names a person; "Dr." or "Prof." before the name is a courtesy, not part of it. */
  private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
      "^(?:Dr\\.?|Prof\\.?|Professor|Mr\\.?|Mrs\\.?|Ms\\.?|Mx\\.?|Sir|Dame|Dott\\.?|Mag\\.)\\s+(?=\\p{Lu})");

  private Bylines() {}

  /**
   * Where a page prints its byline, most deliberate first: 0 for {@code itemprop} or {@code rel} "author", 1 for a
   * class or id naming a byline, 2 for one naming an author; -1 for an element that is none of these.
   */
  private static int bylineKind(Element e) {
    if (e.attributesSize() == 0) return -1;
    if (HtmlAttributes.get(e, "itemprop").equalsIgnoreCase("author")
        || HtmlAttributes.get(e, "rel").equalsIgnoreCase("author")) {
      return 0;
    }
    String cls = HtmlAttributes.get(e, "class");
    String id = HtmlAttributes.get(e, "id");
    if (!BYLINE_OR_AUTHOR.matches(cls) && !BYLINE_OR_AUTHOR.matches(id)) return -1;
    return BYLINE.matches(cls) || BYLINE.matches(id) ? 1 : 2;
  }

  static List<String> find(PageParts parts, MetaTags meta, JsonLd ld) {
    List<String> names = names(ld.authors());
    if (!names.isEmpty()) return names;
    String stated = meta.first("dc:creator", "dcterm:creator", "author", "article:author", "parsely-author",
        "sailthru.author", "byl");
    if (stated != null && !stated.contains("://")) {
      names = split(stated);
      if (!names.isEmpty()) return names;
    }
    // One pass over the page's elements sorts the candidates by kind, each kind in document order; the kinds are
    // then tried in order.
    List<List<Element>> byKind = new ArrayList<>();
    for (int kind = 0; kind < BYLINE_KINDS; kind++) byKind.add(new ArrayList<>());
    for (Element e : parts.attributed()) {
      int kind = bylineKind(e);
      if (kind >= 0) byKind.get(kind).add(e);
    }
    for (List<Element> candidates : byKind) {
      for (Element e : candidates) {
        Element named = e.selectFirst("[itemprop=name]");
        String text = Texts.clean((named != null ? named : e).text());
        if (text.isEmpty() || text.length() > 120) continue;
        names = split(text);
        if (!names.isEmpty()) return names;
      }
    }
    return List.of();
  }

  private static List<String> names(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String r : raw) {
      for (String n : split(r)) if (!out.contains(n)) out.add(n);
    }
    return out;
  }

  /** Splits a byline into names, dropping "By" and anything that is not a name (dates, long phrases). */
  static List<String> split(String byline) {
    String s = LEADING_PUNCTUATION.matcher(Texts.clean(byline)).replaceFirst("");
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      String name = HONORIFIC.matcher(NAME_ENDS.matcher(part.strip()).replaceAll(""))
          .replaceFirst("");
      if (isName(name) && !out.contains(name)) out.add(name);
      if (out.size() == MAX_NAMES) break;
    }
    return out;
  }

  private static boolean isName(String s) {
    if (s.length() < 2 || s.length() > 60 || Texts.hasNoWords(s) || s.contains("://") || s.contains("@")) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) digits++;
    return digits == 0 && SPACES.split(s).length <= 6;
  }
}
