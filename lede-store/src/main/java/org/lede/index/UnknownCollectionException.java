package org.lede.index;

/** A query named {@code collection:NAME} for a collection that does not exist. */
public final class UnknownCollectionException extends RuntimeException {
  private final String name;

  /** A query named the collection {@code name}, which does not exist (or the store keeps none). */
  public UnknownCollectionException(String name) {
    super("there is no collection named \"" + name + "\" (lede collection list shows them)");
    this.name = name;
  }

  /** Returns the name the query used. */
  public String name() {
    return name;
  }
}
