package org.lede.entity;

import java.util.List;

/** Groups one article's mentions into entities. Stateless. */
final class EntityGrouper {
  private EntityGrouper() {}

  static List<Entity> group(String articleId, TokenizedText t, List<NameSpan> spans) {
    return List.of();
  }
}
