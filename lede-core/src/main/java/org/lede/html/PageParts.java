package org.lede.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The parts of a page that metadata, dates, bylines and headlines are read from, gathered in one walk over the page:
 * its {@code <meta>} tags, {@code <link>}s, JSON-LD scripts (each parsed once, on first use), {@code <time>},
 * {@code <h1>} and {@code <figure>} elements, the elements carrying {@code itemprop} or any attribute at all, the
 * body's lists and the first element that says it holds the article. Each list is in document order. The same walk
 * can serve a visitor of the body (text measures).
 *
 * <p>Not thread-safe: one page, one reader at a time. The lists are views of the page as it was when gathered.
 */
public final class PageParts {
  /** A script's CDATA wrapper, commented out for old browsers or not. */
  private static final Pattern CDATA_OPEN = Pattern.compile("^(//\\s*|/\\*\\s*)?<!\\[CDATA\\[(\\s*\\*/)?");
  private static final Pattern CDATA_CLOSE = Pattern.compile("(//\\s*|/\\*\\s*)?]]>(\\s*\\*/)?$");

  /** JSON-LD parsed as browsers and search engines do: tolerant of the slips pages ship with. */
  private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /**
   * One JSON-LD script.
   *
   * @param text the script's JSON, without a CDATA wrapper
   * @param root the parsed tree, or null when the text does not parse even leniently
   */
  public record JsonLdScript(String text, JsonNode root) {}

  private final List<Element> metas = new ArrayList<>();
  private final List<Element> links = new ArrayList<>();
  private final List<Element> times = new ArrayList<>();
  private final List<Element> itemprops = new ArrayList<>();
  private final List<Element> jsonLdElements = new ArrayList<>();
  private final List<Element> figures = new ArrayList<>();
  private final List<Element> h1s = new ArrayList<>();
  private final List<Element> attributed = new ArrayList<>();
  private final List<Element> bodyLists = new ArrayList<>();
  private Element articleRoot;
  private int bodyFrom = -1;
  private int bodyTo = -1;
  private List<JsonLdScript> jsonLd;

  private PageParts() {}

  /** Gathers the parts of {@code page}. */
  public static PageParts of(Document page) {
    return of(page, null);
  }

  /**
   * Gathers the parts of {@code page} and, in the same walk, hands every node of its body (the body included) to
   * {@code bodyVisitor}, when there is one, as a walk of the body alone would.
   */
  public static PageParts of(Document page, NodeVisitor bodyVisitor) {
    PageParts parts = new PageParts();
    Element body = page.body();
    NodeTraversor.traverse(new NodeVisitor() {
      private boolean inBody;

      @Override
      public void head(Node node, int depth) {
        if (node == body) inBody = true;
        if (inBody && bodyVisitor != null) bodyVisitor.head(node, depth);
        if (!(node instanceof Element e)) return;
        if (e == body) parts.bodyFrom = parts.attributed.size();
        parts.take(e);
        if (inBody && (e.nameIs("ul") || e.nameIs("ol"))) parts.bodyLists.add(e);
      }

      @Override
      public void tail(Node node, int depth) {
        if (inBody && bodyVisitor != null) bodyVisitor.tail(node, depth);
        if (node == body) {
          parts.bodyTo = parts.attributed.size();
          inBody = false;
        }
      }
    }, page);
    if (parts.bodyTo < 0) parts.bodyFrom = parts.bodyTo = 0;
    return parts;
  }

  private void take(Element e) {
    if (e.attributesSize() > 0) attributed.add(e);
    if (articleRoot == null && isArticleRoot(e)) articleRoot = e;
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "link" -> links.add(e);
      case "time" -> times.add(e);
      case "figure" -> figures.add(e);
      case "h1" -> h1s.add(e);
      case "script" -> {
        if (isJsonLd(HtmlAttributes.get(e, "type"))) jsonLdElements.add(e);
      }
      default -> { }
    }
    if (HtmlAttributes.has(e, "itemprop")) itemprops.add(e);
  }

  private static boolean isArticleRoot(Element e) {
    return e.nameIs("article") || e.nameIs("main") || HtmlAttributes.get(e, "role").trim().equalsIgnoreCase("main")
        || HtmlAttributes.get(e, "itemprop").trim().equalsIgnoreCase("articleBody");
  }

  /** "application/ld+json", in any case and with any parameters after it. */
  private static boolean isJsonLd(String type) {
    return type.length() >= 19 && type.toLowerCase(Locale.ROOT).contains("application/ld+json");
  }

  /** The {@code <meta>} elements. */
  public List<Element> metas() {
    return metas;
  }

  /** The {@code <link>} elements. */
  public List<Element> links() {
    return links;
  }

  /** The {@code <time>} elements. */
  public List<Element> times() {
    return times;
  }

  /** The elements with an {@code itemprop} attribute, {@code <meta>} included. */
  public List<Element> itemprops() {
    return itemprops;
  }

  /** The {@code <h1>} elements. */
  public List<Element> h1s() {
    return h1s;
  }

  /** The {@code <figure>} elements. */
  public List<Element> figures() {
    return figures;
  }

  /** The {@code <ul>} and {@code <ol>} elements inside the page's {@code <body>}. */
  public List<Element> bodyLists() {
    return bodyLists;
  }

  /** The elements with at least one attribute. */
  public List<Element> attributed() {
    return attributed;
  }

  /** The elements with at least one attribute inside the page's {@code <body>}, the body included when it has one. */
  public List<Element> attributedInBody() {
    return attributed.subList(bodyFrom, bodyTo);
  }

  /**
   * The first element that says it holds the article, in document order: {@code <article>}, {@code <main>},
   * {@code role="main"} or {@code itemprop="articleBody"}; null when none does.
   */
  public Element articleRoot() {
    return articleRoot;
  }

  /** The JSON-LD scripts, parsed on first call. */
  public List<JsonLdScript> jsonLd() {
    if (jsonLd == null) {
      List<JsonLdScript> scripts = new ArrayList<>(jsonLdElements.size());
      for (Element script : jsonLdElements) {
        String text = withoutCdata(script.data());
        JsonNode root;
        try {
          root = LENIENT_JSON.readTree(text);
        } catch (Exception e) {
          root = null;
        }
        scripts.add(new JsonLdScript(text, root));
      }
      jsonLd = List.copyOf(scripts);
    }
    return jsonLd;
  }

  /** The first {@code <link>} whose {@code rel} includes {@code rel} (any case) and that has an href, or null. */
  public Element link(String rel) {
    for (Element link : links) {
      if (HtmlAttributes.has(link, "href") && hasToken(HtmlAttributes.get(link, "rel"), rel)) return link;
    }
    return null;
  }

  /** Whether {@code token} is one of the whitespace-separated words of {@code list}, in any case. */
  private static boolean hasToken(String list, String token) {
    int n = token.length();
    for (int i = 0; i + n <= list.length(); i++) {
      boolean starts = i == 0 || Character.isWhitespace(list.charAt(i - 1));
      boolean ends = i + n == list.length() || Character.isWhitespace(list.charAt(i + n));
      if (starts && ends && list.regionMatches(true, i, token, 0, n)) return true;
    }
    return false;
  }

  /** Strips the CDATA wrapper (bare or inside a JS comment) some templates put around the JSON. */
  static String withoutCdata(String data) {
    String s = data.strip();
    if (!s.startsWith("<!") && !s.startsWith("/")) return s;
    s = CDATA_OPEN.matcher(s).replaceFirst("");
    s = CDATA_CLOSE.matcher(s).replaceFirst("");
    return s.strip();
  }
}
