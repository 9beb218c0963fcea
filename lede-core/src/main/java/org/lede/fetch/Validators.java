package org.lede.fetch;

/**
 * What a server said identifies the version of a resource it sent, for a conditional GET next time.
 *
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header as sent, or null
 */
public record Validators(String etag, String lastModified) {
  /** No validators: the next request is unconditional. */
  public static final Validators NONE = new Validators(null, null);

  /** Returns true when there is nothing to make a request conditional on. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
