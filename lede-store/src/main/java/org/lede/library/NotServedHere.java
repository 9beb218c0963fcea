package org.lede.library;

/**
 * A part of the news that this store does not serve yet (stories, copies, attention counts, writes through the API
 * on a store {@code lede load} fills). The message says what and where, for a reader: the web app answers it with a
 * page saying so (501), never with a failure.
 */
public final class NotServedHere extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what  what is not served, as a reader would name it ("stories", "attention counts")
   * @param store the store or index that does not serve it, as a reader would name it (its address, no password)
   */
  public NotServedHere(String what, String store) {
    super(store + " does not serve " + what + " yet; a store filled by lede ingest does.");
  }
}
