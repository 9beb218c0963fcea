package org.lede.store;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * A raw input as the store keeps it, so it can be extracted again after an upgrade.
 *
 * @param id              the store's row id
 * @param sha256          SHA-256 of the content
 * @param input           the path or URL it came from
 * @param mediaType       its media type when it was ingested
 * @param declaredCharset the charset its transport declared, or null
 * @param fetched         when it was fetched, or null
 * @param modified        the file's modification time, or null
 * @param ingestedAt      when it was first stored
 * @param content         the raw bytes, decompressed
 */
public record StoredDocument(long id, String sha256, String input, MediaType mediaType, String declaredCharset,
    Instant fetched, Instant modified, Instant ingestedAt, byte[] content) {

  public StoredDocument {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }

  /** Returns the input as a {@link Document} ready for extraction. */
  public Document toDocument() {
    Charset charset = declaredCharset == null || !Charset.isSupported(declaredCharset) ? null : Charset.forName(declaredCharset);
    return new Document(input, content, mediaType, charset, fetched, modified);
  }
}
