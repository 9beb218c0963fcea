package org.lede.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two stories become one when an article ties them strongly: the article is at least {@link StoryClusterer.Rules#mergeAt}
 * close to each centroid (the day penalty counted) and at least {@link StoryClusterer.Rules#mergeMember} close to one
 * of each story's members, the two stories' centroids are at least {@link StoryClusterer.Rules#mergeCentroids} close
 * to each other, and their names do not tell them apart (both name entities, none in common). One such article is
 * evidence that an event was first told as two. (Without the members' part, a debate report that also named the
 * front-runner tied the debate to a senator's endorsement of him among the development pages.)
 *
 * <p>The older story (the lower id, found first) survives; the other redirects to it. Thread-safe (stateless).
 */
final class StoryMerge {
  private StoryMerge() {}

  /** Returns whether article {@code v} is close enough to one of story {@code s}'s members to tie it to another. */
  static boolean tied(TermVector v, StoryState.Story s, StoryClusterer.Rules rules) {
    return s.members().isEmpty() || StoryVectors.closeToAMember(v, s, rules.mergeMember());
  }

  /** Returns whether {@code a} and {@code b}, both close to one article, are the same story. */
  static boolean same(StoryState.Story a, StoryState.Story b, StoryClusterer.Rules rules) {
    if (!a.entities().isEmpty() && !b.entities().isEmpty() && java.util.Collections.disjoint(a.entities(), b.entities())) {
      return false;
    }
    return StoryVectors.cosine(a, b) >= rules.mergeCentroids();
  }

  /** Returns the story {@code older} is once {@code younger} is merged into it, keeping {@code members} members. */
  static StoryState.Story of(StoryState.Story older, StoryState.Story younger, int members) {
    TermVector centroid = older.centroid().plus(younger.centroid());
    double dot = older.centroid().dot(younger.centroid());
    Set<String> entities = new HashSet<>(older.entities());
    entities.addAll(younger.entities());
    boolean theirTitle = older.title() == null || younger.title() != null && younger.titleScore() > older.titleScore();
    return new StoryState.Story(older.id(), centroid, older.normSquared() + younger.normSquared() + 2 * dot, entities,
        later(older.last(), younger.last()), older.size() + younger.size(), theirTitle ? younger.title() : older.title(),
        theirTitle ? younger.titleScore() : older.titleScore(), interleave(older.members(), younger.members(), members));
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isAfter(b) ? a : b;
  }

  /** Both stories' latest members, taken in turn, so that each keeps a voice in the merged story. */
  private static List<TermVector> interleave(List<TermVector> a, List<TermVector> b, int max) {
    List<TermVector> out = new ArrayList<>(max);
    for (int i = 0; out.size() < max && (i < a.size() || i < b.size()); i++) {
      if (i < a.size()) out.add(a.get(i));
      if (i < b.size() && out.size() < max) out.add(b.get(i));
    }
    return out;
  }
}
