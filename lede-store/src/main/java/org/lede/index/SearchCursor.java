package org.lede.index;

import java.util.Objects;

/**
 * Where a page of hits ended, so the next page starts right after it: the last hit's sort key and the index
 * snapshot the pages are read from. Articles indexed after the first page do not shift later pages, because they
 * are read from the same snapshot while it is kept (a few minutes), and after that from the sort key, which is a
 * total order (ties broken by id).
 *
 * @param snapshot  the index snapshot the first page was read from
 * @param byDate    true when hits are ordered newest first, false when best match first
 * @param score     the last hit's score (the key when ordered by relevance)
 * @param published the last hit's publication time in epoch milliseconds, {@link Long#MIN_VALUE} when it has none
 * @param id        the last hit's article id, which breaks ties
 */
public record SearchCursor(long snapshot, boolean byDate, float score, long published, String id) {
  public SearchCursor {
    Objects.requireNonNull(id, "id");
  }
}
