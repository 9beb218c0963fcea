package org.lede.library;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * News written for the story tests: a fire at an old paper mill reported by a wire story that three outlets run
 * (two under their own headlines), by a broadcaster in its own words, and followed up the next day; a bridge closure
 * in the same town the same days; and a week of unrelated news so that term statistics look like a newsroom's.
 */
final class MillFireNews {
  private MillFireNews() {}

  static final List<String> WIRE = List.of(
      "Firefighters battled a blaze through the night at the disused Tarrow paper mill on the river bank, and about "
          + "three hundred residents of nearby streets were told to keep their windows closed because of the smoke.",
      "The fire started in the old pulp store shortly after ten in the evening and spread to the roof of the main hall "
          + "before twelve crews brought it under control at dawn, the regional fire service said.",
      "Fire chief Oskar Lindqvist said the cause was not yet known and that investigators would enter the building "
          + "once the walls had been declared safe.");

  /** Every article, in the order they are ingested. */
  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    String[][] other = {
        {"Ferry timetable changes for winter", "The island ferry will run four times a day from November."},
        {"Choir wins regional contest", "The town choir won the regional contest with a programme of folk songs."},
        {"New playground opens in the park", "Children tried out the new playground in the east park on Saturday."},
        {"Farmers market moves indoors", "The weekly farmers market moves into the old station hall for the winter."},
        {"Cycle lane plan approved", "Councillors approved a cycle lane along the harbour road."},
        {"Library extends opening hours", "The central library will open until nine on weekdays."},
        {"Local team reaches cup final", "The football club reached the cup final after a penalty shoot-out."},
        {"Bakery celebrates a century", "A family bakery on the market square celebrated its hundredth year."}};
    for (int i = 0; i < other.length; i++) {
      out.add(article("other-" + i, "Tarrow Herald", other[i][0], "2025-10-0" + (i + 1) + "T08:00:00Z", List.of(other[i][1])));
    }
    out.add(article("wire", "Tarrow Herald", "Fire guts old Tarrow paper mill", "2025-10-14T06:00:00Z", WIRE));
    out.add(article("copy-coast", "Coast Daily", "Blaze at disused mill forces residents indoors", "2025-10-14T07:00:00Z",
        List.of(WIRE.get(0), WIRE.get(1), WIRE.get(2), "Share this article")));
    out.add(article("copy-valley", "Valley Post", "Tarrow mill fire: crews fight through the night", "2025-10-14T08:00:00Z",
        List.of("TARROW (Wire) -", WIRE.get(0), WIRE.get(1), WIRE.get(2))));
    out.add(article("radio", "Tarrow Radio", "Paper mill fire in Tarrow brought under control", "2025-10-14T09:00:00Z",
        List.of("A fire at the old Tarrow paper mill has been brought under control after burning through the night, "
            + "with residents near the river told to keep their windows shut.",
            "Fire chief Oskar Lindqvist told Tarrow Radio that investigators would look for the cause.")));
    out.add(article("bridge", "Tarrow Herald", "Tarrow bridge closed for repairs", "2025-10-14T12:00:00Z",
        List.of("The old stone bridge over the Tarrow river will be closed to traffic for six weeks while engineers "
            + "repair its arches, the roads department said.", "A ferry will carry foot passengers meanwhile.")));
    out.add(article("followup", "Tarrow Herald", "Investigators enter burnt Tarrow paper mill", "2025-10-15T10:00:00Z",
        List.of("Investigators entered the burnt Tarrow paper mill on Wednesday, a day after a fire destroyed the roof "
            + "of its main hall and the old pulp store.", "Fire chief Oskar Lindqvist said an electrical fault was "
            + "one of several possible causes.")));
    return out;
  }

  /** Ingests every article, annotated, one input each. */
  static void ingest(Library library) {
    Annotator annotator = Annotator.standard();
    for (Article a : articles()) library.ingest(document(a), List.of(a), List.of(annotator.annotate(a)));
    library.commit();
  }

  static Document document(Article a) {
    return new Document(a.id() + "-" + a.text().hashCode(), a.text().getBytes(StandardCharsets.UTF_8),
        MediaType.ARTICLE_JSON, null, null, null);
  }

  static Article article(String id, String site, String headline, String published, List<String> paragraphs) {
    return Article.builder().id(id).site(site).headline(headline).published(Fixtures.time(published))
        .paragraphs(paragraphs).build();
  }
}
