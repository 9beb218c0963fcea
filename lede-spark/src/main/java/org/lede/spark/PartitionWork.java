package org.lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.spark.corpus.CorpusInput;

/**
 * One partition's work: its files read record by record, each record extracted and annotated by the stages
 * {@code lede ingest} runs (one {@link Extraction} and one {@link Annotator} for the partition), each article a line
 * of the JSON Lines contract, each record that yields none a reject with its reason. Lazy: a record is read when the
 * writer asks for the next line, so a task holds a few records at a time whatever its files hold.
 *
 * <p>A record that fails — unreadable, no article in it, an analyzer's exception, an {@link OutOfMemoryError} or
 * {@link StackOverflowError} on one hostile page — becomes a reject; the task goes on.
 */
final class PartitionWork implements Iterator<Outcome> {
  private final Iterator<InputFile> files;
  private final FileRecords records;
  private final Extraction extraction;
  private final Annotator annotator;
  private final JobCounters counters;
  private final ArrayDeque<Outcome> ready = new ArrayDeque<>();
  private final boolean corpus;
  private Iterator<DocumentFeed.Item> items = Collections.emptyIterator();
  private long place;
  private long inPlace;

  PartitionWork(JobOptions options, Configuration conf, JobCounters counters, Iterator<InputFile> files) {
    this.files = files;
    this.records = new FileRecords(options.maxBytes(), conf);
    this.extraction = Extraction.standard().withAsOf(options.asOf());
    this.annotator = options.annotations() ? Annotator.standard() : null;
    this.counters = counters;
    this.corpus = options.corpus() && annotator != null;
  }

  /** Stops reading, for a task that ends before its files do. */
  void close() {
    records.close();
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (items.hasNext()) {
        take(items.next());
      } else if (files.hasNext()) {
        InputFile file = files.next();
        if (file.from() == 0) counters.files().add(1);
        counters.bytes().add(Math.max(0, file.bytes()));
        items = records.open(file);
        place = file.place();
        inPlace = 0;
      } else {
        records.close();
        return false;
      }
    }
    return true;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) throw new NoSuchElementException();
    return ready.removeFirst();
  }

  private void take(DocumentFeed.Item item) {
    if (item.problem() != null) {
      reject(item.problem());
      return;
    }
    Document document = item.document();
    counters.documents().add(1);
    try {
      List<Article> articles = extraction.extract(document);
      if (articles.isEmpty()) throw new InputException(document.input(), "no article found in it");
      for (Article article : articles) ready.addLast(article(document, article));
    } catch (InputException e) {
      ready.clear();
      reject(e);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      ready.clear();
      reject(new InputException(document.input(), failure(e), e));
    }
  }

  private Outcome article(Document document, Article article) throws InputException {
    Annotations found;
    try {
      found = annotator == null ? null : annotator.annotate(article);
    } catch (RuntimeException e) {
      throw new InputException(document.input(), "annotation failed: " + e, e);
    }
    counters.articles().add(1);
    counters.words().add(words(article.text()));
    if (corpus) ready.addLast(new Outcome(Outcome.CORPUS, CorpusInput.of(place, inPlace++, article.id(), article, found).toLine()));
    return new Outcome(Outcome.ARTICLE, found == null ? ArticleJson.toLine(article) : ArticleJson.toLine(article, found));
  }

  private void reject(InputException e) {
    counters.rejects().add(1);
    ObjectNode line = ArticleJson.mapper().createObjectNode();
    line.put("input", e.input());
    line.put("reason", e.reason());
    ready.addLast(new Outcome(Outcome.REJECT, line.toString()));
  }

  /** The one-line reason for a record whose work threw {@code t}, as {@code lede ingest} words it. */
  private static String failure(Throwable t) {
    return switch (t) {
      case OutOfMemoryError e -> "too large to analyse in memory (" + e.getMessage() + "); skipped";
      case StackOverflowError e -> "too deeply nested to analyse (stack overflow); skipped";
      default -> "failed: " + t;
    };
  }

  /** Words in {@code text}, split at whitespace, as {@code lede ingest} counts them. */
  static long words(String text) {
    if (text == null) return 0;
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
