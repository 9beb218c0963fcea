package org.lede.quote;

import java.util.Locale;
import java.util.regex.Pattern;

/** The head noun of a role as written: "a geopolitical analyst at Mizuho Bank" is an analyst. */
final class RoleHeads {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  private RoleHeads() {}

  static String head(String role) {
    String[] words = SEPARATORS.split(role.toLowerCase(Locale.ROOT).replace('’', '\''));
    String head = null;
    for (String w : words) {
      if (w.equals("at") || w.equals("of") || w.equals("in") || w.equals("for") || w.equals("with") || w.equals("from")
          || w.equals("on") || w.equals("who") || w.equals("which") || w.equals("that")) {
        break;
      }
      head = w.endsWith("'s") ? null : w;
    }
    if (head != null && (head.equals("prime") || head.equals("minister"))) return "minister";
    return head;
  }
}
