package org.lede.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lede.article.Article;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;

/**
 * Texts no model should ever be handed whole: a run-on text of 100,000 words without a full stop, and a single
 * 200,000-character word. Each is annotated completely, with sane output. The timeouts only stop a regression from
 * hanging the build (a quadratic stage would take hours); they are not speed checks.
 */
class BoundedTextsTest {
  private static final String[] PHRASE = (
      "Maria Lopez told the harbour council on Tuesday that repairs would cost 2 million pounds, "
          + "and Peter Novak of the Marrow Island Ferry Company said “we will be back” while the storm moved north "
          + "toward Lisbon and the schools stayed shut for a third day, ").split(" ");

  private static Article articleOf(String text) {
    return Article.builder().id("bounded").headline("Run-on").addParagraph(text).build();
  }

  private static void assertMentionsPointIntoText(Annotations found, String text) {
    for (Entity e : found.entities()) {
      for (var m : e.mentions()) {
        assertThat(m.start()).isBetween(0, text.length());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void a_hundred_thousand_words_without_a_full_stop_are_read_in_windows() {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 100_000; w++) {
      if (w > 0) text.append(' ');
      text.append(PHRASE[w % PHRASE.length]);
    }
    String body = text.toString();
    assertThat(body).doesNotContain(".").doesNotContain("\n");

    Annotations found = Annotator.standard().annotate(articleOf(body));

    assertThat(found.textLanguage()).isEqualTo("en");
    assertThat(found.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Maria Lopez");
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
      // every repetition of the phrase names her once
      assertThat(e.mentions().size()).isGreaterThan(100_000 / PHRASE.length / 2);
    });
    assertThat(found.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Peter Novak"));
    assertMentionsPointIntoText(found, body);
    assertThat(found.quantities()).isNotEmpty();
    // Each "said" gives a quote, and none runs on to the end of the text: quotes are read within windows too.
    assertThat(found.quotes()).hasSizeGreaterThan(100);
    assertThat(found.quotes()).allSatisfy(q -> assertThat(q.text().length()).isLessThan(5_000));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void a_single_word_of_two_hundred_thousand_characters_is_read_without_harm() {
    String word = "x".repeat(100_000) + "Lopez" + "y".repeat(99_995);
    String body = "The council met on Tuesday and Maria Lopez said the repairs were finished. " + word
        + " Peter Novak said the ferries would return on Friday.";

    Annotations found = Annotator.standard().annotate(articleOf(body));

    assertThat(found.textLanguage()).isEqualTo("en");
    assertThat(found.entities()).extracting(Entity::name).contains("Maria Lopez", "Peter Novak");
    assertThat(found.entities()).noneSatisfy(e -> assertThat(e.name().length()).isGreaterThan(1_000));
    assertMentionsPointIntoText(found, body);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void a_word_of_two_hundred_thousand_characters_split_by_slashes_is_read_in_windows() {
    String body = "Maria Lopez said the list was long. " + "x/".repeat(100_000) + " Peter Novak agreed.";

    Annotations found = Annotator.standard().annotate(articleOf(body));

    assertThat(found.entities()).extracting(Entity::name).contains("Maria Lopez", "Peter Novak");
    assertMentionsPointIntoText(found, body);
  }
}
