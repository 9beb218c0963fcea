package org.lede.web;

import java.util.List;

/**
 * A run of article text as the page marks it: plain text, or a quote, entity mention or number holding runs of its
 * own. The template writes each as one element and escapes every {@code text}; nothing here is markup.
 *
 * @param kind     what the run is
 * @param text     the words, for {@link Kind#TEXT}; null otherwise
 * @param css      the element's classes ("quote quote-direct", "ent ent-person", "num")
 * @param href     where it links (a speaker's or entity's page), or null when it does not
 * @param anchor   the element's id, so other pages can link to this place ("q-1234"), or null
 * @param label    what a pointer or screen reader is told about it ("Direct quote: Borys Kremenetskyi"), or null
 * @param value    a number's value in plain digits, for {@link Kind#NUMBER}; null otherwise
 * @param children the runs inside
 */
record Marked(Kind kind, String text, String css, String href, String anchor, String label, String value,
    List<Marked> children) {

  /** What a run is. */
  enum Kind { TEXT, QUOTE, ENTITY, NUMBER }

  static Marked text(String text) {
    return new Marked(Kind.TEXT, text, null, null, null, null, null, List.of());
  }

  boolean isText() {
    return kind == Kind.TEXT;
  }

  boolean isQuote() {
    return kind == Kind.QUOTE;
  }

  boolean isEntity() {
    return kind == Kind.ENTITY;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }
}
