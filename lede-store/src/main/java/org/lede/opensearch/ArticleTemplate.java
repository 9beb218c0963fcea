package org.lede.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The index template of Lede's articles ({@code article-template.json}): the fields of the Lucene index
 * ({@code org.lede.index.IndexFields}) with the same English analysis — standard tokens, possessives dropped, lower
 * case, English stop words, Porter stems — and the site as one lower-cased keyword, so a query finds in OpenSearch what
 * it finds in Lucene. Two primary shards with one replica each.
 */
final class ArticleTemplate {
  private ArticleTemplate() {}

  /** Puts the template for {@code index} (replacing an older one) and creates the index when it does not exist. */
  static void ensure(OpenSearchHttp http, String index) {
    http.json("PUT", "/_index_template/" + index, template(index));
    OpenSearchHttp.Answer exists = http.send("HEAD", "/" + index, null, null);
    if (exists.status() == 404) {
      OpenSearchHttp.Answer created = http.send("PUT", "/" + index, null, null);
      // another loader may have created it in between
      if (!created.ok() && !OpenSearchHttp.reason(created.body()).startsWith("resource_already_exists_exception")) {
        throw http.refused("PUT", "/" + index, created);
      }
    }
  }

  static String template(String index) {
    try (InputStream in = ArticleTemplate.class.getResourceAsStream("article-template.json")) {
      if (in == null) throw new IllegalStateException("article-template.json is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("INDEX_NAME", index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
