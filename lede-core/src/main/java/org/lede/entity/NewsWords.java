package org.lede.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Closed word lists the news layer needs: pronouns, page clutter, titles and demonyms. */
final class NewsWords {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NewsWords() {}

  static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
      "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "who", "whom",
      "whose", "which", "what", "himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself");

  /** Words of page furniture that a scraped page leaves around an article. */
  static final Set<String> CLUTTER = Set.of(
      "short url", "follow", "share", "updated", "comments", "read more", "subscribe", "sign up", "log in",
      "advertisement", "related", "print", "email", "tweet", "whatsapp", "facebook share", "newsletter", "menu",
      "home", "close", "next", "previous", "file", "photo", "video", "watch", "listen", "copy link", "url");

  /** Honorifics and ranks that stand before a name and are not part of it. */
  static final Set<String> TITLE_WORDS = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "father",
      "gen", "general", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain", "cmdr",
      "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "brig",
      "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen", "rep",
      "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "councillor", "councilor",
      "councilman", "councilwoman", "alderman", "judge", "justice",
      "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir",
      "ambassador", "chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman",
      "spokesperson", "coach", "manager", "chief", "deputy", "foreign", "defense", "defence", "finance",
      "interior", "state", "attorney", "speaker", "leader", "sultan", "crown", "ayatollah", "imam", "rabbi",
      "inspector", "detective", "officer", "agent", "superintendent", "attaché", "attache", "envoy", "mp",
      "former", "late", "acting", "interim", "assistant", "executive", "of", "the");

  /** Title words that may stand before a name on their own ("President Trump", "Gen. Smith"). */
  static final Set<String> HEAD_TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "father",
      "gen", "general", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain", "cmdr",
      "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "brig", "president",
      "minister", "premier", "chancellor", "secretary", "senator", "sen", "rep", "representative",
      "congressman", "congresswoman", "gov", "governor", "mayor", "councillor", "councilor",
      "councilman", "councilwoman", "alderman", "judge", "justice", "king", "queen",
      "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir", "ambassador",
      "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "director",
      "ceo", "speaker", "leader", "sultan", "ayatollah", "imam", "rabbi", "inspector", "detective",
      "superintendent", "attaché", "attache", "envoy", "chief");

  private static final Map<String, String> DEMONYMS = Map.ofEntries(
      Map.entry("american", "United States"), Map.entry("british", "Britain"), Map.entry("english", "England"),
      Map.entry("french", "France"), Map.entry("german", "Germany"), Map.entry("italian", "Italy"),
      Map.entry("spanish", "Spain"), Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"),
      Map.entry("chinese", "China"), Map.entry("japanese", "Japan"), Map.entry("korean", "Korea"),
      Map.entry("indian", "India"), Map.entry("pakistani", "Pakistan"), Map.entry("iranian", "Iran"),
      Map.entry("iraqi", "Iraq"), Map.entry("israeli", "Israel"), Map.entry("palestinian", "Palestine"),
      Map.entry("syrian", "Syria"), Map.entry("turkish", "Turkey"), Map.entry("egyptian", "Egypt"),
      Map.entry("saudi", "Saudi Arabia"), Map.entry("afghan", "Afghanistan"), Map.entry("polish", "Poland"),
      Map.entry("hungarian", "Hungary"), Map.entry("argentine", "Argentina"), Map.entry("argentinian", "Argentina"),
      Map.entry("brazilian", "Brazil"), Map.entry("mexican", "Mexico"), Map.entry("canadian", "Canada"),
      Map.entry("australian", "Australia"), Map.entry("dutch", "Netherlands"), Map.entry("belgian", "Belgium"),
      Map.entry("swiss", "Switzerland"), Map.entry("swedish", "Sweden"), Map.entry("norwegian", "Norway"),
      Map.entry("danish", "Denmark"), Map.entry("finnish", "Finland"), Map.entry("greek", "Greece"),
      Map.entry("portuguese", "Portugal"), Map.entry("irish", "Ireland"), Map.entry("scottish", "Scotland"),
      Map.entry("welsh", "Wales"), Map.entry("austrian", "Austria"), Map.entry("czech", "Czech Republic"),
      Map.entry("romanian", "Romania"), Map.entry("bulgarian", "Bulgaria"), Map.entry("serbian", "Serbia"),
      Map.entry("croatian", "Croatia"), Map.entry("bosnian", "Bosnia"), Map.entry("taiwanese", "Taiwan"),
      Map.entry("vietnamese", "Vietnam"), Map.entry("thai", "Thailand"), Map.entry("indonesian", "Indonesia"),
      Map.entry("filipino", "Philippines"), Map.entry("nigerian", "Nigeria"), Map.entry("kenyan", "Kenya"),
      Map.entry("south african", "South Africa"), Map.entry("cuban", "Cuba"), Map.entry("venezuelan", "Venezuela"),
      Map.entry("colombian", "Colombia"), Map.entry("chilean", "Chile"), Map.entry("peruvian", "Peru"),
      Map.entry("lebanese", "Lebanon"), Map.entry("jordanian", "Jordan"), Map.entry("qatari", "Qatar"),
      Map.entry("emirati", "United Arab Emirates"), Map.entry("yemeni", "Yemen"), Map.entry("libyan", "Libya"),
      Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"), Map.entry("north korean", "North Korea"),
      Map.entry("south korean", "South Korea"), Map.entry("european", "Europe"), Map.entry("african", "Africa"),
      Map.entry("asian", "Asia"));

  static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  static boolean isPronoun(String word) {
    return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isClutter(String phrase) {
    return CLUTTER.contains(SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
  }

  static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(key(word));
  }

  private static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    Set<String> out = new java.util.HashSet<>();
    for (String c : DEMONYMS.values()) out.add(c.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  /** Returns true when {@code name} is a country some demonym here names ("Hungary"), any case. */
  static boolean isCountry(String name) {
    return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the country a demonym names ("Hungarian" -> "Hungary"), or null. */
  static String countryOf(String demonym) {
    return DEMONYMS.get(demonym.toLowerCase(Locale.ROOT));
  }
}
