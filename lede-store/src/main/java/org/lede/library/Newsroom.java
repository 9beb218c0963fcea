package org.lede.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.corpus.Copies;
import org.lede.corpus.Corpus;
import org.lede.corpus.Stories;
import org.lede.corpus.StoryContents;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.PublishedSpan;
import org.lede.index.SampledResults;
import org.lede.index.SearchCursor;
import org.lede.index.SearchHit;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.source.Document;
import org.lede.store.IngestOutcome;
import org.lede.store.SiteCollection;
import org.lede.store.StoredArticle;
import org.lede.store.StoredDocument;
import org.lede.store.Version;

/**
 * The stored news as the web app reads it: articles and their history, search, the corpus layer (entities, quotes,
 * copies, stories) and the few writes the API takes. {@link Library} (SQLite and Lucene) serves all of it; a store
 * that does not hold some part yet answers that part with {@link NotServedHere}, which the web app shows as a page
 * saying so.
 *
 * <p>Every read is bounded by what it returns, never a walk over the store. Implementations are thread-safe.
 */
public interface Newsroom {

  /** Returns the latest version of an article. */
  Optional<StoredArticle> article(String id);

  /** Returns one version of an article. */
  Optional<StoredArticle> version(String id, int version);

  /** Returns an article's history, oldest first. */
  List<Version> versions(String id);

  /** Returns the stored raw input whose content has SHA-256 {@code sha256} (hex), or empty. */
  Optional<StoredDocument> document(String sha256);

  /** Returns the latest version of every article, oldest write first, lazily; close the stream when done. */
  Stream<StoredArticle> latest();

  /** Searches the latest version of every article. Never fails on query syntax. */
  SearchResults search(SearchRequest request);

  /** Searches, and names the ids of the first {@code sample} hits from the same pass (for summaries of the top). */
  SampledResults search(SearchRequest request, int sample);

  /** Searches one page at a time with a cursor: the page after {@code after}, or the first when it is null. */
  SearchPage search(SearchRequest request, SearchCursor after);

  /** Folds a page of hits: each copy of a text under its original. Costs the page's size. */
  List<FoldedHit> foldCopies(List<SearchHit> hits);

  /** Groups a page of hits by story. Costs the page's size. */
  List<StoryGroup> groupByStory(List<SearchHit> hits);

  /** Returns what was said about {@code request}'s matches; see {@link WhatWasSaid}. */
  WhatWasSaid said(SearchRequest request);

  /** Counts, for each query, the articles it matches per period; see {@link Library#attention}. */
  AttentionCounts attention(List<AttentionQuery> queries, LocalDate since, LocalDate until, Interval interval);

  /** Returns the first and last days (UTC) an article was published; empty when none is dated. */
  Optional<PublishedSpan> publishedSpan();

  /** Returns every collection of sites, by name. */
  List<SiteCollection> collections();

  /** Returns the corpus layer: entities linked across articles, corpus quotes. */
  Corpus corpus();

  /** Returns the near-duplicates: which article's text copies which. */
  Copies copies();

  /** Returns the stories: articles grouped by the event they report. */
  Stories stories();

  /** Returns what the stories' articles hold: their quotes and numbers. */
  StoryContents storyContents();

  /** Returns what story {@code storyId}'s newest articles say. */
  StoryDetail storyDetail(long storyId);

  /** Stores a raw input, its articles and what was found in each, and makes them searchable. */
  IngestOutcome ingest(Document raw, List<Article> articles, List<Annotations> annotations);

  /** Returns the local directory for what the web app keeps itself (follows, access tokens). */
  Path dataDir();
}
