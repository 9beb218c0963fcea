package org.lede.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lede.corpus.Stories;
import org.lede.library.Newsroom;
import org.lede.library.NotServedHere;

/**
 * The stories the home page leads with: those of the store's latest week, biggest first, each with its outlets.
 * Reads the week's stories through the index on their latest article, never the whole store.
 */
final class TopStories {
  static final Duration WEEK = Duration.ofDays(7);
  static final int SHOWN = 6;

  private TopStories() {}

  /** One story on the home page. */
  record Item(String href, String title, int size, int outlets, String last) {}

  static List<Item> of(Newsroom library) {
    Optional<java.time.Instant> latest;
    try {
      latest = library.stories().latest(2);
    } catch (NotServedHere e) {
      return List.of(); // a store without stories leads with its latest articles alone
    }
    if (latest.isEmpty()) return List.of();
    return library.stories().top(latest.get().minus(WEEK), null, SHOWN).stream()
        .filter(s -> s.size() > 1)
        .map(s -> new Item("/story/" + s.id(), Views.headline(s.title()), s.size(), s.outlets(),
            s.last() == null ? null : Views.display(s.last())))
        .toList();
  }
}
