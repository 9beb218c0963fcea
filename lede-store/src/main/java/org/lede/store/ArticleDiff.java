package org.lede.store;

import java.util.List;

/**
 * How one version of an article differs from another: the fields that changed and the body, paragraph by paragraph.
 *
 * @param id          the article's id
 * @param fromVersion the older version compared
 * @param toVersion   the newer version compared
 * @param fields      the non-body fields whose value changed (headline, dek, byline, ...)
 * @param paragraphs  the body as a sequence of kept, removed and added paragraphs
 */
public record ArticleDiff(String id, int fromVersion, int toVersion, List<FieldChange> fields, List<ParagraphEdit> paragraphs) {
  public ArticleDiff {
    fields = List.copyOf(fields);
    paragraphs = List.copyOf(paragraphs);
  }

  /** Returns true when the two versions differ in anything the diff looks at. */
  public boolean changed() {
    return !fields.isEmpty() || paragraphs.stream().anyMatch(p -> p.kind() != ParagraphEdit.Kind.KEPT);
  }

  /**
   * A field whose value differs between the two versions.
   *
   * @param field  the field's name in the JSON contract ("headline")
   * @param before its value in the older version, as text, or null
   * @param after  its value in the newer version, as text, or null
   */
  public record FieldChange(String field, String before, String after) {}

  /**
   * One paragraph of the body in a diff.
   *
   * @param kind whether the paragraph is in both versions, only the older, or only the newer
   * @param text the paragraph
   */
  public record ParagraphEdit(Kind kind, String text) {
    /** Where a paragraph appears. */
    public enum Kind { KEPT, REMOVED, ADDED }
  }
}
