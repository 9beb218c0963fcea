package org.lede.quantity;

/** How exact a reported number is, as the writer hedged it. */
public enum Qualifier {
  /** No hedge written. */
  NONE,
  /** "exactly", "precisely". */
  EXACTLY,
  /** "about", "around", "roughly", "some", "nearly", "almost". */
  ABOUT,
  /** "at least". */
  AT_LEAST,
  /** "more than", "over". */
  MORE_THAN,
  /** "up to", "as many as", "at most". */
  UP_TO,
  /** "less than", "fewer than", "under". */
  LESS_THAN,
  /** "an estimated", "the estimated". */
  ESTIMATED
}
