package org.lede.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where an OpenSearch index is, as Lede's options name it: {@code opensearch://HOST:PORT/INDEX}.
 *
 * @param host  the host of any node of the cluster
 * @param port  its HTTP port
 * @param index the index name (lower case, as OpenSearch requires)
 */
public record IndexAddress(String host, int port, String index) {
  /** OpenSearch's own rules for index names, minus the ones Lede never needs (dots, leading + or -). */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,199}");

  public IndexAddress {
    if (host == null || host.isBlank()) throw new IllegalArgumentException("an OpenSearch address needs a host");
    if (port < 1 || port > 65535) throw new IllegalArgumentException("an OpenSearch address needs a port, was " + port);
    if (index == null || !INDEX_NAME.matcher(index).matches()) {
      throw new IllegalArgumentException("\"" + index + "\" is not an index name (lower-case letters, digits, - and _)");
    }
  }

  /**
   * Reads {@code opensearch://HOST:PORT/INDEX}.
   *
   * @throws IllegalArgumentException naming what is missing or wrong
   */
  public static IndexAddress parse(URI uri) {
    if (!"opensearch".equals(uri.getScheme())) {
      throw new IllegalArgumentException("an OpenSearch index is opensearch://HOST:PORT/INDEX, not " + uri);
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("an OpenSearch index is opensearch://HOST:PORT/INDEX, not " + uri + " (host and port?)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    return new IndexAddress(uri.getHost(), uri.getPort(), path);
  }

  /** Reads {@code text} as {@link #parse(URI)} does. */
  public static IndexAddress parse(String text) {
    try {
      return parse(new URI(text));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("an OpenSearch index is opensearch://HOST:PORT/INDEX, not " + text);
    }
  }

  /** The cluster's HTTP address. */
  URI http() {
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
  }

  @Override
  public String toString() {
    return "opensearch://" + host + ":" + port + "/" + index;
  }
}
