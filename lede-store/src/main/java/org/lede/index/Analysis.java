package org.lede.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * How text becomes terms: English (possessives dropped, stop words removed, Porter stems) for prose fields, the
 * whole lower-cased value for the site, so {@code site:"arab news"} matches "Arab News" exactly. Public for the
 * OpenSearch search, which parses Lede's queries with the same analysis before handing them over.
 */
public final class Analysis {
  private Analysis() {}

  /** Returns a new analyzer for the index's fields. */
  public static Analyzer analyzer() {
    Analyzer siteName = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.of(IndexFields.SITE, siteName, IndexFields.ID, new KeywordAnalyzer()));
  }
}
