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
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(".*\\b\\p{Lu}\\.|.*\\b(?:Jr|Sr)\\.");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    if (rest.endsWith(".") && !ENDS_WITH_INITIAL.matcher(rest).matches()) return null;
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

  /**
   * Returns the byline of a line that gives only names, as some sites print under a headline ("Jane Roe",
   * "Jane Roe in Madrid", "Jane Roe and John Doe"), or null. Only meaningful in a header: in a body a line of
   * two capitalised words is more likely something else.
   */
  static Byline bare(String line) {
    if (line.length() > 80) return null;
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) return null;
    }
    Matcher tail = TAIL.matcher(line);
    String namesPart = tail.find() ? line.substring(0, tail.start()) : line;
    List<String> names = new ArrayList<>();
    for (String piece : SEPARATOR.split(namesPart)) {
      String candidate = LineShapes.strip(piece);
      if (candidate.isEmpty()) continue;
      if (!nameLike(candidate)) return null;
      if (person(candidate) && SPACES.split(candidate).length <= 4) names.add(candidate);
      else if (names.isEmpty()) return null;
    }
    return names.isEmpty() ? null : new Byline(List.copyOf(names));
  }

  private static boolean nameLike(String candidate) {
    String[] tokens = SPACES.split(candidate);
    if (tokens.length > 5) return false;
    for (String token : tokens) {
      if (!NAME_TOKEN.matcher(token).matches()) return false;
    }
    return true;
  }

  private static boolean person(String candidate) {
    String[] tokens = SPACES.split(candidate);
    if (tokens.length < 2) return false;
    for (String token : tokens) {
      if (NOT_PEOPLE.contains(token.toLowerCase(Locale.ROOT).replace(".", ""))) return false;
    }
    return true;
  }
}
