package org.lede.quote;

/** How a speaker mention was tied to who it names. */
public enum Resolution {
  /** The mention is the name itself, or a description that stands alone. */
  NAMED,
  /** A surname for a person introduced earlier by full name. */
  SURNAME,
  /** "he", "she", "they": the nearest earlier fitting person. */
  PRONOUN,
  /** A title or role noun ("the general", "the spokesman") for the person introduced with it. */
  TITLE,
  /** No attribution of its own: the quote continues the previous speaker's. */
  CONTINUATION,
  /** The speaker of "who said": the noun phrase the relative clause hangs on. */
  RELATIVE_CLAUSE
}
