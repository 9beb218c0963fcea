package org.lede.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.lede.index.SearchCursor;
import org.lede.index.SearchRequest;

/**
 * A {@link SearchRequest} in OpenSearch's query DSL, meaning what it means to the Lucene index
 * ({@code org.lede.index.UserQuery}, {@code Searching}): the query text parsed by Lucene's classic parser as the
 * Lucene index parses it ({@link LedeQueryParser}: default fields headline ×3, dek ×1.5, body, byline, dateline, every
 * word required, no leading wildcards, a word that is not a field before a colon searched as a word) and translated
 * clause for clause ({@link QueryTranslation}); text that is not valid syntax is searched as plain words. The site and
 * date filters, the orders and the cursor pages follow {@code Searching}; a query naming a {@code collection:} is
 * refused as naming none, since the store served beside an index keeps no collections.
 */
final class SearchDsl {
  /** Marks around highlighted words: private-use characters, which no article's text is expected to hold. */
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";
  static final int SITES = 20;
  /** The fields a hit is shown with. */
  private static final List<String> CARD = List.of("id", "headline", "site_name", "published", "byline", "url", "story");

  private SearchDsl() {}

  /**
   * A search body, and whether the query text was searched as plain words because it was not valid syntax.
   */
  record Built(ObjectNode body, boolean syntaxError) {}

  /**
   * The search body of a page of {@code request} (its offset and limit), with snippets and the sites and months of
   * every match; {@code plainWords} searches the text as words only, whatever it holds.
   *
   * @throws org.lede.index.UnknownCollectionException when the query names a collection
   */
  static Built body(SearchRequest request, boolean plainWords) {
    Built built = query(request, plainWords);
    ObjectNode body = built.body();
    body.put("from", request.offset());
    body.put("size", request.limit());
    if (newestFirst(request)) sortNewestFirst(body);
    shown(body);
    return built;
  }

  /**
   * The body of a search that also samples its best {@code sample} hits: the first {@code max(sample, offset +
   * limit)} hits from the top, of which the caller shows the page and keeps the sample's ids (as the Lucene index
   * does in one pass).
   */
  static Built sampled(SearchRequest request, boolean plainWords, int sample) {
    Built built = query(request, plainWords);
    ObjectNode body = built.body();
    body.put("from", 0);
    body.put("size", Math.max(1, Math.max(sample, request.offset() + request.limit())));
    if (newestFirst(request)) sortNewestFirst(body);
    shown(body);
    return built;
  }

  /**
   * The body of the cursor page after {@code after} (the first when null): one hit more than the limit, to know whether
   * a next page exists, in the total order the Lucene index pages in — newest first (undated last) or best first, ties
   * broken by article id — resumed with {@code search_after} at the cursor's sort key. The request's offset is ignored.
   *
   * @throws IllegalArgumentException when the cursor was made by a search in another order
   */
  static Built page(SearchRequest request, boolean plainWords, SearchCursor after) {
    boolean byDate = newestFirst(request);
    if (after != null && after.byDate() != byDate) throw new IllegalArgumentException("the cursor belongs to a search in another order");
    Built built = query(request, plainWords);
    ObjectNode body = built.body();
    body.put("size", request.limit() + 1);
    ArrayNode sort = body.putArray("sort");
    if (byDate) {
      sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
      body.put("track_scores", true);
    } else {
      sort.addObject().putObject("_score").put("order", "desc");
    }
    sort.addObject().putObject("id").put("order", "asc");
    if (after != null) {
      ArrayNode key = body.putArray("search_after");
      if (byDate) key.add(after.published());
      else key.add(after.score());
      key.add(after.id());
    }
    shown(body);
    return built;
  }

  /**
   * The body that summarises {@code request}'s matches for "what was said": the ids of the best {@code sample} (the
   * newest for a blank query), the total, and the sites of all matches. The request's paging and order are ignored.
   */
  static Built summary(SearchRequest request, boolean plainWords, int sample) {
    Built built = query(request, plainWords);
    ObjectNode body = built.body();
    body.put("size", Math.max(1, sample));
    if (blank(request)) sortNewestFirst(body);
    body.putObject("_source").putArray("includes").add("id");
    body.putObject("aggs").putObject("sites").putObject("terms").put("field", "site_name").put("size", SITES);
    return built;
  }

  /**
   * The query of {@code request} alone (its text, site and dates), counting every match: the part every search body
   * shares.
   */
  static Built query(SearchRequest request, boolean plainWords) {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    Built clause = clause(request.query(), plainWords);
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(clause.body());
    ArrayNode filter = bool.putArray("filter");
    if (request.site() != null) {
      filter.addObject().putObject("term").put("site", request.site().strip().toLowerCase(Locale.ROOT));
    }
    if (request.since() != null || request.until() != null) {
      ObjectNode range = filter.addObject().putObject("range").putObject("published");
      if (request.since() != null) range.put("gte", request.since().toEpochMilli());
      if (request.until() != null) range.put("lt", request.until().toEpochMilli());
      range.put("format", "epoch_millis");
    }
    return new Built(body, clause.syntaxError());
  }

  /**
   * The query clause of {@code text} in Lede's syntax: every article when blank.
   *
   * @throws org.lede.index.UnknownCollectionException when the text names a collection
   */
  static Built clause(String text, boolean plainWords) {
    ObjectNode all = OpenSearchHttp.JSON.createObjectNode();
    if (text == null || text.isBlank()) {
      all.putObject("match_all");
      return new Built(all, false);
    }
    boolean syntaxError = false;
    Query parsed = null;
    if (!plainWords) {
      try {
        parsed = new LedeQueryParser().parse(org.lede.index.QueryFields.escapeUnknownFields(text));
      } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
        syntaxError = true;
      }
    }
    if (parsed == null && (plainWords || syntaxError)) parsed = plainWords(text);
    return new Built(QueryTranslation.top(parsed), syntaxError);
  }

  /** A blank query lists every article newest first whatever the order asked, as {@code Searching} does. */
  static boolean newestFirst(SearchRequest request) {
    return blank(request) || request.sort() == SearchRequest.Sort.DATE;
  }

  private static boolean blank(SearchRequest request) {
    return request.query() == null || request.query().isBlank();
  }

  /** Newest first, undated last, then the best match: Searching's NEWEST_FIRST. */
  private static void sortNewestFirst(ObjectNode body) {
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
    sort.addObject().putObject("_score").put("order", "desc");
    body.put("track_scores", true);
  }

  /** What a shown page needs: each hit's card and snippet, and the sites and months of every match. */
  private static void shown(ObjectNode body) {
    ArrayNode source = body.putObject("_source").putArray("includes");
    for (String f : CARD) source.add(f);
    ObjectNode highlight = body.putObject("highlight");
    highlight.putArray("pre_tags").add(OPEN);
    highlight.putArray("post_tags").add(CLOSE);
    // two passages of about 160 chars, the first one when nothing matches in the body: Highlighting's choices
    highlight.putObject("fields").putObject("body")
        .put("number_of_fragments", 2).put("fragment_size", 160).put("no_match_size", 160);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("sites").putObject("terms").put("field", "site_name").put("size", SITES);
    aggs.putObject("months").putObject("terms").put("field", "month").put("size", 1200)
        .putObject("order").put("_key", "asc");
  }

  /** {@code text} as words and phrases only: every operator escaped. */
  private static Query plainWords(String text) {
    try {
      return new LedeQueryParser().parse(QueryParserBase.escape(text));
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      return new MatchNoDocsQuery("unreadable query");
    }
  }
}
