package org.lede.fetch;

import org.lede.source.InputException;

/**
 * A URL that could not be fetched, with a reason a user can act on and whether trying again later may help.
 */
public final class FetchException extends Exception {
  private final String url;
  private final String reason;
  private final boolean retryLater;
  private final int status;

  FetchException(String url, String reason, boolean retryLater) {
    this(url, reason, retryLater, 0, null);
  }

  FetchException(String url, String reason, boolean retryLater, Throwable cause) {
    this(url, reason, retryLater, 0, cause);
  }

  FetchException(String url, String reason, boolean retryLater, int status, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.reason = reason;
    this.retryLater = retryLater;
    this.status = status;
  }

  /** The HTTP status that ended the fetch, or 0 when it ended before or without one. */
  public int status() {
    return status;
  }

  /** The URL that failed (the one asked for, not a redirect target). */
  public String url() {
    return url;
  }

  /** Why it failed, in a phrase ("disallowed by robots.txt"). */
  public String reason() {
    return reason;
  }

  /**
   * Returns true when the failure is the server's or the network's state (a timeout, a 503, a 429) rather than
   * the URL's nature (a 404, robots.txt, a private address), so a later poll should try it again.
   */
  public boolean retryLater() {
    return retryLater;
  }

  /** Returns this failure as the input error the ingest pipeline reports. */
  public InputException toInputException() {
    return new InputException(url, reason, this);
  }
}
