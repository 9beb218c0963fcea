package org.lede.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of {@code OUT/parquet/}: the JSON Lines contract's fields with their names and nesting, instants
 * as timestamps (UTC), calendar dates as dates, enums as their lower-case names. Documented in the README; fields are
 * added, never renamed, as in the contract.
 */
final class ArticleSchema {
  private ArticleSchema() {}

  private static final String STATED_TIME = "STRUCT<instant: TIMESTAMP, precision: STRING, raw: STRING>";

  /** The schema as Spark SQL DDL. */
  static final String DDL = String.join(", ",
      "id STRING", "input STRING", "url STRING", "canonicalUrl STRING", "site STRING", "language STRING",
      "headline STRING", "dek STRING", "keyPoints ARRAY<STRING>", "byline ARRAY<STRING>",
      "dateline STRUCT<place: STRING, agency: STRING, raw: STRING>",
      "published " + STATED_TIME, "updated " + STATED_TIME,
      "images ARRAY<STRUCT<url: STRING, caption: STRING, credit: STRING>>",
      "subheads ARRAY<STRUCT<text: STRING, paragraph: INT>>",
      "paragraphs ARRAY<STRING>", "text STRING",
      "quotes ARRAY<STRUCT<text: STRING, kind: STRING, start: INT, end: INT,"
          + " cue: STRUCT<text: STRING, start: INT, end: INT>,"
          + " speaker: STRUCT<mention: STRING, start: INT, end: INT, name: STRING, resolution: STRING,"
          + " anonymous: BOOLEAN, kind: STRING, role: STRING, title: STRING, entityId: STRING>,"
          + " addressee: STRING, medium: STRING>>",
      "entities ARRAY<STRUCT<id: STRING, name: STRING, type: STRING, aliases: ARRAY<STRING>, titles: ARRAY<STRING>,"
          + " roles: ARRAY<STRING>, age: INT,"
          + " mentions: ARRAY<STRUCT<text: STRING, start: INT, end: INT, type: STRING, source: STRING>>>>",
      "quantities ARRAY<STRUCT<text: STRING, start: INT, end: INT, value: DOUBLE, upper: DOUBLE, unit: STRING,"
          + " qualifier: STRING, counts: STRING, ofTotal: DOUBLE, equivalent: STRUCT<value: DOUBLE, unit: STRING>>>",
      "dates ARRAY<STRUCT<text: STRING, start: INT, end: INT, date: DATE, precision: STRING, relative: BOOLEAN>>",
      "textLanguage STRING");

  /** The schema. */
  static StructType struct() {
    return StructType.fromDDL(DDL);
  }
}
