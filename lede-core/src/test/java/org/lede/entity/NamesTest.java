package org.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {
  // The regular expressions Names used to be written with: the loops must give the same keys, or stored entity ids
  // would change on relink.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
  private static final Pattern RUNS = Pattern.compile("\\s+");

  private static String cleanByRegex(String name) {
    return SPACES.matcher(name.replace('’', '\'')).replaceAll(" ").strip();
  }

  private static String keyByRegex(String name) {
    String n = MARKS.matcher(Normalizer.normalize(cleanByRegex(name), Normalizer.Form.NFD)).replaceAll("");
    return RUNS.matcher(NOT_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
  }

  private static final List<String> NAMES = List.of(
      "Javier  Milei", " Borys Kremenetskyi ", "O’Rourke", "Jean-Luc Mélenchon", "Recep Tayyip Erdoğan",
      "İstanbul", "Ørsted A/S", "Alexandria Ocasio-Cortez", "AT&T", "U.S.", "Louis XIV", "Ⅻ Corps", "½ Moon",
      "Łukasz\u00A0Kowalski", "Kim\u2009Jong\u202FUn", "tab\there", "Straße", "Zoë  ", "", "   ", "—", "'s",
      "Ahmed al-Sharaa", "李 强", "Иван Петров", "Ἀθῆναι", "𝐁old 𝟏", "e\u0301cole", "Ángela\r\nMerkel");

  @Test
  void clean_and_key_give_what_the_regular_expressions_gave() {
    for (String name : NAMES) {
      assertEquals(cleanByRegex(name), Names.clean(name), () -> "clean of [" + name + "]");
      assertEquals(keyByRegex(name), Names.key(name), () -> "key of [" + name + "]");
    }
  }

  @Test
  void key_drops_accents_punctuation_and_extra_spaces() {
    assertEquals("jean luc melenchon", Names.key("Jean - Luc  Mélenchon"));
    assertEquals("orourke", Names.key("O’Rourke"));
  }
}
