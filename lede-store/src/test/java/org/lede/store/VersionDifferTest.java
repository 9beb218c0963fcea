package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.store.ArticleDiff.ParagraphEdit;
import org.lede.store.ArticleDiff.ParagraphEdit.Kind;

class VersionDifferTest {
  @Test
  void an_inserted_paragraph_is_the_only_addition() {
    assertThat(VersionDiffer.paragraphs(List.of("a", "b", "c"), List.of("a", "x", "b", "c"))).containsExactly(
        new ParagraphEdit(Kind.KEPT, "a"), new ParagraphEdit(Kind.ADDED, "x"),
        new ParagraphEdit(Kind.KEPT, "b"), new ParagraphEdit(Kind.KEPT, "c"));
  }

  @Test
  void a_dropped_last_paragraph_is_a_removal() {
    assertThat(VersionDiffer.paragraphs(List.of("a", "b"), List.of("a"))).containsExactly(
        new ParagraphEdit(Kind.KEPT, "a"), new ParagraphEdit(Kind.REMOVED, "b"));
  }
}
