package org.lede.source;

/**
 * One input Lede could not read or extract, with a reason a user can act on. It names the input; it never
 * stops the rest of a batch.
 */
public final class InputException extends Exception {
  private final String input;
  private final String reason;

  public InputException(String input, String reason) {
    this(input, reason, null);
  }

  public InputException(String input, String reason, Throwable cause) {
    super(input + ": " + reason, cause);
    this.input = input;
    this.reason = reason;
  }

  /** The path or URL that failed. */
  public String input() {
    return input;
  }

  /** Why it failed, in a phrase ("binary content (PNG image), not a news page"). */
  public String reason() {
    return reason;
  }
}
