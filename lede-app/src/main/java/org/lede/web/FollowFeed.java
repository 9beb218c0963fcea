package org.lede.web;

import java.util.List;
import java.util.stream.Collectors;
import org.lede.index.SearchRequest;

/** The search behind "what I follow": any followed site or byline, newest first. */
final class FollowFeed {
  private FollowFeed() {}

  /** Returns the search for {@code follows}, or null when nothing is followed. */
  static SearchRequest request(List<Follow> follows, int limit) {
    if (follows.isEmpty()) return null;
    String query = follows.stream()
        .map(f -> phrase(f.kind() == Follow.Kind.SITE ? "site" : "byline", f.value()))
        .collect(Collectors.joining(" OR "));
    return SearchRequest.of(query).withSort(SearchRequest.Sort.DATE).withLimit(limit);
  }

  /** Returns a query for {@code value} as a phrase in {@code field}; quotes and backslashes in it cannot break out. */
  static String phrase(String field, String value) {
    return field + ":\"" + value.replaceAll("[\"\\\\]", " ").strip() + "\"";
  }
}
