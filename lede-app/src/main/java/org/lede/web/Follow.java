package org.lede.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the reader follows: a site, a byline, or a person, organization or place named in the articles.
 *
 * @param kind       what is followed
 * @param value      its name as the articles state it ("Harbour Herald", "Jane Doe")
 * @param followedAt when it was followed
 */
public record Follow(Kind kind, String value, Instant followedAt) {
  /** The longest name accepted, so a follow cannot be used to store an essay. */
  static final int MAX_VALUE = 200;

  public Follow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(followedAt, "followedAt");
  }

  /** What can be followed. */
  public enum Kind {
    /** A publication, matched on the article's site. */
    SITE,
    /** An author, matched on the article's byline. */
    BYLINE,
    /** A person, organization or place, by canonical name, matched on the names the article mentions. */
    ENTITY;

    /** Returns the kind named {@code name} ("site", "byline"), case-insensitively. */
    public static Optional<Kind> parse(String name) {
      if (name == null) return Optional.empty();
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name.strip())) return Optional.of(k);
      }
      return Optional.empty();
    }

    /** Returns the kind's name as the API and forms write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
