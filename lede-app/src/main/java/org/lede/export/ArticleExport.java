package org.lede.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lede.annotate.Annotations;
import java.util.Optional;
import org.lede.article.Article;
import org.lede.corpus.Copies;
import org.lede.corpus.Stories;
import org.lede.article.StatedTime;
import org.lede.index.SearchCursor;
import org.lede.index.SearchHit;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.json.ArticleJson;
import org.lede.library.Newsroom;
import org.lede.store.StoredArticle;

/**
 * Writes stored articles in bulk: JSON Lines in the contract (with quotes, entities, numbers and dates), or CSV
 * with one row per article. Articles are read a page at a time and written as they come, so memory stays the
 * same whatever the store's size.
 *
 * <pre>{@code
 * try (Stream<StoredArticle> articles = ArticleExport.select(library, "\"central bank\"")) {
 *   ArticleExport.write(ArticleExport.Format.CSV, articles, writer, library.copies());
 * }
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class ArticleExport {
  /** The CSV columns, in order. Lists (byline, key points) are joined by "; ". */
  public static final List<String> CSV_COLUMNS = List.of("id", "url", "canonicalUrl", "site", "language", "headline",
      "dek", "byline", "dateline", "published", "updated", "keyPoints", "quotes", "entities", "text", "duplicateOf");
  private static final int PAGE = 200;

  /** An export format. */
  public enum Format {
    /** One JSON object per line, in the JSON Lines contract. */
    JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
    /** RFC 4180 CSV with a header row ({@link #CSV_COLUMNS}). */
    CSV("text/csv; charset=utf-8", "csv");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    /** Returns the media type an HTTP answer in this format carries. */
    public String contentType() {
      return contentType;
    }

    /** Returns the file extension for this format ("jsonl", "csv"). */
    public String extension() {
      return extension;
    }

    /**
     * Returns the format named {@code name} ("jsonl", "csv"), any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Format parse(String name) {
      for (Format f : values()) if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) return f;
      throw new IllegalArgumentException("format must be jsonl or csv, was \"" + name + "\"");
    }
  }

  private ArticleExport() {}

  /**
   * Returns the articles to export, lazily; close the stream when done. A blank query selects every article (latest
   * versions, in the order stored); otherwise the articles matching it in Lede's search syntax, newest first.
   */
  public static Stream<StoredArticle> select(Newsroom library, String query) {
    if (query == null || query.isBlank()) return library.latest();
    SearchRequest request = SearchRequest.of(query).withSort(SearchRequest.Sort.DATE).withLimit(PAGE);
    Iterator<SearchHit> hits = new Iterator<>() {
      private Iterator<SearchHit> page = List.<SearchHit>of().iterator();
      private SearchCursor next;
      private boolean started;

      @Override
      public boolean hasNext() {
        while (!page.hasNext()) {
          if (started && next == null) return false;
          SearchPage p = library.search(request, next);
          started = true;
          next = p.next();
          page = p.results().hits().iterator();
          if (!page.hasNext()) return false;
        }
        return true;
      }

      @Override
      public SearchHit next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(hits, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .flatMap(h -> library.article(h.id()).stream());
  }

  /**
   * Returns one stored article as a line of the contract: its fields, what was found in it, and
   * {@code duplicateOf} (the id of the earlier article whose text it copies, or null) with
   * {@code duplicateSimilarity}.
   */
  public static String jsonLine(StoredArticle a, Copies copies) {
    return jsonLine(a, copies, null);
  }

  /**
   * Returns one stored article as a line of the contract, with {@code story} ({@code {id, size}}, or null) when
   * {@code stories} is given.
   */
  public static String jsonLine(StoredArticle a, Copies copies, Stories stories) {
    ObjectNode node = ArticleJson.mapper().valueToTree(a.article());
    node.setAll((ObjectNode) ArticleJson.mapper().valueToTree(a.annotations()));
    Optional<Copies.Copy> copy = copies.copyOf(a.id());
    node.put("duplicateOf", copy.map(Copies.Copy::originalId).orElse(null));
    if (copy.isPresent()) node.put("duplicateSimilarity", Math.round(copy.get().similarity() * 1000) / 1000.0);
    else node.putNull("duplicateSimilarity");
    if (stories != null) {
      Optional<Stories.Story> story = stories.storyOf(a.id());
      if (story.isEmpty()) node.putNull("story");
      else node.putObject("story").put("id", story.get().id()).put("size", story.get().size());
    }
    try {
      return ArticleJson.mapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Returns a contract line kept by a store that holds it as JSON (PostgreSQL's jsonb: keys reordered, numbers as
   * decimals) written again as {@link #jsonLine(StoredArticle, Copies, Stories)} writes it, so that an export, loaded
   * and exported back, is the same bytes: the article's fields and annotations in the contract's order, then
   * {@code duplicateOf}, {@code duplicateSimilarity} and {@code story} as the line holds them (null when it has none),
   * then any other field the line holds (a field of a newer contract), as stored.
   *
   * @throws java.io.UncheckedIOException when {@code stored} is not a line of the contract
   */
  public static String jsonLine(String stored) {
    ObjectMapper mapper = ArticleJson.mapper();
    try {
      JsonNode line = mapper.readTree(stored);
      ObjectNode node = mapper.valueToTree(mapper.treeToValue(line, Article.class));
      node.setAll((ObjectNode) mapper.valueToTree(mapper.treeToValue(line, Annotations.class)));
      JsonNode original = line.get("duplicateOf");
      node.put("duplicateOf", original != null && original.isTextual() ? original.asText() : null);
      JsonNode similarity = line.get("duplicateSimilarity");
      if (similarity != null && similarity.isNumber()) node.put("duplicateSimilarity", similarity.doubleValue());
      else node.putNull("duplicateSimilarity");
      JsonNode story = line.get("story");
      if (story != null && story.isObject()) node.putObject("story").<ObjectNode>set("id", story.get("id")).set("size", story.get("size"));
      else node.putNull("story");
      for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) line::fields) {
        if (!node.has(field.getKey())) node.set(field.getKey(), field.getValue());
      }
      return mapper.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code articles} to {@code out} in {@code format}, flushing as it goes; returns how many were written.
   * The writer is flushed, not closed.
   *
   * @param copies where each article's {@code duplicateOf} is looked up (one indexed read an article)
   */
  public static long write(Format format, Stream<StoredArticle> articles, Writer out, Copies copies) throws IOException {
    return write(format, articles, out, copies, null);
  }

  /** As {@link #write(Format, Stream, Writer, Copies)}, each JSON line with its {@code story} too. */
  public static long write(Format format, Stream<StoredArticle> articles, Writer out, Copies copies, Stories stories)
      throws IOException {
    if (format == Format.CSV) Csv.row(out, CSV_COLUMNS);
    long n = 0;
    for (StoredArticle a : (Iterable<StoredArticle>) articles::iterator) {
      if (format == Format.JSONL) {
        out.write(jsonLine(a, copies, stories));
        out.write('\n');
      } else {
        Csv.row(out, row(a, copies));
      }
      if (++n % PAGE == 0) out.flush();
    }
    out.flush();
    return n;
  }

  /**
   * Writes lines kept by a store that holds them as JSON, each as {@link #jsonLine(String)} writes it, flushing as it
   * goes; returns how many were written. The writer is flushed, not closed.
   */
  public static long writeStored(Stream<String> stored, Writer out) throws IOException {
    long n = 0;
    for (String line : (Iterable<String>) stored::iterator) {
      out.write(jsonLine(line));
      out.write('\n');
      if (++n % PAGE == 0) out.flush();
    }
    out.flush();
    return n;
  }

  static List<String> row(StoredArticle stored, Copies copies) {
    Article a = stored.article();
    List<String> r = new ArrayList<>(CSV_COLUMNS.size());
    r.add(a.id());
    r.add(a.url());
    r.add(a.canonicalUrl());
    r.add(a.site());
    r.add(a.language());
    r.add(a.headline());
    r.add(a.dek());
    r.add(String.join("; ", a.byline()));
    r.add(a.dateline() == null ? null : a.dateline().place());
    r.add(instant(a.published()));
    r.add(instant(a.updated()));
    r.add(String.join("; ", a.keyPoints()));
    r.add(String.valueOf(stored.annotations().quotes().size()));
    r.add(stored.annotations().entities().stream()
        .map(e -> e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")").distinct().collect(Collectors.joining("; ")));
    r.add(a.text());
    r.add(copies.copyOf(a.id()).map(Copies.Copy::originalId).orElse(null));
    return r;
  }

  private static String instant(StatedTime t) {
    Instant i = t == null ? null : t.instant();
    return i == null ? null : i.toString();
  }
}
