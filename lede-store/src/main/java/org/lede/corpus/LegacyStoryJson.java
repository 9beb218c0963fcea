package org.lede.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.lede.json.ArticleJson;
import org.lede.story.TermVector;

/**
 * Reads a story as migration 8 wrote it, its centroid and members JSON maps from term to weight, into
 * {@link TermVector}s over the term ids of {@code story_word}: so that a store from before migration 9 keeps its
 * stories without a restory, each turned into the compact form the first time clustering reads it. A term without
 * an id (never counted) is left out: it cannot match an article's term either. Thread-safe (stateless).
 */
final class LegacyStoryJson {
  private static final TypeReference<Map<String, Double>> VECTOR = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Double>>> MEMBERS = new TypeReference<>() {};

  private LegacyStoryJson() {}

  /** A story's centroid and members, newest first. */
  record Vectors(TermVector centroid, List<TermVector> members) {}

  /**
   * Returns the vectors of {@code centroid} and {@code members} (JSON, either null or blank for none).
   *
   * @param ids a term's id, or -1 when it has none
   * @throws JsonProcessingException when the JSON cannot be read
   */
  static Vectors read(String centroid, String members, ToIntFunction<String> ids) throws JsonProcessingException {
    TermVector c = centroid == null || centroid.isBlank() ? TermVector.EMPTY
        : vector(ArticleJson.mapper().readValue(centroid, VECTOR), ids);
    List<TermVector> m = new ArrayList<>();
    if (members != null && !members.isBlank()) {
      for (Map<String, Double> one : ArticleJson.mapper().readValue(members, MEMBERS)) m.add(vector(one, ids));
    }
    return new Vectors(c, m);
  }

  private static TermVector vector(Map<String, Double> byTerm, ToIntFunction<String> ids) {
    int[] terms = new int[byTerm.size()];
    double[] weights = new double[byTerm.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : byTerm.entrySet()) {
      int id = ids.applyAsInt(e.getKey());
      if (id < 0 || e.getValue() == null) continue;
      terms[n] = id;
      weights[n++] = e.getValue();
    }
    return TermVector.of(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(weights, n));
  }
}
