package org.lede.source;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * The raw content of one input, before anything is extracted from it.
 *
 * @param input           the path or URL it came from, as the user named it
 * @param content         the bytes, decompressed when the input was gzipped
 * @param mediaType       what the content is, sniffed and guessed from its name
 * @param declaredCharset the charset its transport declared (an HTTP header), or null
 * @param fetched         when it was fetched from the network, or null for a local file
 * @param modified        the file's modification time, or null
 */
public record Document(
    String input, byte[] content, MediaType mediaType, Charset declaredCharset, Instant fetched, Instant modified) {

  public Document {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mediaType, "mediaType");
  }

  /**
   * Returns the instant relative times in this document ("5 sec ago") are resolved against: {@code asOf} when
   * given, else the fetch time, else the modification time, else {@code now}.
   */
  public Instant referenceTime(Instant asOf, Instant now) {
    if (asOf != null) return asOf;
    if (fetched != null) return fetched;
    if (modified != null) return modified;
    return now;
  }

  /** Returns a copy whose media type is {@code type}. */
  public Document withMediaType(MediaType type) {
    return new Document(input, content, type, declaredCharset, fetched, modified);
  }
}
