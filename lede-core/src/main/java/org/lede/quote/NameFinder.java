package org.lede.quote;

import java.util.List;

/**
 * The seam between quote attribution and entity recognition: finds the names of people and organisations in a text.
 * {@link #light()} is a rule-based stand-in until a trained entity layer replaces it.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NameFinder {

  /**
   * Returns the names in {@code text}, in text order.
   *
   * @param text an article's {@code text}
   * @return the names found, each with its offsets into {@code text}
   */
  List<NameMention> find(String text);

  /** Returns the rule-based finder: capitalised name sequences with the titles and roles around them. */
  static NameFinder light() {
    return LightNameFinder.INSTANCE;
  }
}
