package org.lede.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lede.fetch.FetchException;
import org.lede.fetch.FetchResult;
import org.lede.fetch.Fetcher;
import org.lede.fetch.Validators;
import org.lede.source.Document;
import org.lede.source.InputException;

/**
 * One poll of feeds and sitemaps: fetches each listing (conditionally, with the validators saved last time),
 * follows sitemap indexes, fetches the listed pages not seen before on several threads (the fetcher keeps each
 * host's limits), hands each to a {@link PageSink}, and records what it finished in the {@link PollState}.
 *
 * <p>Crash safety comes from the order of writes: a page is marked seen only after the sink returned, and a
 * listing's validators are saved only after every page it listed was finished, so a poll cut short is simply
 * repeated from where the state says.
 *
 * <p>Thread-safe as long as polls on one state do not overlap.
 */
public final class Harvest {
  /** Most listings one source may expand to (a sitemap index and its children). */
  private static final int MAX_LISTINGS_PER_SOURCE = 200;

  private final Fetcher fetcher;
  private final PollState state;
  private final int workers;

  /**
   * @param fetcher fetches listings and pages; its policy sets per-host politeness and concurrency
   * @param state   what earlier polls did
   * @param workers pages fetched at once across all hosts
   */
  public Harvest(Fetcher fetcher, PollState state, int workers) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.state = Objects.requireNonNull(state, "state");
    if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
    this.workers = workers;
  }

  /**
   * What one poll did.
   *
   * @param listings   feed and sitemap documents fetched with new content
   * @param unchanged  listings the server said were not modified (304)
   * @param listed     pages listed in the new content
   * @param fresh      listed pages not seen before, fetched this poll
   * @param stored     fresh pages the sink took
   * @param failed     fresh pages or listings that failed (each reported)
   * @param retryLater of the failures, those to be tried again on the next poll
   */
  public record Report(int listings, int unchanged, int listed, int fresh, int stored, int failed, int retryLater) {}

  /**
   * Polls {@code sources} once.
   *
   * @param sink     takes each new page; see {@link PageSink} for its contract
   * @param problems told of each listing or page that failed, named, with its reason
   * @throws UncheckedIOException when the state cannot be written (nothing more can be done safely)
   */
  public Report poll(List<Source> sources, PageSink sink, Consumer<InputException> problems) {
    Counts counts = new Counts();
    Set<String> thisPoll = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      for (Source source : sources) pollOne(source, sink, problems, counts, thisPoll, pool);
    } finally {
      pool.shutdownNow();
    }
    return new Report(counts.listings.get(), counts.unchanged.get(), counts.listed.get(), counts.fresh.get(),
        counts.stored.get(), counts.failed.get(), counts.retryLater.get());
  }

  private static final class Counts {
    final AtomicInteger listings = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger listed = new AtomicInteger();
    final AtomicInteger fresh = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger retryLater = new AtomicInteger();
  }

  private void pollOne(Source source, PageSink sink, Consumer<InputException> problems, Counts counts,
      Set<String> thisPoll, ExecutorService pool) {
    Deque<URI> queue = new ArrayDeque<>(List.of(source.uri()));
    Set<URI> visited = new HashSet<>();
    Map<URI, Validators> finished = new LinkedHashMap<>();
    List<ListedPage> fresh = new ArrayList<>();
    boolean listingFailed = false;
    while (!queue.isEmpty() && visited.size() < MAX_LISTINGS_PER_SOURCE) {
      URI at = queue.poll();
      if (!visited.add(at)) continue;
      Listing listing;
      FetchResult r;
      try {
        r = fetcher.fetch(at, state.validators(at));
        if (r.notModified()) {
          counts.unchanged.incrementAndGet();
          continue;
        }
        listing = source.kind() == Source.Kind.FEED
            ? FeedReader.read(r.uri(), r.body(), r.contentType())
            : SitemapReader.read(r.uri(), r.body(), r.contentType());
      } catch (FetchException e) {
        fail(problems, counts, e.toInputException(), e.retryLater());
        listingFailed = true;
        continue;
      } catch (InputException e) {
        fail(problems, counts, e, false);
        continue;
      } catch (OutOfMemoryError | StackOverflowError e) {
        // one absurd listing must not end the poll, nor the watcher around it
        fail(problems, counts, new InputException(at.toString(), "too large or deep to read ("
            + e.getClass().getSimpleName() + "); skipped", e), false);
        continue;
      }
      if (listing.unread() > 0) {
        synchronized (problems) {
          problems.accept(new InputException(at.toString(), String.format(Locale.ROOT,
              "lists more than %,d pages; the first %,d are read, %,d left out", Listing.MAX_PAGES, Listing.MAX_PAGES,
              listing.unread())));
        }
      }
      counts.listings.incrementAndGet();
      counts.listed.addAndGet(listing.pages().size());
      queue.addAll(listing.children());
      for (ListedPage page : listing.pages()) {
        if (!state.seen(page.url()) && thisPoll.add(page.url().toString())) fresh.add(page);
      }
      finished.put(at, r.validators());
    }
    counts.fresh.addAndGet(fresh.size());
    List<Future<Boolean>> done = new ArrayList<>();
    for (ListedPage page : fresh) done.add(pool.submit(() -> take(page, sink, problems, counts)));
    boolean allFinished = !listingFailed;
    for (Future<Boolean> f : done) {
      try {
        allFinished &= f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) throw io;
        throw new IllegalStateException("polling " + source.uri() + " failed", e.getCause());
      }
    }
    // A page left for later must be listed again next time, so the listing must not come back 304.
    if (!allFinished) return;
    try {
      for (Map.Entry<URI, Validators> e : finished.entrySet()) state.saveValidators(e.getKey(), e.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the poll state", e);
    }
  }

  /** Fetches one page and hands it on; returns false when it is left to be tried on a later poll. */
  private boolean take(ListedPage page, PageSink sink, Consumer<InputException> problems, Counts counts) {
    try {
      Document document = fetcher.fetch(page.url()).toDocument();
      sink.accept(new FetchedPage(document, page));
      counts.stored.incrementAndGet();
      state.markSeen(page.url());
      return true;
    } catch (FetchException e) {
      fail(problems, counts, e.toInputException(), e.retryLater());
      if (e.retryLater()) return false;
      return markSeen(page.url());
    } catch (InputException e) {
      fail(problems, counts, e, false);
      return markSeen(page.url());
    } catch (OutOfMemoryError | StackOverflowError e) {
      // one page too big or too deep to analyse: the watcher goes on, and the page is not tried again
      fail(problems, counts, new InputException(page.url().toString(), (e instanceof StackOverflowError
          ? "too deeply nested to analyse (stack overflow)" : "too large to analyse in memory") + "; skipped", e), false);
      return markSeen(page.url());
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the poll state", e);
    }
  }

  private boolean markSeen(URI page) {
    try {
      state.markSeen(page);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the poll state", e);
    }
  }

  private static void fail(Consumer<InputException> problems, Counts counts, InputException e, boolean later) {
    counts.failed.incrementAndGet();
    if (later) counts.retryLater.incrementAndGet();
    synchronized (problems) {
      problems.accept(later ? new InputException(e.input(), e.reason() + "; will retry on the next poll", e) : e);
    }
  }
}
