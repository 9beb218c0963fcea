package org.lede.quote;

/** How a quote reports speech. */
public enum QuoteKind {
  /** Words in quote marks, given as said: {@code “We will win,” she said.} */
  DIRECT,
  /** Reported speech without quote marks: {@code She said they would win.} */
  INDIRECT,
  /** A quoted phrase woven into reported speech: {@code the “vast majority” of them, he said.} */
  PARTIAL
}
