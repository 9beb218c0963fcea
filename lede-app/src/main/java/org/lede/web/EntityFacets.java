package org.lede.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.lede.corpus.Corpus;
import org.lede.corpus.KnownEntity;

/**
 * The search page's "Quoted" and "Named" facets: who is quoted in, and who is named by, the best matching articles.
 * The index counts sites and months itself but holds no entity counts, so these are counted over a sample of the
 * top hits with the corpus tables (one read for the sample's entities, one lookup per name shown); the filters they
 * apply are exact ({@code speaker:}, {@code entity:} in the index). Stateless.
 */
final class EntityFacets {
  /** How many top hits the counts are taken over. */
  static final int SAMPLE = 50;
  private static final int TOP = 8;
  /** The most names one facet looks up: the top counts, and the active one among them. */
  private static final int LOOKUPS = 64;

  private EntityFacets() {}

  /**
   * The facets for {@code form} over the articles {@code sample} (their ids, best first).
   *
   * @return the speakers facet, then the entities facet
   */
  static List<List<SearchView.Facet>> of(SearchForm form, List<String> sample, Corpus corpus, String path) {
    return List.of(
        facet(corpus.speakersOf(sample), corpus, form.speaker(), SearchForm::withSpeaker, form, path),
        facet(corpus.entitiesOf(sample), corpus, form.entity(), SearchForm::withEntity, form, path));
  }

  private static List<SearchView.Facet> facet(Map<String, List<String>> byArticle, Corpus corpus, String active,
      BiFunction<SearchForm, String, SearchForm> with, SearchForm form, String path) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> ids : byArticle.values()) for (String id : ids) counts.merge(id, 1, Integer::sum);
    List<SearchView.Facet> out = new ArrayList<>();
    int activeCount = 0;
    List<SearchView.Facet> others = new ArrayList<>();
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey)).toList();
    int looked = 0;
    for (Map.Entry<String, Integer> e : ranked) {
      if (others.size() >= TOP && (active == null || activeCount > 0) || looked++ >= LOOKUPS) break;
      KnownEntity k = corpus.entity(e.getKey()).orElse(null);
      if (k == null) continue;
      if (active != null && k.name().equalsIgnoreCase(active)) activeCount = Math.max(activeCount, e.getValue());
      else if (others.size() < TOP) others.add(new SearchView.Facet(k.name(), e.getValue(), with.apply(form, k.name()).link(path), false, 0));
    }
    if (active != null) out.add(new SearchView.Facet(active, activeCount, with.apply(form, null).link(path), true, 0));
    out.addAll(others);
    return out;
  }
}
