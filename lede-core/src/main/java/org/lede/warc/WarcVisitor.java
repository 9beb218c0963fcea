package org.lede.warc;

import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * Told what a WARC file holds as {@link WarcInputs} reads it, record by record, on the reading thread.
 */
public interface WarcVisitor {
  /** A captured page to extract; {@link Document#fetched()} is the record's WARC-Date. */
  void document(Document document);

  /** A record that could still be used but is not whole (WARC-Truncated): its document was passed on too. */
  default void warning(InputException warning) {}

  /** A record, or the rest of the file, that could not be read; reading goes on where it can. */
  default void problem(InputException problem) {}
}
