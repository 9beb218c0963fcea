package org.lede.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search parameters and list cursors as any client may send them: each request is read, or refused with a
 * {@link Problem} (a 400 that says what was wrong), never another exception. A cursor the API gave out opens again
 * to what was sealed in it.
 */
class ApiParametersFuzzTest {
  private static final List<String> NAMES = List.of("q", "site", "month", "sort", "page", "speaker", "entity", "since",
      "until", "limit", "cursor");

  @FuzzTest(maxDuration = "30s")
  void any_parameters_are_read_or_refused_with_a_problem(FuzzedDataProvider data) {
    Map<String, String> params = new HashMap<>();
    while (data.remainingBytes() > 0 && params.size() < NAMES.size()) {
      params.put(data.pickValue(NAMES), data.consumeString(200));
    }
    try {
      SearchForm form = SearchForm.read(params::get, SearchForm.PER_PAGE);
      form.request();
      form.link("/search");
      form.describe();
    } catch (Problem expected) {
      // a 400 naming the parameter
    }
    String cursor = params.get("cursor");
    for (String kind : List.of("cq", "eq", "em")) {
      try {
        Paging.after(cursor, kind);
      } catch (Problem expected) {
        // a 400: not a cursor this list gave out
      }
    }
    try {
      Paging.searchCursor(cursor);
    } catch (Problem expected) {
      // as above
    }
  }

  @FuzzTest(maxDuration = "30s")
  void a_cursor_given_out_opens_to_what_was_sealed(FuzzedDataProvider data) {
    // ids are the store's own (hex digests, entity keys): never a line break, which separates a cursor's parts
    String id = data.consumeString(60).replace('\n', ' ');
    // a lone surrogate has no UTF-8 form: what a client can send back is the id as UTF-8 carries it
    id = new String(id.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    long published = data.consumeLong();
    String cursor = Paging.seal("cq", published, id);
    List<String> parts = Paging.open(cursor, "cq", 2);
    if (parts == null || !parts.get(0).equals(Long.toString(published)) || !parts.get(1).equals(id)) {
      throw new AssertionError("cursor " + cursor + " opened to " + parts);
    }
  }
}
