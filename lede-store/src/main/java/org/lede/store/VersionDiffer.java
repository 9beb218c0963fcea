package org.lede.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.lede.article.Article;

/** Compares two versions of an article: changed fields, then the body as a longest-common-subsequence of paragraphs. */
final class VersionDiffer {
  private VersionDiffer() {}

  static ArticleDiff diff(String id, int fromVersion, Article from, int toVersion, Article to) {
    List<ArticleDiff.FieldChange> fields = new ArrayList<>();
    field(fields, "headline", from, to, Article::headline);
    field(fields, "dek", from, to, Article::dek);
    field(fields, "byline", from, to, a -> a.byline().isEmpty() ? null : String.join("; ", a.byline()));
    field(fields, "dateline", from, to, a -> a.dateline() == null ? null : a.dateline().raw() != null ? a.dateline().raw() : a.dateline().place());
    field(fields, "published", from, to, a -> a.published() == null ? null : a.published().instant().toString());
    field(fields, "updated", from, to, a -> a.updated() == null ? null : a.updated().instant().toString());
    field(fields, "site", from, to, Article::site);
    field(fields, "url", from, to, Article::url);
    field(fields, "canonicalUrl", from, to, Article::canonicalUrl);
    field(fields, "keyPoints", from, to, a -> a.keyPoints().isEmpty() ? null : String.join("\n", a.keyPoints()));
    field(fields, "images", from, to, a -> a.images().isEmpty() ? null : a.images().toString());
    field(fields, "subheads", from, to, a -> a.subheads().isEmpty() ? null : a.subheads().toString());
    return new ArticleDiff(id, fromVersion, toVersion, fields, paragraphs(from.paragraphs(), to.paragraphs()));
  }

  private static void field(List<ArticleDiff.FieldChange> out, String name, Article from, Article to, Function<Article, String> value) {
    String before = value.apply(from);
    String after = value.apply(to);
    if (!Objects.equals(before, after)) out.add(new ArticleDiff.FieldChange(name, before, after));
  }

  /** Articles have tens of paragraphs, so the quadratic table is small. */
  static List<ArticleDiff.ParagraphEdit> paragraphs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<ArticleDiff.ParagraphEdit> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        out.add(new ArticleDiff.ParagraphEdit(ArticleDiff.ParagraphEdit.Kind.KEPT, a.get(i)));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new ArticleDiff.ParagraphEdit(ArticleDiff.ParagraphEdit.Kind.REMOVED, a.get(i++)));
      } else {
        out.add(new ArticleDiff.ParagraphEdit(ArticleDiff.ParagraphEdit.Kind.ADDED, b.get(j++)));
      }
    }
    while (i < n) out.add(new ArticleDiff.ParagraphEdit(ArticleDiff.ParagraphEdit.Kind.REMOVED, a.get(i++)));
    while (j < m) out.add(new ArticleDiff.ParagraphEdit(ArticleDiff.ParagraphEdit.Kind.ADDED, b.get(j++)));
    return out;
  }
}
