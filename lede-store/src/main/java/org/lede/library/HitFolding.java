package org.lede.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.corpus.Copies;
import org.lede.corpus.Stories;
import org.lede.index.SearchHit;

/**
 * Folds one page of search hits: copies of one text under their original, and rows under their story. Works on the
 * page alone (its hits' story doc values, then a primary-key lookup per hit and per group in the store), so its cost
 * is the page's size whatever the corpus holds; it never reads an article. Public for the newsrooms of other stores,
 * which fold over the same tables read through their own connections.
 */
public final class HitFolding {
  private final Copies copies;
  private final Stories stories;

  public HitFolding(Copies copies, Stories stories) {
    this.copies = copies;
    this.stories = stories;
  }

  /** Folds {@code hits} (in rank order) by copy group; rows keep the rank of their group's best hit. */
  public List<FoldedHit> copies(List<SearchHit> hits) {
    Map<String, String> originals = copies.originalsOf(hits.stream().map(SearchHit::id).toList());
    Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
    for (SearchHit h : hits) groups.computeIfAbsent(originals.getOrDefault(h.id(), h.id()), k -> new ArrayList<>()).add(h);
    List<FoldedHit> out = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<SearchHit>> g : groups.entrySet()) {
      String original = g.getKey();
      List<SearchHit> members = new ArrayList<>(g.getValue());
      // a copy sits under its original when both are on the page, whichever ranked higher
      SearchHit row = members.stream().filter(h -> h.id().equals(original)).findFirst().orElse(members.getFirst());
      members.remove(row);
      out.add(new FoldedHit(row, members, copies.count(original), original));
    }
    return out;
  }

  /**
   * Groups {@code hits} by story (a merged story's hits under its survivor), copies folded first, stories in the order
   * of their best hit; a hit in no story is a group of its own.
   */
  public List<StoryGroup> stories(List<SearchHit> hits) {
    Set<Long> ids = new LinkedHashSet<>();
    for (SearchHit h : hits) if (h.story() != null) ids.add(h.story());
    Map<Long, Long> moved = ids.isEmpty() ? Map.of() : stories.survivors(ids);
    Map<Object, List<FoldedHit>> groups = new LinkedHashMap<>();
    for (FoldedHit row : copies(hits)) {
      Long story = row.hit().story() == null ? null : moved.getOrDefault(row.hit().story(), row.hit().story());
      groups.computeIfAbsent(story == null ? row.hit().id() : story, k -> new ArrayList<>()).add(row);
    }
    Map<Long, Stories.Story> known = stories.stories(groups.keySet().stream()
        .filter(k -> k instanceof Long).map(k -> (Long) k).toList());
    List<StoryGroup> out = new ArrayList<>(groups.size());
    for (Map.Entry<Object, List<FoldedHit>> g : groups.entrySet()) {
      out.add(new StoryGroup(g.getKey() instanceof Long id ? known.get(id) : null, g.getValue()));
    }
    return out;
  }
}
