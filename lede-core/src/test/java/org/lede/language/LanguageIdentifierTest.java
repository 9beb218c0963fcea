package org.lede.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier id = LanguageIdentifier.standard();

  @Test
  void english_news_is_english() {
    assertThat(id.identify("The minister said on Tuesday that the new budget would be presented to parliament "
        + "after the summer, and that it was not clear whether the cuts would affect the army.")).isEqualTo("en");
  }

  @Test
  void german_news_is_german_though_it_has_capitalised_nouns_an_english_recognizer_takes_for_names() {
    assertThat(id.identify("Das Ministerium teilte am Dienstag mit, dass der neue Haushalt nach dem Sommer "
        + "vorgelegt werden soll. Sie sagte, es sei noch nicht klar, ob die Kürzungen auch die Armee treffen.")).isEqualTo("de");
  }

  @Test
  void french_spanish_and_dutch_are_told_apart() {
    assertThat(id.identify("Le ministre a déclaré mardi que le nouveau budget sera présenté au parlement après "
        + "l'été, et qu'il n'est pas clair si les coupes toucheront l'armée.")).isEqualTo("fr");
    assertThat(id.identify("El ministro dijo el martes que el nuevo presupuesto será presentado al parlamento "
        + "después del verano, y que no está claro si los recortes afectarán al ejército.")).isEqualTo("es");
    assertThat(id.identify("De minister zei dinsdag dat de nieuwe begroting na de zomer aan het parlement wordt "
        + "voorgelegd en dat het niet duidelijk is of de bezuinigingen ook het leger raken.")).isEqualTo("nl");
  }

  @Test
  void other_scripts_are_named_by_their_language() {
    assertThat(id.identify("Министр заявил во вторник, что новый бюджет будет представлен парламенту.")).isEqualTo("ru");
    assertThat(id.identify("Міністр заявив у вівторок, що новий бюджет буде представлено парламенту після літа, і що "
        + "її скорочення торкнуться армії.")).isEqualTo("uk");
    assertThat(id.identify("部长周二表示，新预算将在夏季后提交议会。")).isEqualTo("zh");
    assertThat(id.identify("大臣は火曜日、新しい予算は夏の後に国会に提出されると述べた。")).isEqualTo("ja");
    assertThat(id.identify("ሚኒስትሩ ማክሰኞ እንደተናገሩት አዲሱ በጀት ከበጋ በኋላ ለፓርላማ ይቀርባል።")).isEqualTo("und");
  }

  @Test
  void too_little_text_to_tell_is_unknown() {
    assertThat(id.identify("Kyiv")).isNull();
    assertThat(id.identify("")).isNull();
    assertThat(id.identify(null)).isNull();
    assertThat(id.identify("Borys Kremenetskyi, Javier Milei, Keir Starmer")).isNull();
  }

  @Test
  void a_single_enormous_word_is_read_only_up_to_the_bound() {
    String word = "a".repeat(200_000);
    assertThat(id.identify(word)).isNull();
    assertThat(id.identify("The minister said that the budget was not ready and that it would be late. " + word))
        .isEqualTo("en");
  }

  @Test
  void one_word_repeated_does_not_name_a_language() {
    assertThat(id.identify("a/".repeat(5_000))).isNull();
    assertThat(id.identify("The minister said the list was long and that it would grow. " + "a/".repeat(5_000)))
        .isEqualTo("en");
  }

  @Test
  void a_table_of_initials_and_grades_is_not_read_as_czech() {
    String notice = """
        ISSUER : Lake County Sewer Authority ST : OH
        M / SP / F : NA / NA / NA Series 1997-A
        F.A. : Harbor Securities Corp. , Toledo
        L.O. : Miller , Grant & Ross , Columbus
        CONTRIBUTED BY J.R. DALE SHEETS""";
    assertThat(id.identify(notice)).isNull();
  }
}
