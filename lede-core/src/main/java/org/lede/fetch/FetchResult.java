package org.lede.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;

/**
 * One successful (2xx) or not-modified (304) response, its body decoded from gzip or deflate.
 *
 * @param requested    the URL asked for
 * @param uri          the URL the content came from, after redirects
 * @param status       the final HTTP status: 2xx, or 304 when the validators still matched
 * @param body         the body (empty for 304)
 * @param contentType  the Content-Type header, or null
 * @param charset      the charset the response declared, when it is plausible for the bytes; else null
 * @param validators   ETag and Last-Modified for a conditional GET next time
 * @param fetched      when the response arrived
 * @param lastModified the Last-Modified header as an instant, or null
 */
public record FetchResult(URI requested, URI uri, int status, byte[] body, String contentType, Charset charset,
    Validators validators, Instant fetched, Instant lastModified) {

  public FetchResult {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(fetched, "fetched");
  }

  /** Returns true when the server said the copy we hold is still current. */
  public boolean notModified() {
    return status == 304;
  }

  /**
   * Returns the response as a document to extract: input is the final URL, the fetch time and declared charset
   * are kept, and the media type comes from the Content-Type when it says HTML, else from the bytes.
   *
   * @throws InputException naming the URL when the response is empty or not a page (an image, a PDF)
   */
  public Document toDocument() throws InputException {
    String input = uri.toString();
    if (notModified()) throw new InputException(input, "not modified since the last fetch");
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    for (String binary : new String[] {"image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
        "application/octet-stream"}) {
      if (type.startsWith(binary)) {
        throw new InputException(input, "not a news page (" + type.split(";")[0].trim() + ")");
      }
    }
    if (body.length == 0) throw new InputException(input, "empty response");
    MediaType media = type.startsWith("text/html") || type.startsWith("application/xhtml")
        ? MediaType.HTML : MediaType.guess(uri.getPath() == null ? "" : uri.getPath(), body);
    return new Document(input, body, media, charset, fetched, lastModified);
  }
}
