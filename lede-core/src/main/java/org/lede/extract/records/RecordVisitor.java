package org.lede.extract.records;

import org.lede.source.Document;
import org.lede.source.InputException;

/** Told what a record file holds as {@link RecordFiles} reads it, record by record, on the reading thread. */
public interface RecordVisitor {
  /**
   * One record, as a {@link org.lede.source.MediaType#ARTICLE_JSON} document named {@code FILE:LINE} (the line it
   * starts on); extracting it reads the article, or says what is wrong with that line.
   */
  void record(Document record);

  /** A record, or the rest of the file, that could not be read; reading goes on where it can. */
  void problem(InputException problem);
}
