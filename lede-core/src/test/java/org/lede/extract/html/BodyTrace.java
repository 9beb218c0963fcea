package org.lede.extract.html;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.lede.html.PageParts;
import org.lede.source.Document;
import org.lede.source.FileInputs;

/**
 * A development tool, not a test: prints which containers each step of body finding picks on one page (the named
 * body, the scored ones, the final choice), to see why a page's body comes out wrong. Run from the repository root
 * after {@code test-compile}:
 *
 * <pre>
 * java -cp lede-app/target/lede.jar:lede-core/target/test-classes org.lede.extract.html.BodyTrace PAGE.html.gz
 * </pre>
 */
final class BodyTrace {
  private BodyTrace() {}

  public static void main(String[] args) throws Exception {
    Document doc = FileInputs.standard().read(Path.of(args[0]));
    HtmlCharset.Decoded decoded = HtmlCharset.decode(doc.content(), doc.declaredCharset());
    org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
    TextStats stats = TextStats.forWalk(page.body());
    PageParts parts = PageParts.of(page, stats.visitor());
    System.out.println("body chars before cleaning: " + stats.of(page.body()).chars);
    PageCleaner.clean(page.body(), parts, stats);
    Element body = page.body();
    System.out.println("body chars after cleaning: " + stats.of(body).chars + ", prose "
        + TextStats.prose(stats.of(body)));
    List<Element> all = body.getAllElements();
    Element named = BodySelectors.find(body, all, stats, 200);
    System.out.println("named: " + describe(named, stats));
    for (Element e : ContentScorer.find(body, all, stats)) System.out.println("scored: " + describe(e, stats));
    List<Element> chosen = MainContent.find(body, stats);
    for (Element e : chosen) System.out.println("chosen: " + describe(e, stats));
    org.lede.article.ArticleBuilder article = org.lede.article.Article.builder().id("trace").input("trace");
    BlockWriter.write(chosen, article, null, stats, new ImageReader());
    System.out.println("paragraphs written: " + article.paragraphs().size());
    // Furniture the block writer would skip inside the choice, by name or as a link list.
    for (Element root : chosen) {
      for (Element e : root.getAllElements()) {
        if (e == root) continue;
        if (Boilerplate.isDiscard(e) || Boilerplate.isHidden(e)) System.out.println("  discard-named: " + describe(e, stats));
        TextStats.Counts c = stats.of(e);
        if (c.links >= 2 && c.linkDensity() > 0.5) System.out.println("  link-dense: " + describe(e, stats));
      }
    }
  }

  private static String describe(Element e, TextStats stats) {
    if (e == null) return "none";
    String text = e.text();
    return "<" + e.normalName() + " class='" + e.className() + "' id='" + e.id() + "'> chars "
        + stats.of(e).chars + " density " + String.format("%.2f", stats.of(e).linkDensity()) + " prose " + TextStats.prose(stats.of(e)) + " links " + stats.of(e).links + ": "
        + (text.length() > 150 ? text.substring(0, 150) + "..." : text);
  }
}
