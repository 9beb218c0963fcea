package org.lede.entity;

/** The four CoNLL entity types Lede reports. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC;

  /** Maps a CoNLL or CoreNLP label ("PER", "I-ORG", "LOCATION") to a type, or null for "O" and unknown labels. */
  public static EntityType fromLabel(String label) {
    if (label == null) return null;
    String l = label.startsWith("I-") || label.startsWith("B-") ? label.substring(2) : label;
    return switch (l) {
      case "PER", "PERSON" -> PERSON;
      case "ORG", "ORGANIZATION" -> ORGANIZATION;
      case "LOC", "LOCATION" -> LOCATION;
      case "MISC" -> MISC;
      default -> null;
    };
  }
}
