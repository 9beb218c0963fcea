package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lede.Lede;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Every bundled sample against the facts its authors wrote down in {@code sample/expected.json}: article count,
 * headline, dateline, byline, published and updated days, image credit, subheads and key points.
 */
class SampleCorpusTest {
  private static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");

  @TempDir static Path corpus;

  @TestFactory
  Stream<DynamicTest> each_sample_gives_the_articles_its_authors_wrote() throws Exception {
    Samples.copyTo(corpus);
    JsonNode expected;
    try (InputStream in = Samples.class.getResourceAsStream("sample/expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode file : expected.path("files")) {
      tests.add(DynamicTest.dynamicTest(file.path("file").asText(), () -> check(file)));
    }
    return tests.stream();
  }

  private static void check(JsonNode file) throws Exception {
    boolean plain = MediaType.valueOf(file.path("mediaType").asText()) == MediaType.PLAIN_TEXT;
    Document doc = Lede.files().withPlainText(plain).read(corpus.resolve(file.path("file").asText()));
    List<Article> articles = Lede.extraction().withAsOf(AS_OF).extract(doc);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(doc.mediaType()).as("media type").isEqualTo(MediaType.valueOf(file.path("mediaType").asText()));
    soft.assertThat(articles).as("articles").hasSize(file.path("articleCount").asInt());
    for (int i = 0; i < Math.min(articles.size(), file.path("articles").size()); i++) {
      JsonNode want = file.path("articles").get(i);
      Article got = articles.get(i);
      String at = "article " + i + " ";
      soft.assertThat(got.headline()).as(at + "headline").isEqualTo(text(want.path("headline")));
      if (!file.path("site").isNull()) soft.assertThat(got.site()).as(at + "site").isEqualTo(file.path("site").asText());
      JsonNode dateline = want.path("dateline");
      soft.assertThat(got.dateline() == null ? null : got.dateline().place()).as(at + "dateline place")
          .isEqualTo(text(dateline.path("place")));
      soft.assertThat(got.dateline() == null ? null : got.dateline().agency()).as(at + "dateline agency")
          .isEqualTo(text(dateline.path("agency")));
      soft.assertThat(got.byline()).as(at + "byline").containsExactlyElementsOf(strings(want.path("byline")));
      soft.assertThat(day(got.published())).as(at + "published day").isEqualTo(text(want.path("published")));
      if (want.path("updatedRelative").isNull()) {
        soft.assertThat(day(got.updated())).as(at + "updated day").isEqualTo(text(want.path("updated")));
      } else {
        soft.assertThat(got.updated()).as(at + "updated").isNotNull();
        if (got.updated() != null) soft.assertThat(got.updated().raw()).contains(want.path("updatedRelative").asText());
      }
      String credit = got.images().isEmpty() ? null : got.images().get(0).credit();
      soft.assertThat(credit).as(at + "image credit").isEqualTo(text(want.path("imageCredit")));
      soft.assertThat(got.subheads().stream().map(s -> s.text()).toList()).as(at + "subheads")
          .containsExactlyElementsOf(strings(want.path("subheads")));
      soft.assertThat(got.keyPoints()).as(at + "key points").containsExactlyElementsOf(strings(want.path("keyPoints")));
      for (String clutter : List.of("Short Url", "Follow", "Advertisement", "Share")) {
        soft.assertThat(got.paragraphs()).as(at + "no clutter paragraph " + clutter).doesNotContain(clutter);
      }
    }
    soft.assertAll();
  }

  private static String day(StatedTime t) {
    return t == null ? null : t.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
