package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that would hand a model an unbounded sentence or word: 100,000 words without a full stop, and a single
 * 200,000-character word. Each is stored (or refused with one line naming it) and the rest of the batch goes on.
 * The timeout only stops a quadratic regression from hanging the build; it is not a speed check.
 */
class RunOnInputsTest {
  @TempDir Path tmp;

  private static final String STORY = """
      Ferry service returns to Marrow Island after storm

      Ferries returned to Marrow Island on Tuesday, four days after a storm tore the roof off the harbour office.
      “We had people sleeping in the school hall,” said harbourmaster Ines Calloway. “Today they went home.”
      """;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void a_run_on_text_and_a_giant_word_are_stored_and_the_batch_goes_on() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-ferry.txt"), STORY);
    StringBuilder runOn = new StringBuilder("Harbour council minutes without a full stop\n\n");
    String[] phrase = ("Maria Lopez told the harbour council that repairs would cost 2 million pounds, and Peter "
        + "Novak said the ferries would run again while the storm moved north").split(" ");
    for (int w = 0; w < 100_000; w++) runOn.append(w == 0 ? "" : " ").append(phrase[w % phrase.length]);
    Files.writeString(in.resolve("b-run-on.txt"), runOn.toString());
    Files.writeString(in.resolve("c-giant-word.txt"), "A page of one word\n\n" + "z".repeat(200_000) + "\n");
    Files.writeString(in.resolve("d-ferry-again.txt"), STORY.replace("Tuesday", "Wednesday")
        .replace("Ferry service returns", "Ferries are back"));
    Path data = tmp.resolve("data");

    Cli.Run run = Cli.run("ingest", "-q", "--data", data.toString(), in.toString());

    // A refusal is allowed, but as one line naming the input; everything else is stored.
    for (String line : run.err().lines().toList()) {
      assertThat(line).containsAnyOf("b-run-on.txt", "c-giant-word.txt");
    }
    assertThat(run.out()).containsPattern("[34] new articles");
    Cli.Run search = Cli.run("search", "--data", data.toString(), "harbourmaster");
    assertThat(search.out()).contains("Ferry service returns to Marrow Island after storm")
        .contains("Ferries are back to Marrow Island after storm");
    if (!run.err().contains("b-run-on.txt")) {
      assertThat(Cli.run("search", "--data", data.toString(), "Novak").out())
          .contains("Harbour council minutes without a full stop");
    }
  }
}
