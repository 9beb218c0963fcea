package org.lede.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.corpus.KnownEntity;
import org.lede.entity.Entity;
import org.lede.quote.Quote;
import org.lede.store.StoredArticle;

/**
 * The article page's side panels: who is quoted and who is named, from the stored annotations and the article's links
 * into the corpus. Stateless.
 */
final class ArticleFacts {
  private ArticleFacts() {}

  /** Direct and partial quotes first, then reported speech, each with who said it and where. */
  static List<ArticleView.QuoteView> quotes(StoredArticle stored, ArticleLinks links) {
    List<Quote> quotes = stored.annotations().quotes();
    List<ArticleView.QuoteView> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      KnownEntity speaker = links.speaker(i);
      out.add(new ArticleView.QuoteView(q.text(), q.kind().name().toLowerCase(Locale.ROOT), "#" + ArticleMarkup.anchor(q),
          speaker(q), speaker == null ? null : EntityPages.href(speaker.id())));
    }
    out.sort(Comparator.comparing(v -> v.kind().equals("indirect")));
    return out;
  }

  /**
   * The people, organizations and places named, most mentioned first; entities the linker put together count as
   * one, under the name they have across the store.
   */
  static List<ArticleView.Named> named(StoredArticle stored, ArticleLinks links, List<Follow> follows) {
    Map<String, ArticleView.Named> byKey = new LinkedHashMap<>();
    for (Entity e : stored.annotations().entities()) {
      KnownEntity known = links.entity(e.id());
      String id = known == null ? null : known.id();
      String name = known == null ? e.name() : known.name();
      String key = id == null ? "local|" + e.id() : id;
      int mentions = e.mentions().size();
      byKey.merge(key, new ArticleView.Named(name, EntityPages.typeLabel(e.type()), id == null ? null : EntityPages.href(id),
              mentions, Views.followed(follows, Follow.Kind.ENTITY, name)),
          (x, y) -> new ArticleView.Named(x.name(), x.type(), x.href(), x.mentions() + y.mentions(), x.followed()));
    }
    List<ArticleView.Named> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt(ArticleView.Named::mentions).reversed());
    return out;
  }

  private static String speaker(Quote q) {
    if (q.speaker() == null || q.speaker().name() == null) return "speaker not found";
    return q.speaker().name() + (q.speaker().anonymous() ? " (unnamed source)" : "");
  }
}
