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

  /**
   * Returns whether unit vector {@code v}'s dot product with one of the story's latest members is at least
   * {@code least} (always, for a bound of 0 or less). Stops at the first such member: most candidates of an article
   * fail a gate on every member, but a story it joins usually passes on its newest, which comes first.
   */
  static boolean closeToAMember(TermVector v, StoryState.Story s, double least) {
    if (least <= 0) return true;
    for (TermVector m : s.members()) if (v.dot(m) >= least) return true;
    return false;
  }
}
