package org.lede.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.eval.SharedData;
import org.lede.extract.Extraction;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;

/**
 * The English recognizer never reads an article in another language: it would take German nouns and sentence starts
 * ("Das", "Sie", "Mit") for names and fill the corpus with entities nobody mentioned.
 */
class NonEnglishArticlesTest {

  @Test
  void a_german_and_a_spanish_article_get_no_entities_while_the_english_one_does() {
    Article german = Article.builder().id("de").language("de")
        .addParagraph("Die Fähre nach Marrow Island fährt seit Dienstag wieder. Der Sturm hatte das Dach des "
            + "Hafenbüros abgedeckt, sagte die Hafenmeisterin Ines Calloway am Morgen.")
        .addParagraph("Mit den Reparaturen am Pier soll im März begonnen werden. Sie kosten nach Angaben des "
            + "Inselrats rund zwei Millionen Pfund.")
        .build();
    Article spanish = Article.builder().id("es")
        .addParagraph("El transbordador a Marrow Island volvió a navegar el martes, cuatro días después de que "
            + "una tormenta arrancara el techo de la oficina del puerto, dijo la capitana Ines Calloway.")
        .addParagraph("Las reparaciones del muelle costarán unos dos millones de libras, según el consejo de la isla.")
        .build();
    Article english = Article.builder().id("en")
        .addParagraph("The ferry to Marrow Island sailed again on Tuesday, four days after a storm tore the roof "
            + "off the harbour office, harbourmaster Ines Calloway said.")
        .build();

    assertThat(Annotator.standard().annotate(german).entities()).isEmpty();
    assertThat(Annotator.standard().annotate(spanish).entities()).isEmpty();
    assertThat(Annotator.standard().annotate(english).entities())
        .anySatisfy(e -> assertThat(e.name()).isEqualTo("Ines Calloway"));
  }

  @Test
  void dev_pages_in_other_languages_get_no_entities() throws Exception {
    Path eval = SharedData.locate().map(d -> d.resolve("extraction-dev/trafilatura/eval")).orElse(null);
    Assumptions.assumeTrue(eval != null && Files.isDirectory(eval),
        "shared/data/extraction-dev/trafilatura/eval is absent: entities on non-English real pages are not checked");
    Extraction extraction = Extraction.standard();
    int foreign = 0;
    List<String> withEntities = new ArrayList<>();
    try (Stream<Path> files = Files.list(eval)) {
      for (Path f : files.sorted().toList()) {
        Article a = firstArticle(extraction, f);
        // Only pages whose markup states a language other than English and whose body is long enough to tell:
        // a template's wrong lang="de" on an English page is the identifier's business, tested elsewhere.
        if (a == null || a.language() == null || a.text().length() < 500) continue;
        String stated = a.language().toLowerCase(Locale.ROOT);
        if (stated.isBlank() || stated.startsWith("en")) continue;
        foreign++;
        Annotations found = Annotator.standard().annotate(a);
        if (!found.entities().isEmpty()) {
          withEntities.add(f.getFileName() + " (stated " + stated + ", read as " + found.textLanguage() + ")");
        }
      }
    }
    System.out.printf(Locale.ROOT, "entities on non-English dev pages: %d of %d pages have any: %s%n",
        withEntities.size(), foreign, withEntities);
    assertThat(foreign).isGreaterThan(200);
    // The few allowed are bodies mostly in English though the markup states another language (PHP warnings, an
    // English press text quoted at length): 5 of 693 here.
    assertThat(withEntities.size()).isLessThanOrEqualTo((int) (0.02 * foreign));
  }

  private static Article firstArticle(Extraction extraction, Path page) throws Exception {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      bytes = in.readAllBytes();
    }
    try {
      var found = extraction.extract(new Document(page.toString(), bytes, MediaType.HTML, null, null, null));
      return found.isEmpty() ? null : found.getFirst();
    } catch (InputException e) {
      return null;
    }
  }
}
