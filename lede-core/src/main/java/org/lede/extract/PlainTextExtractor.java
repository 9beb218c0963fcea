package org.lede.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.TextDecoder;

/**
 * Reads a document whose whole content is an article body. Line ends are normalised to {@code "\n"} and
 * nothing else changes, so the article's {@code text} is the input and offsets into it point into the input.
 * Paragraphs are the runs of text between blank lines.
 */
public final class PlainTextExtractor implements Extractor {
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

  @Override
  public List<Article> extract(Document document, Instant reference) {
    String text = TextDecoder.decode(document.content(), document.declaredCharset()).text()
        .replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINE.split(text)) {
      if (!block.isBlank()) paragraphs.add(block.strip());
    }
    // The text is the input itself, not the paragraphs rejoined, so offsets point into what the user gave.
    return List.of(new Article(ArticleIds.of(null, document.input(), 0), document.input(), null, null, null, null,
        null, null, null, null, null, null, null, null, null, paragraphs, text));
  }
}
