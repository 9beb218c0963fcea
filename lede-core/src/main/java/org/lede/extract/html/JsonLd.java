package org.lede.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.lede.html.PageParts;

/**
 * The article a page describes in its schema.org JSON-LD: the first {@code NewsArticle}-like node, else the
 * {@code WebPage}, looked for in every {@code ld+json} script, inside arrays and {@code @graph}s.
 *
 * @param headline  the headline or name, or null
 * @param authors   author names, in order
 * @param published datePublished as written, or null
 * @param modified  dateModified as written, or null
 * @param publisher the publisher's name, or null
 * @param image     the first image URL, or null
 * @param url       the article's URL, or null
 * @param description the description, or null
 * @param language  inLanguage, or null
 */
record JsonLd(String headline, List<String> authors, String published, String modified, String publisher,
    String image, String url, String description, String language) {

  static final JsonLd NONE = new JsonLd(null, List.of(), null, null, null, null, null, null, null);

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
      "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report", "posting");
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "medicalwebpage");
  private static final int MAX_NODES = 10_000;

  /** Reads the JSON-LD of {@code page}, gathered in {@code parts}; scripts that do not parse are ignored. */
  static JsonLd read(Document page, PageParts parts) {
    JsonNode article = null;
    JsonNode webPage = null;
    for (PageParts.JsonLdScript script : parts.jsonLd()) {
      JsonNode root = script.root();
      if (root == null) continue;
      for (JsonNode node : nodes(root)) {
        if (article == null && hasType(node, ARTICLE_TYPES)) article = node;
        if (webPage == null && hasType(node, PAGE_TYPES)) webPage = node;
      }
      if (article != null) break;
    }
    JsonNode chosen = article != null ? article : webPage;
    if (chosen == null) return NONE;
    JsonNode main = chosen.path("mainEntity");
    if (article == null && main.isObject() && hasType(main, ARTICLE_TYPES)) chosen = main;
    return new JsonLd(headline(chosen, page.title(), nameOf(chosen.get("publisher"))), names(chosen.get("author")),
        text(chosen, "datePublished", "dateCreated"), text(chosen, "dateModified"),
        nameOf(chosen.get("publisher")), url(chosen.get("image")), text(chosen, "url", "@id"),
        text(chosen, "description"), language(chosen.get("inLanguage")));
  }

  /**
   * Some pages use {@code headline} for a description and {@code name} for the title (or the reverse); when they
   * differ, the one closer to the page's {@code <title>} is the headline. A name that is the publisher's own names
   * the site, not the story.
   */
  private static String headline(JsonNode node, String pageTitle, String publisher) {
    String headline = text(node, "headline");
    String name = text(node, "name");
    if (name != null && headline != null && name.equalsIgnoreCase(publisher)) return headline;
    if (headline == null || name == null || headline.equals(name)) return headline != null ? headline : name;
    return Similarity.of(name, pageTitle) > Similarity.of(headline, pageTitle) ? name : headline;
  }

  /** Every object in the tree, breadth first, so top-level nodes come before nested ones. */
  private static List<JsonNode> nodes(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty() && out.size() < MAX_NODES) {
      JsonNode n = queue.poll();
      if (n.isArray()) {
        n.forEach(queue::add);
      } else if (n.isObject()) {
        out.add(n);
        if (n.has("@graph")) queue.add(n.get("@graph"));
        JsonNode main = n.get("mainEntity");
        if (main != null && main.isContainerNode()) queue.add(main);
      }
    }
    return out;
  }

  private static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode t = node.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (types.contains(simpleType(x.asText()))) return true;
      }
      return false;
    }
    return types.contains(simpleType(t.asText()));
  }

  private static String simpleType(String t) {
    int slash = t.lastIndexOf('/');
    return (slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node.get(f);
      if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
      if (v != null && v.isValueNode()) {
        String s = Texts.clean(org.jsoup.parser.Parser.unescapeEntities(v.asText(), false));
        if (!s.isEmpty()) return s;
      }
    }
    return null;
  }

  private static List<String> names(JsonNode author) {
    List<String> out = new ArrayList<>();
    if (author == null) return out;
    if (author.isArray()) {
      for (JsonNode a : author) {
        String n = nameOf(a);
        if (n != null && !out.contains(n)) out.add(n);
      }
    } else {
      String n = nameOf(author);
      if (n != null) out.add(n);
    }
    return out;
  }

  private static String nameOf(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) return node.isEmpty() ? null : nameOf(node.get(0));
    if (node.isTextual()) {
      String s = Texts.clean(node.asText());
      return s.isEmpty() || s.startsWith("http") ? null : s;
    }
    return node.isObject() ? text(node, "name") : null;
  }

  private static String url(JsonNode image) {
    if (image == null) return null;
    if (image.isArray()) return image.isEmpty() ? null : url(image.get(0));
    if (image.isTextual()) return Texts.clean(image.asText());
    return image.isObject() ? text(image, "url", "contentUrl", "@id") : null;
  }

  private static String language(JsonNode lang) {
    if (lang == null) return null;
    if (lang.isTextual()) return lang.asText();
    return lang.isObject() ? text(lang, "alternateName", "name") : null;
  }
}
