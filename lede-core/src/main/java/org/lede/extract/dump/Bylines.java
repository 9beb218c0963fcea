package org.lede.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline line ("By Jane Roe and John Doe, Reuters", "BY JANE ROE", "By Jane Roe in Kyiv") into the
 * names of the people who wrote the story. Agencies and roles named beside them are dropped; a line whose
 * first words are not a name ("By contrast, the ...") is not a byline.
 */
final class Bylines {
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Bb]y|BY|[Ww]ritten\\s+by|[Ss]tory\\s+by|[Ww]ords\\s+by|[Tt]ext\\s+by|[Aa]uthors?\\s*:)\\s+(.{2,120})");

  /** Where the names end and a role, an outlet or a place begins. */
  private static final Pattern TAIL = Pattern.compile("\\s+(?:[-–—|·]|in|for|at)\\s+");

  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*");

  private static final Pattern NAME_TOKEN = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.\\-]*|(?:de|da|di|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|y|dos|das|st\\.?|"
          + "(?:al|el)-\\p{L}+|Jr\\.?|Sr\\.?|II|III)");

  /** Words that make a "name" an outlet or a desk, not a person. */
  private static final Set<String> NOT_PEOPLE = Set.of(
      "reuters", "ap", "afp", "associated", "press", "agence", "bloomberg", "xinhua", "cnn", "bbc", "pa", "dpa",
      "staff", "agencies", "agency", "newsroom", "desk", "team", "editorial", "editors", "wire", "wires",
      "news", "correspondent", "reporter", "reporters", "writer", "online");

  private Bylines() {}

  /** The names in a byline; empty when it names only an outlet ("By Reuters"). */
  record Byline(List<String> names) {}

  /** Returns the byline {@code piece} states, or null when it is not a byline. */
  static Byline recognise(String piece) {
    if (piece.length() > 140) return null;
    Matcher m = BYLINE.matcher(piece);
    if (!m.matches()) return null;
    String rest = LineShapes.strip(m.group(1));
    if (rest.endsWith(".") && !rest.matches(".*\\b\\p{Lu}\\.|.*\\b(?:Jr|Sr)\\.")) return null;
    Matcher tail = TAIL.matcher(rest);
    String namesPart = tail.find() ? rest.substring(0, tail.start()) : rest;
    List<String> names = new ArrayList<>();
    boolean first = true;
    for (String piece2 : SEPARATOR.split(namesPart)) {
      String candidate = LineShapes.strip(piece2);
      if (candidate.isEmpty()) continue;
      boolean nameLike = nameLike(candidate);
      if (first && !nameLike) return null;
      first = false;
      if (nameLike && person(candidate)) names.add(candidate);
    }
    return first ? null : new Byline(List.copyOf(names));
  }

  private static boolean nameLike(String candidate) {
    String[] tokens = candidate.split("\\s+");
    if (tokens.length > 5) return false;
    for (String token : tokens) {
      if (!NAME_TOKEN.matcher(token).matches()) return false;
    }
    return true;
  }

  private static boolean person(String candidate) {
    String[] tokens = candidate.split("\\s+");
    if (tokens.length < 2) return false;
    for (String token : tokens) {
      if (NOT_PEOPLE.contains(token.toLowerCase(Locale.ROOT).replace(".", ""))) return false;
    }
    return true;
  }
}
