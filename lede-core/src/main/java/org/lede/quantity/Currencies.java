package org.lede.quantity;

import java.util.Locale;
import java.util.Map;

/** Currency symbols and words to ISO 4217 codes. */
final class Currencies {
  private Currencies() {}

  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
      Map.entry("hk$", "HKD"), Map.entry("s$", "SGD"), Map.entry("nz$", "NZD"), Map.entry("€", "EUR"),
      Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
      Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("jpy", "JPY"),
      Map.entry("cny", "CNY"), Map.entry("inr", "INR"), Map.entry("chf", "CHF"), Map.entry("rmb", "CNY"));

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
      Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
      Map.entry("rupees", "INR"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("francs", "CHF"),
      Map.entry("won", "KRW"), Map.entry("riyals", "SAR"), Map.entry("dirhams", "AED"), Map.entry("pesos", "MXN"),
      Map.entry("hryvnias", "UAH"), Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("jpy", "JPY"),
      Map.entry("gbp", "GBP"), Map.entry("cny", "CNY"));

  static String ofSymbol(String s) {
    return s == null ? null : SYMBOLS.get(s.toLowerCase(Locale.ROOT));
  }

  static String ofWord(String w) {
    return w == null ? null : WORDS.get(w.toLowerCase(Locale.ROOT));
  }

  /** The regex alternatives for symbols and codes written before an amount. */
  static final String SYMBOL_PATTERN = "US\\$|A\\$|C\\$|HK\\$|S\\$|NZ\\$|\\$|€|£|¥|₹|₩|USD\\s?|EUR\\s?|GBP\\s?|JPY\\s?|CNY\\s?|RMB\\s?";

  /** The regex alternatives for words written after an amount. */
  static final String WORD_PATTERN = "yen|yuan|dollars?|euros?|pounds|sterling|rupees|roubles|rubles|francs|riyals|dirhams|pesos|hryvnias|USD|EUR|JPY|GBP|CNY";
}
