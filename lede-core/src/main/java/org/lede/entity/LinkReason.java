package org.lede.entity;

/** Why an article's entity joined its corpus entity: the evidence a later decision may revise. */
public enum LinkReason {
  /** A person named in full ("Elena Marsh"): first and last name match. Never revised. */
  FULL_NAME,
  /** An organization, place or other name, or one of its aliases, matches. Never revised. */
  NAME,
  /** A surname alone, and only one person of the corpus bears it. Revised when a second one appears. */
  SURNAME_ONLY,
  /** A surname alone shared by several people; titles, roles and co-mentioned names chose one. Revised likewise. */
  SURNAME_EVIDENCE,
  /** A surname alone that no known person could take: kept with the other such mentions until one can. */
  SURNAME_UNRESOLVED;

  /** Returns true for the decisions a new person of the same surname may change. */
  public boolean bySurname() {
    return this == SURNAME_ONLY || this == SURNAME_EVIDENCE || this == SURNAME_UNRESOLVED;
  }
}
