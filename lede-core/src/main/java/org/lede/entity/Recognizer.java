package org.lede.entity;

import java.util.List;

/** The statistical name recognizer: labels each token of one sentence with an entity type, or null. */
@FunctionalInterface
interface Recognizer {

  /**
   * Labels one sentence.
   *
   * @param sentence tokens of one sentence
   * @return one label a token, null for tokens outside any name; adjacent equal labels form one name
   */
  EntityType[] label(List<Token> sentence);
}
