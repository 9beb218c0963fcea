package org.lede.library;

import java.util.List;
import org.lede.corpus.Stories;

/**
 * The hits of one results page that belong to one story, in the order of their best hit.
 *
 * @param story the story (title, size, outlets), or null for a hit in no story (it stands alone)
 * @param hits  its rows, copies folded
 */
public record StoryGroup(Stories.Story story, List<FoldedHit> hits) {
  public StoryGroup {
    hits = List.copyOf(hits);
  }
}
