package org.lede.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.lede.index.SearchRequest;

/**
 * A {@link SearchRequest} in OpenSearch's query DSL, meaning what it means to the Lucene index
 * ({@code org.lede.index.UserQuery}, {@code Searching}): the query text parsed by Lucene's classic parser as the
 * Lucene index parses it ({@link LedeQueryParser}: default fields headline ×3, dek ×1.5, body, byline, dateline, every
 * word required, no leading wildcards, a word that is not a field before a colon searched as a word) and translated
 * clause for clause ({@link QueryTranslation}); text that is not valid syntax is searched as plain words. The site and
 * date filters and the order follow {@code Searching}.
 */
final class SearchDsl {
  private static final Pattern COLLECTION = Pattern.compile("(?<![\\\\\\w])collection:");
  /** Marks around highlighted words: private-use characters, which no article's text is expected to hold. */
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";
  static final int SITES = 20;

  private SearchDsl() {}

  /** Lede names collections in its store, which an OpenSearch index has not: such a query is refused. */
  static boolean namesCollection(String text) {
    return text != null && COLLECTION.matcher(text).find();
  }

  /**
   * A search body, and whether the query text was searched as plain words because it was not valid syntax.
   */
  record Built(ObjectNode body, boolean syntaxError) {}

  /** The search body for {@code request}; {@code plainWords} searches the text as words only, whatever it holds. */
  static Built body(SearchRequest request, boolean plainWords) {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    boolean syntaxError = false;
    String text = request.query();
    boolean all = text == null || text.isBlank();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    if (all) {
      bool.putArray("must").addObject().putObject("match_all");
    } else {
      Query parsed = null;
      if (!plainWords) {
        try {
          parsed = new LedeQueryParser().parse(org.lede.index.QueryFields.escapeUnknownFields(text));
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
          syntaxError = true;
        }
      }
      if (parsed == null && (plainWords || syntaxError)) parsed = plainWords(text);
      bool.putArray("must").add(QueryTranslation.top(parsed));
    }
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
    if (all || request.sort() == SearchRequest.Sort.DATE) {
      // newest first, undated last, then the best match: Searching's NEWEST_FIRST
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
      sort.addObject().putObject("_score").put("order", "desc");
      body.put("track_scores", true);
    }
    ArrayNode source = body.putObject("_source").putArray("includes");
    for (String f : List.of("id", "headline", "site_name", "published", "byline", "url", "story")) source.add(f);
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
    return new Built(body, syntaxError);
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
