package org.lede.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The search page's "Quoted" and "Named" facets: who is quoted in, and who is named by, the best matching articles.
 * The index counts sites and months itself but holds no entity counts, so these are counted over a sample of the
 * top hits with the linked entities of {@link EntityLinks}; the filters they apply are exact ({@code speaker:},
 * {@code entity:} in the index). Stateless.
 */
final class EntityFacets {
  /** How many top hits the counts are taken over. */
  static final int SAMPLE = 50;
  private static final int TOP = 8;

  private EntityFacets() {}

  /**
   * The facets for {@code form} over the articles {@code sample} (their ids, best first).
   *
   * @return the speakers facet, then the entities facet
   */
  static List<List<SearchView.Facet>> of(SearchForm form, List<String> sample, EntityLinks links, String path) {
    return List.of(
        facet(sample, links, links::speakersOf, form.speaker(), SearchForm::withSpeaker, form, path),
        facet(sample, links, links::entitiesOf, form.entity(), SearchForm::withEntity, form, path));
  }

  private static List<SearchView.Facet> facet(List<String> sample, EntityLinks links, Function<String, List<String>> of,
      String active, BiFunction<SearchForm, String, SearchForm> with, SearchForm form, String path) {
    Map<String, Integer> counts = new HashMap<>();
    for (String articleId : sample) for (String id : of.apply(articleId)) counts.merge(id, 1, Integer::sum);
    List<SearchView.Facet> out = new ArrayList<>();
    int activeCount = 0;
    List<SearchView.Facet> others = new ArrayList<>();
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey)).toList();
    for (Map.Entry<String, Integer> e : ranked) {
      EntityLinks.Known k = links.get(e.getKey()).orElse(null);
      if (k == null) continue;
      if (active != null && k.name().equalsIgnoreCase(active)) activeCount = Math.max(activeCount, e.getValue());
      else if (others.size() < TOP) others.add(new SearchView.Facet(k.name(), e.getValue(), with.apply(form, k.name()).link(path), false, 0));
    }
    if (active != null) out.add(new SearchView.Facet(active, activeCount, with.apply(form, null).link(path), true, 0));
    out.addAll(others);
    return out;
  }
}
