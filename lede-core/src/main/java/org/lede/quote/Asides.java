package org.lede.quote;

import java.util.Set;

/**
 * Reads the words that commas set between a subject and its verb: an aside about the moment ("The campaign, in a Q&A
 * on the controversy, worded it …") that the source leaves out, or an apposition about the person ("Tom Ridge, a former
 * secretary of homeland security, said") that the source takes in.
 */
final class Asides {
  /** Words that open a relative clause or a reflexive aside, which the source does not take in. */
  private static final Set<String> NOT_APPOSITIONS = Set.of("who", "whom", "whose", "which", "that", "where",
      "himself", "herself", "themselves");
  /** How far a closing comma may lie from the one that opens the insert. */
  private static final int MAX_INSERT = 14;
  /** How many comma-bounded parts may stand between a subject and its verb: "Clinton, 35, the daughter of …, said". */
  private static final int MAX_PARTS = 3;

  private final Passage p;
  private final Subjects subjects;

  Asides(Passage passage, Subjects subjects) {
    this.p = passage;
    this.subjects = subjects;
  }

  /**
   * The token where the verb may stand after the subject that ends at {@code k}: past the asides and appositions
   * between commas when a comma follows the subject, else {@code k} itself.
   *
   * @param limit the token the verb must come before
   */
  int verbAfter(int k, int limit) {
    if (k >= limit || !p.token(k).text().equals(",")) return k;
    int from = k;
    for (int part = 0; part < MAX_PARTS; part++) {
      int comma = closingComma(from, limit);
      if (comma < 0) return k;
      if (comma + 1 >= limit || !subjects.describes(comma + 1, limit)) return comma + 1;
      from = comma;
    }
    return k;
  }

  /**
   * The end of the source whose subject ends at {@code subjectEnd} and whose verb stands at {@code verb}: after the
   * appositions that describe the person, before the first aside or relative clause.
   */
  int sourceEnd(int subjectEnd, int verb) {
    if (verb == subjectEnd) return subjectEnd;
    int end = subjectEnd;
    for (int c = subjectEnd; c >= 0 && c < verb - 1; c = closingComma(c, verb)) {
      if (NOT_APPOSITIONS.contains(p.token(c + 1).lower()) || !subjects.describes(c + 1, verb - 1)) break;
      end = closingComma(c, verb);
      if (end < 0) return subjectEnd;
    }
    return end;
  }

  /** The comma that closes the insert opened by the comma at {@code k}, or -1. */
  private int closingComma(int k, int limit) {
    for (int j = k + 1; j < limit && j - k <= MAX_INSERT; j++) {
      Token t = p.token(j);
      if (p.inDirect(j) || t.text().equals(";") || t.text().equals(":")) return -1;
      if (t.text().equals(",")) return j > k + 1 ? j : -1;
    }
    return -1;
  }
}
