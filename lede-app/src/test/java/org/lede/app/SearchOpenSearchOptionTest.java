package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code lede search --index opensearch://…}: what it says when the address or the cluster is wrong. */
class SearchOpenSearchOptionTest {
  @Test
  void an_index_that_is_not_an_opensearch_address_is_a_usage_error_naming_the_form() {
    Cli.Run run = Cli.run("search", "--index", "http://127.0.0.1:9200/news", "bridge");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("opensearch://HOST:PORT/INDEX");
  }

  @Test
  void by_story_and_collections_need_the_store_and_say_so() {
    Cli.Run byStory = Cli.run("search", "--index", "opensearch://127.0.0.1:9200/news", "--by-story", "bridge");
    assertThat(byStory.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(byStory.err()).contains("--by-story");
    Cli.Run collection = Cli.run("search", "--index", "opensearch://127.0.0.1:9200/news", "collection:uk");
    assertThat(collection.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(collection.err()).contains("collection:");
  }

  @Test
  void a_cluster_that_does_not_answer_is_one_line_and_exit_3() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Cli.Run run = Cli.run("search", "--index", "opensearch://127.0.0.1:" + port + "/news", "bridge");
    assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err().strip()).startsWith("lede search: OpenSearch at http://127.0.0.1:" + port + " is not reachable")
        .doesNotContain("\n");
  }
}
