package org.lede.store;

import java.util.List;
import java.util.Locale;

/**
 * A named set of sites ("UK national press"): {@code collection:NAME} in a query matches an article from any of them.
 *
 * @param name  the name, unique whatever its case
 * @param sites the sites, by name as articles give them (matched in any case), sorted
 */
public record SiteCollection(String name, List<String> sites) {
  /** The longest name. */
  public static final int MAX_NAME = 100;

  public SiteCollection {
    sites = List.copyOf(sites);
  }

  /**
   * Returns a collection after checking its name and sites: names are not blank, at most {@value #MAX_NAME}
   * characters and hold no double quote (a query writes them as {@code collection:"NAME"}); there is at least one
   * site and none is blank. Spaces around each are dropped, repeated sites kept once.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static SiteCollection of(String name, List<String> sites) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) throw new IllegalArgumentException("a collection needs a name");
    if (n.length() > MAX_NAME) throw new IllegalArgumentException("a collection's name is at most " + MAX_NAME + " characters");
    if (n.contains("\"")) throw new IllegalArgumentException("a collection's name cannot hold a double quote: " + n);
    if (sites == null || sites.isEmpty()) throw new IllegalArgumentException("collection " + n + " needs at least one site (--site NAME)");
    java.util.TreeMap<String, String> byKey = new java.util.TreeMap<>();
    for (String s : sites) {
      String site = s == null ? "" : s.strip();
      if (site.isEmpty()) throw new IllegalArgumentException("collection " + n + " has a blank site");
      byKey.putIfAbsent(site.toLowerCase(Locale.ROOT), site);
    }
    return new SiteCollection(n, List.copyOf(byKey.values()));
  }
}
