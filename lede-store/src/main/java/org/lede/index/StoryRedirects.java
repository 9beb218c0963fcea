package org.lede.index;

import java.util.Map;
import java.util.Set;

/**
 * Where merged stories went: the index keeps the story id an article was given, and a story that merged into another
 * since counts as its survivor. Asked once per count, with the distinct story ids the count met.
 */
@FunctionalInterface
public interface StoryRedirects {
  /** No story has merged: every id stands for itself. */
  StoryRedirects NONE = stories -> Map.of();

  /** Returns the survivor of each of {@code stories} that merged into another; ids absent from the answer stand. */
  Map<Long, Long> survivors(Set<Long> stories);
}
