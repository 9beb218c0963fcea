package org.lede.store;

/** A failure of the store itself (disk, database, an unreadable schema), as opposed to a bad input. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
