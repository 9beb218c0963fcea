package org.lede.opensearch;

/** OpenSearch could not be reached, or refused a request: the message names the cluster and its reason. */
public final class OpenSearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OpenSearchException(String message) {
    super(message);
  }

  OpenSearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
