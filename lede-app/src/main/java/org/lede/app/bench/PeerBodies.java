package org.lede.app.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.lede.source.Document;
import org.lede.source.TextDecoder;

/**
 * The main text of a page as Lede's peers extract it, for evaluations that score them beside Lede. Each is given
 * the page decoded the way Lede decodes inputs without a trusted charset (valid UTF-8 first, then the detector's
 * guess), so that a peer is not marked down for a page whose {@code <meta>} names the wrong charset.
 *
 * <p>Each function returns null when the peer fails on a page. Thread-safe.
 */
public final class PeerBodies {
  private PeerBodies() {}

  /** Readability4J 1.0.8's text content. */
  public static Function<Document, String> readability4j() {
    return doc -> {
      try {
        return new Readability4J("https://example.org/", html(doc)).parse().getTextContent();
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
    };
  }

  /** boilerpipe 1.1.0's ArticleExtractor. */
  public static Function<Document, String> boilerpipe() {
    return doc -> {
      try {
        return ArticleExtractor.INSTANCE.getText(html(doc));
      } catch (Exception | StackOverflowError e) {
        return null;
      }
    };
  }

  private static String html(Document doc) {
    return TextDecoder.decode(doc.content(), null).text();
  }
}
