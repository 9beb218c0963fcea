package org.lede.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commonest short words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages written in
 * Latin script that news pages most often come in. Running text is a third to a half such words, so a few hundred
 * words of an article name their language; a word shared by several languages counts for each.
 */
final class FunctionWords {
  private FunctionWords() {}

  /** Language codes, in the bit order of {@link #MASKS}. */
  static final List<String> LANGUAGES = List.of(
      "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs", "ro", "tr", "fi", "hu", "id");

  private static final String[] WORDS = {
      // en
      "the of and to in is that for it was on with as he be at by this had not are but from or have an they which "
          + "you were her his she there been has would their will said we its who more than after also into",
      // de
      "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat "
          + "dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur "
          + "bis mehr durch man sein wurde sei ich",
      // fr
      "le la les de des et en un une du est que qui dans pour pas sur au il elle par plus avec ne se ce sont mais "
          + "ou son sa ses leur été aux cette nous vous était ont",
      // es
      "el la los las de del y en que un una es se por con para al lo como más pero sus le ya fue este ha sido esta "
          + "entre cuando muy sin sobre también hasta hay donde desde todo nos durante uno están",
      // it
      "il lo la gli le di del della che e è un una per non con sono da dei nel alla anche come più ma si ha al "
          + "questo delle sua suo essere stato degli nella",
      // pt
      "o a os as de do da dos das e em um uma que é para com não por mais no na se como mas foi ao ele ela seu sua "
          + "ou quando muito nos já está também só pelo pela até isso entre",
      // nl
      "de het een en van in is dat op te zijn met voor niet aan er die ook als bij door maar om dan uit wordt nog "
          + "naar heeft hij ze over kan werd tot zich",
      // sv
      "och i att det som en på är av för med till den har de inte om ett han men var sig från vi så kan man när år "
          + "efter också hade eller",
      // da
      "og i at det som en på er af for med til den har de ikke om et han men var sig fra vi så kan man når år "
          + "efter også havde eller",
      // no
      "og i at det som en på er av for med til den har de ikke om et han men var seg fra vi så kan man når år "
          + "etter også hadde eller",
      // pl
      "i w na z że się nie do to jest jak o co ale po od za przez dla jego jej tak był była są ich już może lub "
          + "także oraz tylko przy",
      // cs
      "a v na se je že s z do o to jako ale by jsou jeho pro jak za podle také bylo které který která až při "
          + "nebo jen než",
      // ro
      "și în de la a cu pe care din un o nu se este că pentru mai au fost sau ca dar acest această sunt lui ei",
      // tr
      "ve bir bu da de ile için çok gibi daha olan olarak ama ben sen o ne var en kadar sonra göre",
      // fi
      "ja on ei että se oli hän ovat mutta kun myös tai joka kuin tämä sen ole ovat jo vain sekä",
      // hu
      "a az és hogy nem is egy meg de van volt csak már mint még el ki be fel ez azt ha vagy pedig",
      // id
      "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh sudah bisa atau mereka",
  };

  /** Each word's languages, one bit per language of {@link #LANGUAGES}. */
  static final Map<String, Integer> MASKS = masks();

  private static Map<String, Integer> masks() {
    if (WORDS.length != LANGUAGES.size()) throw new IllegalStateException("one word list per language");
    Map<String, Integer> masks = new HashMap<>();
    for (int l = 0; l < WORDS.length; l++) {
      for (String w : WORDS[l].split(" ")) masks.merge(w, 1 << l, (a, b) -> a | b);
    }
    return Map.copyOf(masks);
  }
}
