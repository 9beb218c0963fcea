package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;
import org.lede.library.LibraryStats;

/** Runs {@code lede watch} as a separate process, kills it with SIGKILL mid-poll, restarts it, and checks the store. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WatchCrashTest {
  private static final int ITEMS = 300;

  @TempDir Path tmp;

  private Process watch(Path sources, Path data, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "org.lede.app.Main", "watch", "--data", data.toString(),
        "--allow-private", "--delay", "5", "--per-host", "2", "--workers", "4"));
    cmd.addAll(List.of(more));
    cmd.add(sources.toString());
    return new ProcessBuilder(cmd)
        .redirectOutput(tmp.resolve("watch-" + System.nanoTime() + ".out").toFile())
        .redirectError(tmp.resolve("watch-" + System.nanoTime() + ".err").toFile())
        .start();
  }

  @Test
  void watch_killed_mid_poll_and_restarted_loses_nothing_and_duplicates_nothing() throws Exception {
    try (NewsServer site = new NewsServer(ITEMS, 15)) {
      Path sources = tmp.resolve("sources.txt");
      Files.writeString(sources, "# test desk\nfeed " + site.url("/rss.xml") + "\n");
      Path data = tmp.resolve("data");

      Process first = watch(sources, data, "--every", "1h");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (site.storyRequests() < ITEMS / 4 && first.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int fetchedBeforeKill = site.storyRequests();
      assertThat(fetchedBeforeKill).as("killed mid-poll").isBetween(ITEMS / 4, ITEMS - 1);

      Process second = watch(sources, data, "--polls", "1");
      assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).isZero();

      try (Library lib = Library.open(data)) {
        LibraryStats stats = lib.stats();
        assertThat(stats.documents()).isEqualTo(ITEMS);
        assertThat(stats.articles()).isEqualTo(ITEMS);
        assertThat(stats.versions()).isEqualTo(ITEMS);
        assertThat(stats.indexed()).isEqualTo(ITEMS);
      }
      // Only pages in flight when the process died (at most the 4 workers) are fetched a second time.
      assertThat(site.storyRequests()).isBetween(ITEMS, ITEMS + 4);
    }
  }
}
