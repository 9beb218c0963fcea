package org.lede.quote;

import java.util.Map;
import java.util.Set;

/** The closed word lists the light rules rely on: speech verbs, titles, role nouns, organisation words. */
final class Lexicon {
  private Lexicon() {}

  /** Words whose final period is part of the word, never a sentence end on its own. */
  static final Set<String> ABBREVIATIONS = set(
      "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt", "adm", "capt", "cmdr", "cpl", "pvt", "sen", "rep",
      "gov", "pres", "gens", "sens", "reps", "st", "jr", "sr", "prof", "rev", "fr", "hon", "amb", "supt", "insp",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
      "corp", "co", "ltd", "mt", "ft", "calif", "fla", "mich", "ala", "ariz", "ark", "colo", "conn", "del", "ga",
      "ill", "ind", "kan", "ky", "la", "md", "mass", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
      "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "etc", "approx", "dept", "est", "e.g", "i.e");

  /** Abbreviations that always precede a name, so a period after them never ends a sentence. */
  static final Set<String> NAME_PREFIXES = set(
      "mr.", "mrs.", "ms.", "dr.", "gen.", "maj.", "lt.", "col.", "sgt.", "adm.", "capt.", "cmdr.", "cpl.", "pvt.",
      "sen.", "rep.", "gov.", "pres.", "prof.", "rev.", "fr.", "hon.", "amb.", "st.", "gens.", "sens.", "reps.",
      "supt.", "insp.", "no.");

  /** Speech verbs in every form that can head a cue, each mapped to its lemma. */
  static final Map<String, String> SPEECH_VERBS = verbs(
      "say says said saying",
      "tell tells told telling",
      "add adds added adding",
      "note notes noted noting",
      "write writes wrote writing",
      "post posts posted",
      "tweet tweets tweeted tweeting",
      "confirm confirms confirmed confirming",
      "acknowledge acknowledges acknowledged acknowledging",
      "announce announces announced announcing",
      "report reports reported",
      "explain explains explained explaining",
      "claim claims claimed claiming",
      "argue argues argued arguing",
      "insist insists insisted insisting",
      "warn warns warned warning",
      "stated states",
      "press presses pressed",
      "ask asks asked",
      "declare declares declared declaring",
      "ask asks asked asking",
      "reply replies replied replying",
      "respond responds responded responding",
      "recall recalls recalled recalling",
      "suggest suggests suggested suggesting",
      "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
      "stress stresses stressed",
      "testify testifies testified testifying",
      "predict predicts predicted predicting",
      "caution cautions cautioned",
      "admit admits admitted admitting",
      "concede concedes conceded conceding",
      "contend contends contended",
      "observe observes observed",
      "remark remarks remarked",
      "complain complains complained complaining",
      "allege alleges alleged",
      "assert asserts asserted asserting",
      "boast boasts boasted",
      "joke jokes joked",
      "quip quips quipped",
      "mention mentions mentioned",
      "continue continues continued",
      "tells",
      "reiterate reiterates reiterated",
      "deny denies denied",
      "vow vows vowed",
      "promise promises promised",
      "agree agrees agreed",
      "added",
      "recount recounts recounted",
      "describe describes described",
      "exclaim exclaims exclaimed",
      "conclude concludes concluded",
      "assure assures assured",
      "shout shouts shouted",
      "yell yells yelled",
      "urge urges urged",
      "bark barks barked",
      "confess confesses confessed",
      "scream screams screamed",
      "chant chants chanted",
      "whisper whispers whispered",
      "plead pleads pleaded",
      "demand demands demanded",
      "counter counters countered",
      "retort retorts retorted",
      "interject interjects interjected",
      "scoff scoffs scoffed",
      "muse muses mused",
      "lament laments lamented",
      "text texts texted",
      "email emails emailed",
      "advise advises advised",
      "thunder thunders thundered",
      "proclaim proclaims proclaimed",
      "opine opines opined",
      "answer answers answered",
      "laugh laughs laughed",
      "sigh sighs sighed",
      "wonder wonders wondered",
      "marvel marvels marveled marvelled",
      "gush gushes gushed",
      "snap snaps snapped",
      "fume fumes fumed",
      "recalled",
      "remembered",
      "acknowledged",
      "crow crows crowed",
      "cheer cheers cheered",
      "explain",
      "elaborate elaborates elaborated",
      "clarify clarifies clarified",
      "summarize summarizes summarized",
      "comment comments commented",
      "sing sings sang",
      "read reads",
      "predicts",
      "charged",
      "contends");

  /** Lemmas whose cue usually names the listener right after it ("told reporters"). */
  static final Set<String> TAKES_ADDRESSEE = set("tell", "ask", "urge", "warn", "promise", "assure");

  /** Auxiliaries that belong to the cue when they come right before the verb ("has said"). */
  static final Set<String> AUXILIARIES = set("has", "have", "had", "will", "would", "'s", "'ve", "'d");

  /** Forms of "be" and similar: a past participle after them is passive, not a cue. */
  static final Set<String> PASSIVE_MARKERS = set("is", "are", "was", "were", "be", "been", "being", "'s", "'re",
      "get", "got", "gets");

  static final Set<String> DETERMINERS = set("the", "a", "an", "this", "that", "these", "those", "some", "many",
      "several", "two", "three", "four", "five", "other", "another", "most", "all", "both", "few", "its", "his", "her",
      "their", "our", "my", "your", "one", "each", "every", "no", "any", "such", "more");

  static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

  static final Set<String> MALE = set("he", "him", "his", "himself", "mr.", "man", "male");
  static final Set<String> FEMALE = set("she", "her", "hers", "herself", "mrs.", "ms.", "miss", "woman", "female");

  /** Relative pronouns: "a conservative who said ...". */
  static final Set<String> RELATIVES = set("who", "which", "that");

  /** Words that end a noun phrase when walking left from a cue: verbs, conjunctions, prepositions. */
  static final Set<String> PHRASE_STOPS = set(
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
      "could", "should", "may", "might", "can", "must", "not", "also", "then", "that", "which", "who", "whom",
      "because", "when", "while", "if", "but", "or", "to", "as", "than", "so", "after", "before", "since",
      "although", "though", "where", "whether", "and", "in", "on", "at", "for", "with", "by", "from", "about",
      "into", "over", "under", "said", "says", "say", "told", "however", "yet", "nor", "what", "how", "why",
      "even", "just", "only", "now", "once", "until", "unless", "against", "during", "through", "without");

  /** Adverbs allowed between a subject and its cue ("Blinken recently told", "he also said"). */
  static final Set<String> CUE_ADVERBS = set("also", "now", "only", "just", "could", "would", "will", "did",
      "does", "do", "can", "may", "might", "should", "must", "even", "quickly", "once", "first", "finally",
      "simply", "specifically", "explicitly", "directly", "angrily", "sarcastically", "plainly", "proudly",
      "tweeted", "correctly", "falsely", "wrongly", "herself", "himself", "personally", "originally", "initially",
      "subsequently", "immediately", "reportedly", "allegedly", "apparently", "not", "almost", "nearly", "barely",
      "hardly", "seemingly", "twice", "pointedly", "quietly", "loudly", "bitterly", "sharply", "recently", "later", "previously", "earlier", "then",
      "again", "once", "repeatedly", "often", "publicly", "privately", "separately", "simply", "further", "flatly",
      "long", "has", "have", "had", "never", "already", "frequently", "since", "still", "bluntly", "openly",
      "however");

  /** Titles that come before a name, mapped to the role noun a later mention may use ("the general"). */
  static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("mr.", ""), Map.entry("mrs.", ""), Map.entry("ms.", ""), Map.entry("miss", ""),
      Map.entry("dr.", "doctor"), Map.entry("gen.", "general"), Map.entry("maj.", "major"),
      Map.entry("lt.", "lieutenant"), Map.entry("col.", "colonel"), Map.entry("sgt.", "sergeant"),
      Map.entry("adm.", "admiral"), Map.entry("capt.", "captain"), Map.entry("cmdr.", "commander"),
      Map.entry("sen.", "senator"), Map.entry("rep.", "congressman"), Map.entry("gov.", "governor"),
      Map.entry("pres.", "president"), Map.entry("prof.", "professor"), Map.entry("rev.", "reverend"),
      Map.entry("mp", "mp"), Map.entry("mpp", "mpp"), Map.entry("mla", "mla"), Map.entry("mna", "mna"),
      Map.entry("mep", "mep"),
      Map.entry("president", "president"), Map.entry("senator", "senator"), Map.entry("governor", "governor"),
      Map.entry("mayor", "mayor"), Map.entry("councillor", "councillor"), Map.entry("councilor", "councilor"),
      Map.entry("councilman", "councilman"), Map.entry("councilwoman", "councilwoman"),
      Map.entry("alderman", "alderman"), Map.entry("judge", "judge"), Map.entry("justice", "justice"),
      Map.entry("minister", "minister"), Map.entry("premier", "premier"), Map.entry("chancellor", "chancellor"),
      Map.entry("secretary", "secretary"), Map.entry("general", "general"), Map.entry("ambassador", "ambassador"),
      Map.entry("speaker", "speaker"), Map.entry("pope", "pope"), Map.entry("king", "king"),
      Map.entry("queen", "queen"), Map.entry("prince", "prince"), Map.entry("princess", "princess"),
      Map.entry("chairman", "chairman"), Map.entry("chairwoman", "chairwoman"), Map.entry("director", "director"),
      Map.entry("commissioner", "commissioner"), Map.entry("sheriff", "sheriff"), Map.entry("chief", "chief"),
      Map.entry("coach", "coach"), Map.entry("professor", "professor"), Map.entry("representative", "congressman"),
      Map.entry("congressman", "congressman"), Map.entry("congresswoman", "congresswoman"),
      Map.entry("lieutenant", "lieutenant"), Map.entry("colonel", "colonel"), Map.entry("major", "major"),
      Map.entry("captain", "captain"), Map.entry("admiral", "admiral"), Map.entry("attorney", "attorney"),
      Map.entry("vice", "vice president"), Map.entry("prime", "prime minister"), Map.entry("foreign", ""),
      Map.entry("defense", ""), Map.entry("state", ""), Map.entry("of", ""), Map.entry("deputy", ""));

  /** Role nouns that other mentions may use for the same person, beyond the role noun itself. */
  static final Map<String, Set<String>> ROLE_SYNONYMS = Map.of(
      "prime minister", Set.of("premier", "prime minister", "minister", "leader"),
      "premier", Set.of("prime minister", "premier", "leader"),
      "president", Set.of("president", "leader"),
      "congressman", Set.of("congressman", "lawmaker", "representative"),
      "congresswoman", Set.of("congresswoman", "lawmaker", "representative"),
      "senator", Set.of("senator", "lawmaker"),
      "councillor", Set.of("councillor", "councilor"),
      "spokesman", Set.of("spokesman", "spokesperson"),
      "spokeswoman", Set.of("spokeswoman", "spokesperson"));

  /** Nouns that name a person by what they do. */
  static final Set<String> PERSON_NOUNS = set(
      "spokesman", "spokeswoman", "spokesperson", "speechwriter", "columnist", "editor", "commentator", "official", "minister", "farmer", "nurse", "pastor", "priest",
      "rabbi", "imam", "chef", "driver", "pilot", "soldier", "sergeant", "firefighter", "engineer", "mother",
      "father", "businessman", "businesswoman", "entrepreneur", "lobbyist", "spokesmen", "analyst", "lawmaker", "director",
      "president", "chairman", "chairwoman", "leader", "secretary", "senator", "governor", "mayor", "attaché",
      "councillor", "councilor", "councilman", "councilwoman", "alderman",
      "attache", "general", "officer", "professor", "economist", "expert", "adviser", "advisor", "aide",
      "ambassador", "candidate", "nominee", "executive", "chief", "founder", "head", "commander", "envoy",
      "diplomat", "lawyer", "attorney", "judge", "researcher", "strategist", "pollster", "fellow", "member",
      "manager", "activist", "writer", "author", "reporter", "correspondent", "host", "premier", "source",
      "resident", "witness", "man", "woman", "doctor", "scientist", "investigator", "prosecutor", "representative",
      "congressman", "congresswoman", "conservative", "liberal", "democrat", "republican", "voter", "supporter",
      "critic", "operative", "staffer", "consultant", "organizer", "partner", "owner", "student", "teacher",
      "veteran", "police", "detective", "agent", "negotiator", "mediator", "historian", "colonel", "major",
      "captain", "admiral", "lieutenant", "sergeant", "commissioner", "sheriff", "coach", "player", "worker",
      "employee", "campaigner", "chancellor", "justice", "speaker", "delegate", "superdelegate", "donor",
      "surrogate", "adviser", "planner", "banker", "trader", "investor", "broker", "observer", "insider",
      "person", "mp", "mpp", "mla", "mna", "mep", "niece", "nephew", "son", "daughter", "wife", "husband", "brother", "sister", "cousin",
      "friend", "neighbor", "neighbour", "narrator", "widow", "widower", "officials", "analysts", "experts", "sources", "people", "residents", "witnesses", "aides",
      "advisers", "advisors", "lawmakers", "diplomats", "officers", "economists", "critics", "supporters",
      "voters", "investigators", "prosecutors", "researchers", "scientists", "leaders", "members", "activists",
      "democrats", "republicans", "historians", "strategists", "pollsters", "observers", "insiders", "authorities",
      "executives", "organizers", "volunteers", "students", "workers", "employees", "doctors", "citizens",
      "americans", "conservatives", "liberals", "delegates", "superdelegates", "donors", "candidates", "staffers",
      "protester", "protesters", "demonstrator", "demonstrators", "reader", "readers", "viewer", "viewers",
      "parent", "parents");

  /** Documents and broadcasts that speak for someone: "the statement said", "the ad claims". */
  static final Set<String> DOCUMENT_NOUNS = set("statement", "ad", "ads", "report", "letter", "memo", "email",
      "e-mail", "tweet", "post", "release", "video", "poll", "polls", "survey", "study", "book", "article", "story",
      "editorial", "filing", "complaint", "lawsuit", "document", "documents", "spot", "commercial", "transcript",
      "message", "note", "sign", "website", "site", "blog", "op-ed", "column", "record", "records", "data",
      "analysis", "indictment", "ruling", "order", "opinion", "decision", "notice", "petition", "voice-over",
      "headline", "caption", "announcement", "platform", "manifesto", "speech", "interview", "campaign", "piece");

  /** Nouns that make a phrase an organisation ("the embassy", "the State Department"). */
  static final Set<String> ORGANIZATION_NOUNS = set(
      "government", "embassy", "department", "ministry", "party", "company", "agency", "office", "committee",
      "campaign", "court", "bank", "council", "administration", "commission", "newspaper", "network", "union",
      "group", "center", "centre", "institute", "university", "association", "foundation", "service", "bureau",
      "organization", "organisation", "house", "post", "times", "journal", "press", "news", "tribune", "congress",
      "senate", "parliament", "legion", "fund", "army", "navy", "force", "forces", "corporation", "corp.", "inc.",
      "firm", "board", "authority", "police", "team", "club", "church", "school", "college", "coalition",
      "alliance", "kremlin", "pentagon", "cabinet", "ministry", "regime", "military", "reuters", "cnn", "nbc",
      "abc", "cbs", "msnbc", "fox", "poll", "polls", "survey", "study", "report", "statement", "website", "magazine",
      "station", "channel", "outlet", "paper", "project", "index", "institution", "trust", "hospital", "council",
      "federation", "league", "county", "state", "city", "country", "nation", "airline", "airlines", "group",
      "politifact", "facebook", "twitter", "google", "apple", "microsoft", "amazon", "wikileaks",
      // Company suffixes: "Northern Pipeline Ltd." is a company, whatever its other words.
      "ltd.", "ltd", "inc", "llc", "llp", "plc", "co.", "corp", "limited", "incorporated", "ulc");

  /** Capitalised words that start a sentence or name a time, never a person. */
  static final Set<String> NOT_NAMES = set(
      "the", "a", "an", "but", "and", "or", "in", "on", "at", "if", "while", "since", "under", "unlike", "as",
      "after", "before", "when", "so", "yet", "still", "even", "though", "although", "however", "meanwhile",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "i",
      "he", "she", "they", "we", "it", "his", "her", "their", "our", "this", "that", "these", "those", "there",
      "here", "what", "who", "why", "how", "where", "for", "from", "to", "by", "with", "of", "some", "many",
      "most", "all", "one", "two", "us", "u.s.", "u.s", "uk", "eu", "un", "god",
      "christmas", "easter", "thanksgiving", "mondays", "lauded", "record", "weeks", "days", "years", "last",
      "next", "just", "also", "not", "no", "yes", "my", "your", "its", "asked", "said", "says", "according",
      "watch", "read", "related", "photo", "video", "getty", "images", "ap", "afp", "reuters", "also", "more",
      "democrats", "republicans", "democratic", "republican", "americans", "american", "gop", "twitter",
      "facebook", "black", "white", "north", "south", "east", "west", "new", "world", "war", "election", "day");

  /** Builds a set from a list that may repeat a word: the lists read better grouped by meaning than deduplicated. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static Map<String, String> verbs(String... families) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (String family : families) {
      String[] forms = family.split(" ");
      for (String f : forms) m.putIfAbsent(f, forms[0]);
    }
    return Map.copyOf(m);
  }
}
