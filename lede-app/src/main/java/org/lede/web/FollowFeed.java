package org.lede.web;

import java.util.List;
import java.util.stream.Collectors;
import org.lede.index.SearchRequest;

/** The search behind "what I follow": any followed site, byline or entity, newest first. */
final class FollowFeed {
  private FollowFeed() {}

  /** Returns the search for {@code follows}, or null when nothing is followed. */
  static SearchRequest request(List<Follow> follows, int limit) {
    if (follows.isEmpty()) return null;
    String query = follows.stream()
        .map(f -> phrase(field(f.kind()), f.value()))
        .collect(Collectors.joining(" OR "));
    return SearchRequest.of(query).withSort(SearchRequest.Sort.DATE).withLimit(limit);
  }

  private static String field(Follow.Kind kind) {
    return switch (kind) {
      case SITE -> "site";
      case BYLINE -> "byline";
      case ENTITY -> "entity";
    };
  }

  /** Returns a query for {@code value} as a phrase in {@code field}; quotes and backslashes in it cannot break out. */
  static String phrase(String field, String value) {
    return field + ":\"" + value.replaceAll("[\"\\\\]", " ").strip() + "\"";
  }
}
