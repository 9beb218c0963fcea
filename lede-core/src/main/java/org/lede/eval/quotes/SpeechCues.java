package org.lede.eval.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an annotated cue is speech: a reporting verb ("said", "has told", "wrote:") or "according to".
 * PolNeAR also annotates beliefs and intentions ("expects", "wants"); those are left out of the speech measures.
 */
final class SpeechCues {
  private static final Set<String> VERBS = Set.of(
      "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding", "note",
      "notes", "noted", "noting", "write", "writes", "wrote", "writing", "written", "post", "posts", "posted",
      "tweet", "tweets", "tweeted", "tweeting", "confirm", "confirms", "confirmed", "acknowledge", "acknowledges",
      "acknowledged", "announce", "announces", "announced", "report", "reports", "reported", "explain", "explains",
      "explained", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing", "insist",
      "insists", "insisted", "warn", "warns", "warned", "warning", "state", "states", "stated", "declare", "declares",
      "declared", "ask", "asks", "asked", "asking", "reply", "replies", "replied", "respond", "responds", "responded",
      "recall", "recalls", "recalled", "suggest", "suggests", "suggested", "emphasize", "emphasized", "stress",
      "stressed", "testify", "testified", "predict", "predicted", "caution", "cautioned", "admit", "admits",
      "admitted", "concede", "conceded", "contend", "contends", "contended", "remark", "remarked", "complain",
      "complained", "allege", "alleged", "assert", "asserted", "boast", "boasted", "joke", "joked", "quip", "quipped",
      "mention", "mentioned", "reiterate", "reiterated", "deny", "denied", "denies", "vow", "vowed", "promise",
      "promised", "recount", "recounted", "describe", "described", "continue", "continued");

  private SpeechCues() {}

  static boolean isSpeech(String cue) {
    if (cue == null) return false;
    String l = cue.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (l.contains("according to")) return true;
    for (String w : l.split("[^a-z']+")) if (VERBS.contains(w)) return true;
    return false;
  }
}
