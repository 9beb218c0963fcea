package org.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.source.FileInputs;
import org.lede.source.InputException;

/**
 * The seed dump ({@code shared/data/seed}) read through Lede's front door, beside its hand-made gold: what the
 * seed acceptance tests of every stage start from.
 *
 * @param articles the seed's articles, relative times resolved against {@link #AS_OF}
 * @param gold     the gold file as JSON
 */
public record SeedGold(List<Article> articles, JsonNode gold) {
  /** The seed's name in {@code shared/data/seed}. */
  public static final String NAME = "000_eeaa64c69777ef11";
  /** The reference time the gold's relative times are resolved against. */
  public static final Instant AS_OF = Instant.parse("2026-02-05T12:00:00Z");

  /** Reads the seed and its gold, or returns empty when the shared data is not beside this checkout. */
  public static Optional<SeedGold> load() {
    Optional<Path> seed = SharedData.locate("seed");
    if (seed.isEmpty()) return Optional.empty();
    Path dump = seed.get().resolve(NAME + ".txt");
    Path goldFile = seed.get().resolve(NAME + ".gold.json");
    if (!Files.exists(dump) || !Files.exists(goldFile)) return Optional.empty();
    try {
      return Optional.of(new SeedGold(Extraction.standard().withAsOf(AS_OF).extract(FileInputs.standard().read(dump)),
          new ObjectMapper().readTree(goldFile.toFile())));
    } catch (InputException e) {
      throw new IllegalStateException("the seed dump could not be extracted: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message a test skips with when the seed is absent. */
  public static String absent(String what) {
    return "shared/data/seed not found beside the checkout (or set LEDE_SHARED_DATA): " + what + " skipped";
  }
}
