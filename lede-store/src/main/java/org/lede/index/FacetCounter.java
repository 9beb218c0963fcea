package org.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts hits by site and by month. The ordinal state costs a pass over the facet values, so it is kept for as
 * long as the searcher's reader stays the same.
 */
final class FacetCounter {
  private static final int TOP_SITES = 20;

  private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private volatile Cached cached;

  /** Site and month counts of the hits {@code fc} collected on {@code reader}. */
  record Counts(List<FacetCount> sites, List<FacetCount> months) {
    static final Counts NONE = new Counts(List.of(), List.of());
  }

  Counts count(IndexReader reader, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    if (state == null) return Counts.NONE;
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    List<FacetCount> sites = values(dim(state, facets, IndexFields.SITE, TOP_SITES, false));
    List<FacetCount> months = new ArrayList<>(values(dim(state, facets, IndexFields.MONTH, Integer.MAX_VALUE, true)));
    months.sort(Comparator.comparing(FacetCount::value));
    return new Counts(sites, months);
  }

  private static FacetResult dim(SortedSetDocValuesReaderState state, Facets facets, String dim, int top, boolean all)
      throws IOException {
    if (state.getOrdRange(dim) == null) return null;
    return all ? facets.getAllChildren(dim) : facets.getTopChildren(top, dim);
  }

  private static List<FacetCount> values(FacetResult result) {
    if (result == null) return List.of();
    List<FacetCount> out = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) out.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    return out;
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    Cached c = cached;
    if (c != null && c.reader() == reader) return c.state();
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS);
    } catch (IllegalArgumentException noFacetsYet) {
      state = null;
    }
    cached = new Cached(reader, state);
    return state;
  }
}
