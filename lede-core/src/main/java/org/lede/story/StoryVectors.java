package org.lede.story;

/** Cosines between articles and stories, as clustering compares them. Thread-safe (stateless). */
final class StoryVectors {
  private StoryVectors() {}

  /** Returns the cosine between unit vector {@code v} and a story's centroid. */
  static double cosine(TermVector v, StoryState.Story s) {
    return s.normSquared() <= 0 ? 0 : v.dot(s.centroid()) / Math.sqrt(s.normSquared());
  }

  /** Returns the cosine between two stories' centroids. */
  static double cosine(StoryState.Story a, StoryState.Story b) {
    if (a.normSquared() <= 0 || b.normSquared() <= 0) return 0;
    return a.centroid().dot(b.centroid()) / Math.sqrt(a.normSquared() * b.normSquared());
  }

  /** Returns the largest dot product of unit vector {@code v} with one of the story's latest members. */
  static double closestMember(TermVector v, StoryState.Story s) {
    double best = 0;
    for (TermVector m : s.members()) best = Math.max(best, v.dot(m));
    return best;
  }
}
