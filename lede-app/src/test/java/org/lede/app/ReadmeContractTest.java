package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's JSON Lines example is what {@code lede extract} prints, field for field. */
class ReadmeContractTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("```sh\\n\\./lede (extract --format jsonl [^\\n]+)\\n```\\n\\n```json\\n(.+?)\\n```", Pattern.DOTALL);

  @Test
  void readme_example_is_the_output_of_its_command() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = EXAMPLE.matcher(readme);
    assertThat(m.find()).as("README has an extract command followed by its JSON").isTrue();

    Cli.Run run = Cli.run(m.group(1).split(" "));

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).doesNotContain("\n");
    ObjectMapper json = new ObjectMapper();
    JsonNode printed = json.readTree(run.out());
    JsonNode documented = json.readTree(m.group(2));
    assertThat(printed).isEqualTo(documented);
  }
}
