package org.lede.quote;

/** What kind of source speaks. */
public enum SpeakerKind {
  PERSON,
  ORGANIZATION,
  /** Several people, named or not: "analysts", "current and former officials". */
  GROUP
}
