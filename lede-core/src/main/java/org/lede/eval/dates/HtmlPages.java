package org.lede.eval.dates;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.lede.html.PageParser;
import org.lede.source.TextDecoder;

/** Parses fetched page bytes into a jsoup document, honouring the charset the page declares when it is right. */
final class HtmlPages {
  private HtmlPages() {}

  private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

  static Document parse(byte[] bytes, String url) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Charset declared = null;
    Matcher m = DECLARED.matcher(head);
    if (m.find()) {
      try {
        declared = Charset.forName(m.group(1));
      } catch (RuntimeException e) {
        declared = null;
      }
    }
    return PageParser.parse(TextDecoder.decode(bytes, declared).text(), url == null ? "" : url);
  }
}
