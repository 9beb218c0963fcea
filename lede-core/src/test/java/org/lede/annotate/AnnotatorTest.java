package org.lede.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.entity.EntityType;
import org.lede.json.ArticleJson;
import org.lede.quote.QuoteKind;

class AnnotatorTest {
  private static final Article ARTICLE = Article.builder()
      .id("a1")
      .headline("Marrow Island ferries return")
      .published(new StatedTime(Instant.parse("2026-03-05T09:00:00Z"), StatedTime.Precision.MINUTE, "5 March 2026"))
      .addParagraph("Ferries returned to Marrow Island on Tuesday, four days after a storm tore the roof off the harbour office.")
      .addParagraph("“We had people sleeping in the school hall,” said harbourmaster Ines Calloway. “Today they went home.”")
      .addParagraph("Repairs to the pier will cost about 2 million pounds, the island council said.")
      .build();

  @Test
  void one_pass_finds_quotes_entities_quantities_and_dates() {
    Annotations found = Annotator.standard().annotate(ARTICLE);

    assertThat(found.quotes()).anySatisfy(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.text()).isEqualTo("We had people sleeping in the school hall,");
      assertThat(q.speaker().name()).isEqualTo("Ines Calloway");
    });
    assertThat(found.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Ines Calloway");
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
    });
    assertThat(found.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(2_000_000));
    assertThat(found.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("Tuesday");
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    });
  }

  @Test
  void annotations_survive_the_json_contract_unchanged() {
    Annotations found = Annotator.standard().annotate(ARTICLE);

    String line = ArticleJson.toLine(ARTICLE, found);

    assertThat(line).contains("\"quotes\":[").contains("\"kind\":\"direct\"").contains("\"entities\":[");
    assertThat(ArticleJson.annotationsFrom(line)).isEqualTo(found);
    assertThat(ArticleJson.fromLine(line)).isEqualTo(ARTICLE);
  }

  @Test
  void a_named_speaker_points_at_its_entity_and_an_unnamed_one_at_none() {
    Article article = Article.builder()
        .id("a2")
        .headline("Marrow Island council backs new sea wall")
        .addParagraph("The Marrow Island council voted on Thursday to build a sea wall along the harbour front.")
        .addParagraph("“The storm showed us what the next one will do,” said councillor Petra Lindahl.")
        .addParagraph("“Nobody has told us who will pay for it,” one fisherman said.")
        .build();

    Annotations found = Annotator.standard().annotate(article);

    String lindahl = found.entities().stream().filter(e -> e.name().equals("Petra Lindahl")).findFirst()
        .orElseThrow().id();
    assertThat(found.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("The storm showed us");
      assertThat(q.speaker().entityId()).isEqualTo(lindahl);
    });
    assertThat(found.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("Nobody has told us");
      assertThat(q.speaker().entityId()).isNull();
    });
    assertThat(ArticleJson.toLine(article, found)).contains("\"entityId\":\"" + lindahl + "\"");
  }

  @Test
  void an_article_without_text_has_no_annotations() {
    assertThat(Annotator.standard().annotate(Article.builder().id("e").build())).isEqualTo(Annotations.NONE);
  }
}
