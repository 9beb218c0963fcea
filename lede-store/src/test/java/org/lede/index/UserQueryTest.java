package org.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

class UserQueryTest {
  @Test
  void known_fields_stay_fields_and_other_colons_become_words() {
    assertThat(QueryFields.escapeUnknownFields("headline:frost note: rain site:\"Valley Courier\""))
        .isEqualTo("headline:frost note\\: rain site:\"Valley Courier\"");
  }

  @Test
  void blank_text_matches_everything() {
    assertThat(UserQuery.parse("  ", Analysis.analyzer()).query()).isInstanceOf(MatchAllDocsQuery.class);
  }

  @Test
  void every_word_is_required_and_the_headline_is_boosted() {
    String q = UserQuery.parse("frost orchards", Analysis.analyzer()).query().toString();
    assertThat(q).startsWith("+(").contains("headline:frost)^3.0").contains("body:orchard");
  }

  @Test
  void an_unclosed_phrase_is_a_syntax_error_searched_as_words() {
    UserQuery.Parsed p = UserQuery.parse("\"late frost", Analysis.analyzer());
    assertThat(p.syntaxError()).isTrue();
    assertThat(p.query().toString()).contains("body:late").contains("body:frost");
  }
}
