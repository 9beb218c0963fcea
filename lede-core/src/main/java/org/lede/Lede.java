package org.lede;

import org.lede.extract.Extraction;
import org.lede.source.FileInputs;

/**
 * The front door of Lede's core: where a caller gets the stages that turn raw news into articles.
 *
 * <pre>{@code
 * Document doc = Lede.files().read(Path.of("page.html"));
 * List<Article> articles = Lede.extraction().extract(doc);
 * }</pre>
 */
public final class Lede {
  private Lede() {}

  /** Returns the reader of files, directories and gzipped files, with the default size cap. */
  public static FileInputs files() {
    return FileInputs.standard();
  }

  /** Returns extraction with Lede's own extractors and the system clock. */
  public static Extraction extraction() {
    return Extraction.standard();
  }
}
