package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path tmp;

  private static final String STORY = """
      Ferry service returns to Marrow Island after storm

      Updated 3 March 2026
      Follow

      Ferry service returns to Marrow Island after storm

      MARROW ISLAND: Ferries returned to Marrow Island on Tuesday, four days after a storm tore the roof off the harbour office.
      “We had people sleeping in the school hall,” said harbourmaster Ines Calloway. “Today they went home.”
      Repairs to the pier will cost about 2 million pounds, the island council said.
      """;

  @Test
  void bad_inputs_are_named_on_stderr_the_rest_are_stored_and_the_exit_code_says_so() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), STORY);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Path data = tmp.resolve("data");

    Cli.Run run = Cli.run("ingest", "-q", "--data", data.toString(), in.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains(in.resolve("empty.txt") + ": empty file");
    assertThat(run.err()).contains(in.resolve("photo.html") + ": binary content (PNG image)");
    assertThat(run.out()).contains("1 new articles").contains("2 failed");

    Cli.Run search = Cli.run("search", "--data", data.toString(), "harbourmaster");
    assertThat(search.out()).contains("Ferry service returns to Marrow Island after storm").contains("«harbourmaster»");
  }

  @Test
  void ingesting_the_same_input_twice_adds_nothing_and_a_changed_article_becomes_version_two() throws Exception {
    Path file = tmp.resolve("ferry.txt");
    Files.writeString(file, STORY);
    String data = tmp.resolve("data").toString();

    assertThat(Cli.run("ingest", "-q", "--data", data, file.toString()).out()).contains("1 new articles");
    assertThat(Cli.run("ingest", "-q", "--data", data, file.toString()).out())
        .contains("0 new articles").contains("1 inputs already stored");

    Files.writeString(file, STORY.replace("about 2 million pounds", "about 3 million pounds"), StandardCharsets.UTF_8);
    assertThat(Cli.run("ingest", "-q", "--data", data, file.toString()).out()).contains("1 updated");

    String id = Cli.run("search", "--data", data, "--json", "ferry").out().replaceAll("(?s).*\"id\":\"([0-9a-f]{16})\".*", "$1");
    Cli.Run diff = Cli.run("show", "--data", data, id, "--diff", "1..2");
    assertThat(diff.exit()).isZero();
    assertThat(diff.out()).contains("- Repairs to the pier will cost about 2 million pounds")
        .contains("+ Repairs to the pier will cost about 3 million pounds");
  }

  @Test
  void a_missing_path_is_an_input_failure_not_a_crash() {
    Cli.Run run = Cli.run("ingest", "-q", "--data", tmp.resolve("data").toString(), tmp.resolve("nope.html").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("nope.html: no such file");
  }
}
