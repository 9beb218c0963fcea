package org.lede.story;

import java.util.Map;

/** Dot products of sparse term vectors, as stories and articles are compared. Thread-safe (stateless). */
final class StoryVectors {
  private StoryVectors() {}

  /** Returns the dot product of {@code a} and {@code b}, walking the smaller. */
  static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return dot(b, a);
    double d = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) d += o * e.getValue();
    }
    return d;
  }

  /** Returns the cosine between unit vector {@code v} and a story's centroid. */
  static double cosine(Map<String, Double> v, StoryState.Story s) {
    return s.normSquared() <= 0 ? 0 : dot(v, s.centroid()) / Math.sqrt(s.normSquared());
  }

  /** Returns the cosine between two stories' centroids. */
  static double cosine(StoryState.Story a, StoryState.Story b) {
    if (a.normSquared() <= 0 || b.normSquared() <= 0) return 0;
    return dot(a.centroid(), b.centroid()) / Math.sqrt(a.normSquared() * b.normSquared());
  }

  /** Returns the largest dot product of unit vector {@code v} with one of the story's latest members. */
  static double closestMember(Map<String, Double> v, StoryState.Story s) {
    double best = 0;
    for (Map<String, Double> m : s.members()) best = Math.max(best, dot(v, m));
    return best;
  }
}
