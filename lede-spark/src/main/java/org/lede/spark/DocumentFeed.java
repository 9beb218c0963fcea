package org.lede.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * The documents of one archive or record file, read on a thread of their own and taken one at a time: Lede's WARC and
 * record readers tell a visitor of each record, and a Spark task wants an iterator it can pull from. A few records
 * wait between the two, so memory holds a few pages however large the file, and reading overlaps the analysis.
 *
 * <p>Used by one task thread; {@link #close} stops the reader when the task ends early.
 */
final class DocumentFeed implements Iterator<DocumentFeed.Item>, AutoCloseable {

  /** A document to extract, or a record (or the rest of the file) that could not be read. */
  record Item(Document document, InputException problem) {}

  /** Reads a file, handing each record to {@code sink} in order. */
  @FunctionalInterface
  interface Reader {
    void read(Sink sink) throws InputException;
  }

  /** Where a reader hands what it reads. */
  interface Sink {
    void document(Document document);

    void problem(InputException problem);
  }

  private static final Item END = new Item(null, null);

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(4);
  private final Thread thread;
  private volatile boolean closed;
  private Item next;

  DocumentFeed(String name, Reader reader) {
    this.thread = Thread.ofPlatform().daemon().name("lede-read " + name).start(() -> {
      try {
        reader.read(new Sink() {
          @Override
          public void document(Document document) {
            put(new Item(document, null));
          }

          @Override
          public void problem(InputException problem) {
            put(new Item(null, problem));
          }
        });
      } catch (InputException e) {
        put(new Item(null, e));
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        put(new Item(null, new InputException(name, "could not be read: " + e, e)));
      } finally {
        put(END);
      }
    });
  }

  /** Waits for room, giving up once the task has closed the feed (nobody will take what is left). */
  private void put(Item item) {
    try {
      while (!closed) {
        if (queue.offer(item, 200, TimeUnit.MILLISECONDS)) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    return next != END;
  }

  @Override
  public Item next() {
    if (!hasNext()) throw new NoSuchElementException();
    Item item = next;
    next = null;
    return item;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
