package org.lede.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.entity.Entity;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.store.StoredArticle;

/** The article page's side panels: who is quoted and who is named, from the stored annotations. Stateless. */
final class ArticleFacts {
  private ArticleFacts() {}

  /** Direct and partial quotes first, then reported speech, each with who said it and where. */
  static List<ArticleView.QuoteView> quotes(StoredArticle stored, EntityLinks directory) {
    List<Entity> entities = stored.annotations().entities();
    return stored.annotations().quotes().stream()
        .sorted(Comparator.comparing(q -> q.kind() == QuoteKind.INDIRECT))
        .map(q -> {
          String id = directory.speakerId(stored.id(), q, entities);
          return new ArticleView.QuoteView(q.text(), q.kind().name().toLowerCase(Locale.ROOT), "#" + ArticleMarkup.anchor(q),
              speaker(q), id == null ? null : EntityPages.href(id));
        })
        .toList();
  }

  /**
   * The people, organizations and places named, most mentioned first; entities the linker put together count as
   * one, under the name they have across the store.
   */
  static List<ArticleView.Named> named(StoredArticle stored, EntityLinks directory, List<Follow> follows) {
    Map<String, ArticleView.Named> byKey = new LinkedHashMap<>();
    for (Entity e : stored.annotations().entities()) {
      String id = directory.corpusId(stored.id(), e.id());
      var known = id == null ? null : directory.get(id).orElse(null);
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
