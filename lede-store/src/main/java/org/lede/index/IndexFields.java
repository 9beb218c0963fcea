package org.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.lede.article.Article;
import org.lede.store.StoredArticle;

/** The index's fields and how an article fills them: the one place that knows the Lucene document's shape. */
final class IndexFields {
  static final String ID = "id";
  /** The id again as a sorted doc value: the tie-breaker that makes cursor paging a total order. */
  static final String ID_KEY = "id_key";
  static final String HEADLINE = "headline";
  static final String DEK = "dek";
  static final String BODY = "body";
  static final String BYLINE = "byline";
  static final String DATELINE = "dateline";
  static final String SITE = "site";
  static final String SITE_NAME = "site_name";
  static final String PUBLISHED = "published";
  static final String URL = "url";
  static final String VERSION = "version";
  static final String MONTH = "month";
  /** Names of everyone quoted in the article (resolved names, and descriptions of unnamed sources). */
  static final String SPEAKER = "speaker";
  /** Names and aliases of the people, organizations and places it mentions. */
  static final String ENTITY = "entity";
  /**
   * The story the article is in, as a numeric doc value: what attention counts distinct stories by and search groups
   * hits by. Absent when the article is in no story (the store has not clustered it).
   */
  static final String STORY = "story";

  /**
   * Not a field of the documents: {@code collection:NAME} in a query stands for the sites of a named collection.
   */
  static final String COLLECTION = "collection";

  /** Byline names are stored joined by this, which no name contains. */
  static final String NAME_SEPARATOR = "\u001f";

  static final FacetsConfig FACETS = new FacetsConfig();

  /** Offsets in the postings let the highlighter mark matches without analysing each hit's body again. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private IndexFields() {}

  /** The document of {@code stored}, in story {@code story} (null when it is in none). */
  static Document of(StoredArticle stored, Long story) {
    Article a = stored.article();
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    if (story != null) doc.add(new NumericDocValuesField(STORY, story));
    doc.add(new SortedDocValuesField(ID_KEY, new BytesRef(a.id())));
    doc.add(new StoredField(VERSION, stored.version()));
    text(doc, HEADLINE, a.headline(), Field.Store.YES);
    text(doc, DEK, a.dek(), Field.Store.NO);
    if (a.text() != null && !a.text().isBlank()) doc.add(new Field(BODY, a.text(), BODY_TYPE));
    if (!a.byline().isEmpty()) {
      doc.add(new TextField(BYLINE, String.join(" ; ", a.byline()), Field.Store.NO));
      doc.add(new StoredField(BYLINE, String.join(NAME_SEPARATOR, a.byline())));
    }
    if (a.dateline() != null) {
      text(doc, DATELINE, a.dateline().agency() == null ? a.dateline().place() : a.dateline().place() + " " + a.dateline().agency(), Field.Store.NO);
    }
    if (a.site() != null && !a.site().isBlank()) {
      doc.add(new StringField(SITE, siteKey(a.site()), Field.Store.NO));
      doc.add(new StoredField(SITE_NAME, a.site()));
      doc.add(new SortedSetDocValuesFacetField(SITE, a.site()));
    }
    List<String> speakers = stored.annotations().quotes().stream()
        .filter(q -> q.speaker() != null && q.speaker().name() != null)
        .map(q -> q.speaker().name()).distinct().toList();
    if (!speakers.isEmpty()) doc.add(new TextField(SPEAKER, String.join(" ; ", speakers), Field.Store.NO));
    List<String> entityNames = stored.annotations().entities().stream()
        .flatMap(e -> e.names().stream()).distinct().toList();
    if (!entityNames.isEmpty()) doc.add(new TextField(ENTITY, String.join(" ; ", entityNames), Field.Store.NO));
    String url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
    if (url != null) doc.add(new StoredField(URL, url));
    if (a.published() != null) {
      Instant published = a.published().instant();
      long millis = published.toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, millis));
      doc.add(new NumericDocValuesField(PUBLISHED, millis));
      doc.add(new StoredField(PUBLISHED, millis));
      doc.add(new SortedSetDocValuesFacetField(MONTH, YearMonth.from(published.atOffset(ZoneOffset.UTC)).toString()));
    }
    doc.add(new BinaryDocValuesField(HitCards.FIELD, HitCards.encode(new HitCards.Card(a.id(), a.headline(), a.site(),
        a.byline().isEmpty() ? null : String.join(NAME_SEPARATOR, a.byline()), url,
        a.published() == null ? null : a.published().instant().toEpochMilli()))));
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String siteKey(String site) {
    return site.strip().toLowerCase(Locale.ROOT);
  }

  static List<String> byline(String stored) {
    return stored == null ? List.of() : List.of(stored.split(NAME_SEPARATOR));
  }

  private static void text(Document doc, String field, String value, Field.Store store) {
    if (value != null && !value.isBlank()) doc.add(new TextField(field, value, store));
  }
}
