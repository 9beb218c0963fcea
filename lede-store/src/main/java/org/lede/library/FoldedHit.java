package org.lede.library;

import java.util.List;
import org.lede.index.SearchHit;

/**
 * One row of a results page with near-duplicates folded: a hit, and the copies of the same text that the page would
 * otherwise have listed as rows of their own.
 *
 * @param hit        the row: the group's original when it is on the page, else the group's best hit
 * @param copiesHere the page's other hits of the same text, best first, shown under the row
 * @param copies     how many copies the group's original has in the store (on this page or not)
 * @param original   the id of the group's original (the row's own id when it is the original)
 */
public record FoldedHit(SearchHit hit, List<SearchHit> copiesHere, int copies, String original) {
  public FoldedHit {
    copiesHere = List.copyOf(copiesHere);
  }

  /** Returns true when the row's article is itself a copy whose original is not on the page. */
  public boolean isCopy() {
    return !hit.id().equals(original);
  }
}
