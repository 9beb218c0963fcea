package org.lede.time;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month names and their abbreviations in the languages news pages are most often written in. */
final class MonthNames {
  private MonthNames() {}

  private static final String[][] NAMES = {
    // English, German, French, Spanish, Italian, Dutch, Portuguese; abbreviations after the full names.
    {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"},
    {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev"},
    {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "maart", "março", "marco", "mrt"},
    {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
    {"may", "mai", "mayo", "maggio", "mei", "maio", "mag"},
    {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
    {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug"},
    {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
    {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
    {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
    {"november", "nov", "novembre", "noviembre", "novembro"},
    {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"},
  };

  private static final Map<String, Integer> BY_NAME = build();

  /** A regex alternation matching any month name, longest first so "märz" wins over "mär". */
  static final String ALTERNATION = BY_NAME.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(Collectors.joining("|", "(?:", ")"));

  private static Map<String, Integer> build() {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int m = 0; m < NAMES.length; m++) {
      for (String name : NAMES[m]) map.putIfAbsent(name, m + 1);
    }
    return Map.copyOf(map);
  }

  private static final int LONGEST = BY_NAME.keySet().stream().mapToInt(String::length).max().orElse(0);
  /** Letters a day number may carry before a month with no space between ("1er", "10th", "1º"). */
  private static final String[] DAY_SUFFIXES = {"st", "nd", "rd", "th", "er", "e", "\u00ba"};

  /**
   * Whether a month name could start anywhere in {@code text}: some word of it, or a word after a day's suffix
   * ("10thMarch"), is a month name. Cheap, and true whenever one of the month patterns could match, so the
   * patterns, whose month alternation is costly to try at every position, need only run when it says so.
   */
  static boolean mayOccurIn(String text) {
    return Words.any(text, LONGEST + 2, MonthNames::isNameOrSuffixed);
  }

  private static boolean isNameOrSuffixed(String word) {
    if (BY_NAME.containsKey(word)) return true;
    for (String suffix : DAY_SUFFIXES) {
      if (word.startsWith(suffix) && BY_NAME.containsKey(word.substring(suffix.length()))) return true;
    }
    return false;
  }

  /** Returns the month number (1-12) of {@code name}, ignoring case and a trailing dot, or 0. */
  static int number(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) key = key.substring(0, key.length() - 1);
    return BY_NAME.getOrDefault(key, 0);
  }
}
