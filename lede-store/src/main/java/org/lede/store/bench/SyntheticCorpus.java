package org.lede.store.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.article.ArticleBuilder;
import org.lede.article.StatedTime;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;
import org.lede.quote.Cue;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Resolution;
import org.lede.quote.Speaker;
import org.lede.quote.SpeakerKind;

/**
 * Makes up a news stream with the annotations Lede would have found in it, to load the corpus layer alone: people
 * drawn with a Zipf skew (a few are in every other article, most appear once or twice), a third of them named by
 * surname alone, surnames shared between people, pronoun speakers, organizations with acronyms, places, and wire
 * copies that carry the same quotes (some trimmed) under another outlet a little later.
 *
 * <p>Deterministic for a seed; not thread-safe.
 */
final class SyntheticCorpus {
  private static final long FIRST_SECOND = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final String[] ROLES = {"minister of %s", "spokeswoman for %s", "chief executive of %s",
      "mayor of %s", "senator from %s", "analyst at %s", "coach of %s", "judge in %s"};
  private static final String[] CUES = {"said", "told reporters", "added", "warned", "said on Tuesday"};

  private record Person(String first, String last, String role) {
    String full() {
      return first + " " + last;
    }
  }

  private record Org(String name, String acronym) {}

  /** One made-up article with what was found in it. */
  record Item(Article article, Annotations annotations) {}

  private final Random random;
  private final SyntheticNews words;
  private final Person[] people;
  private final double[] peopleCdf;
  private final Org[] orgs;
  private final double[] orgCdf;
  private final String[] places;
  private final String[] sites;
  private final List<Item> recent = new ArrayList<>();
  private final double secondsPerArticle;

  /**
   * @param seed     the stream's seed
   * @param articles how many articles the stream will hold: sets how many people there are, and the time it spans
   *                 (about 3,000 articles a day)
   */
  SyntheticCorpus(long seed, int articles) {
    random = new Random(seed);
    words = new SyntheticNews(seed + 1, 20_000);
    int peopleCount = Math.max(2_000, articles / 5);
    String[] surnames = distinct(Math.max(500, peopleCount / 4), 2);
    String[] firsts = distinct(600, 1);
    places = distinct(3_000, 1);
    people = new Person[peopleCount];
    Set<String> taken = new HashSet<>();
    double[] surnameCdf = cdf(surnames.length, 0.9);
    for (int i = 0; i < peopleCount; i++) {
      Person p;
      do {
        String role = String.format(Locale.ROOT, ROLES[random.nextInt(ROLES.length)], places[random.nextInt(places.length)]);
        p = new Person(firsts[random.nextInt(firsts.length)], surnames[draw(surnameCdf)], role);
      } while (!taken.add(p.full()));
      people[i] = p;
    }
    peopleCdf = cdf(peopleCount, 1.0);
    String[] orgNames = distinct(Math.max(1_000, articles / 50), 2);
    orgs = new Org[orgNames.length];
    String[] kinds = {"Party", "Bank", "Ministry", "Union", "Group", "Council"};
    for (int i = 0; i < orgs.length; i++) {
      String name = orgNames[i] + " " + kinds[i % kinds.length];
      String acronym = random.nextInt(3) == 0 ? initials(name) : null;
      orgs[i] = new Org(name, acronym);
    }
    orgCdf = cdf(orgs.length, 1.0);
    sites = distinct(300, 1);
    for (int i = 0; i < sites.length; i++) sites[i] = sites[i] + " " + (i % 2 == 0 ? "Times" : "Post");
    secondsPerArticle = 86_400.0 / 3_000;
  }

  /** Returns article {@code n} of the stream (call in order 0, 1, 2, ...). */
  Item next(int n) {
    Instant published = Instant.ofEpochSecond(FIRST_SECOND + (long) (n * secondsPerArticle));
    String site = sites[random.nextInt(sites.length)];
    Item item = !recent.isEmpty() && random.nextInt(7) == 0 ? copy(n, site, published) : fresh(n, site, published);
    recent.add(item);
    if (recent.size() > 200) recent.removeFirst();
    return item;
  }

  /** A wire copy of a recent article under another outlet: same people and quotes, some quotes trimmed. */
  private Item copy(int n, String site, Instant published) {
    Item source = recent.get(random.nextInt(recent.size()));
    Text text = new Text();
    List<Entity> entities = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    Map<String, Entity> byName = new LinkedHashMap<>();
    for (Entity e : source.annotations().entities()) {
      text.sentence(words(6));
      int s = text.append(e.name());
      text.sentence(words(8));
      Entity copy = new Entity(e.id(), e.name(), e.type(), e.aliases(), e.titles(), e.roles(), null,
          List.of(new Mention(e.name(), s, s + e.name().length(), e.type(), Mention.Source.RECOGNIZER)));
      entities.add(copy);
      byName.put(e.name(), copy);
    }
    for (Quote q : source.annotations().quotes()) {
      String said = q.text();
      if (random.nextInt(3) == 0) said = said.substring(said.indexOf(' ') + 1);
      quotes.add(quote(text, said, q.speaker().name(), q.speaker().resolution()));
    }
    return item(n, site, published, source.article().headline(), text, entities, quotes);
  }

  private Item fresh(int n, String site, Instant published) {
    Text text = new Text();
    List<Entity> entities = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int count = 2 + random.nextInt(5);
    for (int k = 0; k < count; k++) {
      int i = draw(peopleCdf);
      if (!seen.add(i)) continue;
      Person p = people[i];
      boolean surnameOnly = random.nextInt(3) == 0;
      String name = surnameOnly ? p.last() : p.full();
      List<String> roles = random.nextBoolean() ? List.of(p.role()) : List.of();
      text.sentence(words(5));
      int s = text.append(name);
      text.append(", ");
      if (!roles.isEmpty()) text.append(p.role() + ", ");
      text.sentence(words(7));
      List<Mention> mentions = new ArrayList<>();
      mentions.add(new Mention(name, s, s + name.length(), EntityType.PERSON, Mention.Source.RECOGNIZER));
      if (!surnameOnly) {
        int t = text.append(p.last());
        mentions.add(new Mention(p.last(), t, t + p.last().length(), EntityType.PERSON, Mention.Source.PARTIAL_NAME));
        text.sentence(words(6));
      }
      entities.add(new Entity(null, name, EntityType.PERSON, surnameOnly ? List.of() : List.of(p.last()), List.of(),
          roles, null, mentions));
      for (int q = random.nextInt(3); q > 0; q--) {
        Resolution how = random.nextInt(3) == 0 ? Resolution.PRONOUN : Resolution.NAMED;
        quotes.add(quote(text, words(10 + random.nextInt(20)), name, how));
      }
    }
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      Org o = orgs[draw(orgCdf)];
      boolean byAcronym = o.acronym() != null && random.nextInt(4) == 0;
      String name = byAcronym ? o.acronym() : o.name();
      if (entities.stream().anyMatch(e -> e.name().equals(name))) continue;
      text.sentence(words(4));
      int s = text.append(name);
      text.sentence(words(6));
      List<String> aliases = !byAcronym && o.acronym() != null ? List.of(o.acronym()) : List.of();
      entities.add(new Entity(null, name, EntityType.ORGANIZATION, aliases, List.of(), List.of(), null,
          List.of(new Mention(name, s, s + name.length(), EntityType.ORGANIZATION, Mention.Source.RECOGNIZER))));
    }
    String place = places[random.nextInt(places.length)];
    if (entities.stream().noneMatch(e -> e.name().equals(place))) {
      text.sentence(words(4));
      int s = text.append(place);
      text.sentence(words(5));
      entities.add(new Entity(null, place, EntityType.LOCATION, List.of(), List.of(), List.of(), null,
          List.of(new Mention(place, s, s + place.length(), EntityType.LOCATION, Mention.Source.RECOGNIZER))));
    }
    return item(n, site, published, capitalised(words(8)), text, entities, quotes);
  }

  private Quote quote(Text text, String said, String speaker, Resolution how) {
    text.append("\u201c");
    int s = text.append(said);
    text.append(",\u201d ");
    String mention = how == Resolution.PRONOUN ? "she" : speaker;
    int m = text.append(mention);
    String cue = CUES[random.nextInt(CUES.length)];
    text.append(" ");
    int c = text.append(cue);
    text.append(". ");
    return new Quote(said, QuoteKind.DIRECT, s, s + said.length(), new Cue(cue, c, c + cue.length()),
        new Speaker(mention, m, m + mention.length(), speaker, how, false, SpeakerKind.PERSON, null, null), null, null);
  }

  private Item item(int n, String site, Instant published, String headline, Text text, List<Entity> entities,
      List<Quote> quotes) {
    // every id is the local one the recognizer gives: the canonical name's place
    List<Entity> numbered = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      numbered.add(new Entity("e" + i, e.name(), e.type(), e.aliases(), e.titles(), e.roles(), e.age(), e.mentions()));
    }
    ArticleBuilder b = Article.builder()
        .canonicalUrl("https://" + site.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/news/" + n)
        .site(site)
        .language("en")
        .headline(headline)
        .published(new StatedTime(published, StatedTime.Precision.MINUTE, null))
        .addParagraph(text.toString());
    return new Item(b.build(), new Annotations(quotes, numbered, List.of(), List.of()));
  }

  private String words(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) s.append(' ');
      s.append(words.randomWord(0, Math.min(words.vocabulary(), 50 + random.nextInt(5_000))));
    }
    return s.toString();
  }

  /**
   * {@code count} distinct capitalised names: words of the vocabulary up to half of it, then two words run together,
   * since a million articles name more surnames (50,000) than the vocabulary has words.
   */
  private String[] distinct(int count, int syllablesAtLeast) {
    List<String> out = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    int vocabulary = words.vocabulary();
    int singles = Math.min(count, vocabulary / 2);
    while (out.size() < singles) {
      String w = capitalised(words.randomWord(0, vocabulary));
      if (w.length() >= 2 * syllablesAtLeast + 1 && seen.add(w)) out.add(w);
    }
    while (out.size() < count) {
      String w = capitalised(words.randomWord(0, vocabulary) + words.randomWord(0, vocabulary));
      if (seen.add(w)) out.add(w);
    }
    return out.toArray(String[]::new);
  }

  private int draw(double[] cdf) {
    int i = java.util.Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }

  private static double[] cdf(int n, double exponent) {
    double[] out = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      out[i] = sum;
    }
    for (int i = 0; i < n; i++) out[i] /= sum;
    return out;
  }

  private static String initials(String name) {
    StringBuilder s = new StringBuilder();
    for (String w : name.split(" ")) s.append(Character.toUpperCase(w.charAt(0)));
    return s.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The article's text as it is written, with the offset of each part. */
  private static final class Text {
    private final StringBuilder s = new StringBuilder();

    /** Appends {@code part} and returns where it starts. */
    int append(String part) {
      int at = s.length();
      s.append(part);
      return at;
    }

    void sentence(String words) {
      if (!s.isEmpty() && s.charAt(s.length() - 1) != ' ') s.append(' ');
      s.append(capitalised(words)).append(". ");
    }

    @Override
    public String toString() {
      return s.toString().strip();
    }
  }
}
