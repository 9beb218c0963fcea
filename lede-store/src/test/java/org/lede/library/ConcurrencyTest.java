package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.index.SearchRequest;

class ConcurrencyTest {
  @TempDir Path dir;

  @Test
  void readers_and_searches_run_while_a_writer_ingests() throws Exception {
    int count = 300;
    try (Library lib = Library.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicLong reads = new AtomicLong();
      Thread writer = new Thread(() -> {
        try {
          for (int i = 0; i < count; i++) {
            Article a = Fixtures.harbour().toBuilder()
                .canonicalUrl("https://example.test/news/item-" + i)
                .headline("Harbour notice number " + i)
                .build();
            lib.ingest(Fixtures.raw("item-" + i + ".html", "<html>item " + i + "</html>"), List.of(a));
          }
        } catch (Throwable t) {
          failures.add(t);
        } finally {
          writing.set(false);
        }
      });
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(new Thread(() -> {
          long lastTotal = 0;
          try {
            while (writing.get()) {
              long total = lib.search(SearchRequest.of("harbour notice")).totalHits();
              assertThat(total).as("the index never goes backwards").isGreaterThanOrEqualTo(lastTotal);
              lastTotal = total;
              lib.stats();
              reads.incrementAndGet();
            }
          } catch (Throwable t) {
            failures.add(t);
          }
        }));
      }
      writer.start();
      readers.forEach(Thread::start);
      writer.join();
      for (Thread t : readers) t.join();

      assertThat(failures).isEmpty();
      assertThat(reads.get()).isPositive();
      assertThat(lib.search(SearchRequest.of("harbour notice")).totalHits()).isEqualTo(count);
      assertThat(lib.stats().articles()).isEqualTo(count);
    }
  }
}
