package org.lede.library;

import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;

/**
 * A fortnight and more of short river-town news written for the attention tests: floods and a drought across three
 * sites, on days spread over weeks and months (a week boundary, a month boundary, the first and last minute of a
 * day), and one undated article.
 */
final class RiverNews {
  private RiverNews() {}

  record Story(String site, String published, String headline, String body) {}

  static final List<Story> STORIES = List.of(
      new Story("Valley Courier", "2024-02-26T00:00:00Z", "River rises at the weir", "The river rose at the weir overnight and the flood gates were closed."),
      new Story("Valley Courier", "2024-02-29T23:59:00Z", "Leap day flood warning", "A flood warning was issued for the lower town on leap day."),
      new Story("Coastal Ledger", "2024-03-01T00:00:00Z", "Flood defences hold", "The new flood defences held as the tide turned on Friday."),
      new Story("Coastal Ledger", "2024-03-03T12:00:00Z", "Ferries resume after storm", "Ferries resumed on Sunday after the storm passed the harbour."),
      new Story("Hill Gazette", "2024-03-04T08:00:00Z", "Flood insurance claims double", "Insurers said flood claims had doubled since the river burst its banks."),
      new Story("Hill Gazette", "2024-03-04T18:30:00Z", "Reservoir levels fall in drought", "The drought has left the hill reservoir at half its usual level."),
      new Story("Valley Courier", "2024-03-10T09:00:00Z", "Farmers fear drought", "Farmers in the valley fear a second summer of drought and a hosepipe ban."),
      new Story("Coastal Ledger", "2024-03-11T07:15:00Z", "Council debates flood budget", "The council debated the flood budget and the harbour wall."),
      new Story("Hill Gazette", "2024-03-31T23:00:00Z", "Last flood of March", "The month ended with a small flood on the hill road."),
      new Story("Valley Courier", "2024-04-01T06:00:00Z", "April begins dry", "April began dry, and the drought committee met at noon."),
      new Story("Coastal Ledger", "2024-04-15T10:00:00Z", "Harbour wall repaired", "Masons repaired the harbour wall before the spring tides."));

  /** The stories as articles, plus one undated flood story. */
  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (Story s : STORIES) {
      out.add(Article.builder().canonicalUrl("https://river.test/" + (n++)).site(s.site()).headline(s.headline())
          .published(Fixtures.time(s.published())).addParagraph(s.body()).build());
    }
    out.add(Article.builder().canonicalUrl("https://river.test/undated").site("Valley Courier")
        .headline("Undated flood note").addParagraph("A flood note without a date.").build());
    return out;
  }

  static void ingest(Library lib) {
    List<Article> all = articles();
    for (int i = 0; i < all.size(); i++) lib.ingest(Fixtures.raw("river-" + i + ".html", "<p>" + i + "</p>"), List.of(all.get(i)));
    lib.commit();
  }
}
