package org.lede.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.lede.article.Article;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;

/**
 * How an article version is kept in the {@code article_version} row, and its content hash, from one serialization.
 *
 * <p>The row's JSON is the contract line without {@code input} (kept in its own column) and, when the body is its
 * paragraphs joined by blank lines as usual, without {@code text}, which reading gives back: the body is then stored
 * once instead of twice. The content hash stays what it always was, the SHA-256 of the full contract line without
 * input, so a store written before this still sees re-ingested articles as unchanged. That full line is the compact
 * one with {@code text} put back as its last field; {@link #SPLICE_MATCHES_CONTRACT} checks once that the contract
 * still ends with {@code text}, and where it would not, the full line is serialized on its own.
 *
 * @param json the JSON the row keeps
 * @param hash the content hash: what makes two versions the same
 */
record VersionJson(String json, String hash) {
  @JsonIgnoreProperties({"text"})
  private abstract static class WithoutText {}

  private static final ObjectMapper COMPACT = ArticleJson.mapper().copy().addMixIn(Article.class, WithoutText.class);
  private static final boolean SPLICE_MATCHES_CONTRACT = spliceMatchesContract();

  /** Returns the row JSON and content hash of {@code article}; its input does not count. */
  static VersionJson of(Article article) {
    Article bare = withoutInput(article);
    if (!textIsParagraphs(bare)) {
      String full = ArticleJson.toLine(bare);
      return new VersionJson(full, ArticleIds.sha256Hex(full));
    }
    String compact = write(COMPACT, bare);
    String full = SPLICE_MATCHES_CONTRACT ? withText(compact, bare.text()) : ArticleJson.toLine(bare);
    return new VersionJson(compact, ArticleIds.sha256Hex(full));
  }

  /** Returns true when the full line is spliced from the compact one rather than written a second time. */
  static boolean splicesFullLine() {
    return SPLICE_MATCHES_CONTRACT;
  }

  /** Reads a row back: {@code input} is the row's column, null for rows whose JSON still carries it. */
  static Article read(String json, String input) {
    Article a = ArticleJson.fromLine(json);
    if (input == null || input.equals(a.input())) return a;
    return new Article(a.id(), input, a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(), a.dek(),
        a.keyPoints(), a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(), a.paragraphs(),
        a.text());
  }

  /** The same page saved under two file names is the same article, so the input is not part of its content. */
  static Article withoutInput(Article a) {
    if (a.input() == null) return a;
    return new Article(a.id(), null, a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(), a.dek(),
        a.keyPoints(), a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(), a.paragraphs(),
        a.text());
  }

  private static boolean textIsParagraphs(Article a) {
    List<String> paragraphs = a.paragraphs();
    String text = a.text();
    int at = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        if (!text.startsWith(Article.PARAGRAPH_BREAK, at)) return false;
        at += Article.PARAGRAPH_BREAK.length();
      }
      String p = paragraphs.get(i);
      if (!text.startsWith(p, at)) return false;
      at += p.length();
    }
    return at == text.length();
  }

  private static String withText(String compact, String text) {
    String quoted = write(ArticleJson.mapper(), text);
    return new StringBuilder(compact.length() + quoted.length() + 9)
        .append(compact, 0, compact.length() - 1).append(",\"text\":").append(quoted).append('}').toString();
  }

  private static boolean spliceMatchesContract() {
    Article probe = Article.builder().id("probe").headline("A \"quoted\" headline").dek("Dek")
        .paragraphs(List.of("First paragraph.", "Second, with \"quotes\" and a \\ backslash.")).build();
    return withText(write(COMPACT, probe), probe.text()).equals(ArticleJson.toLine(probe));
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
