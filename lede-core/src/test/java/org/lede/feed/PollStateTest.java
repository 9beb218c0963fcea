package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.fetch.Validators;

class PollStateTest {
  @TempDir Path tmp;

  @Test
  void seen_pages_and_validators_survive_reopening() throws Exception {
    Path file = tmp.resolve("data/sources.journal");
    URI feed = URI.create("https://news.example.org/feed");
    try (PollState s = PollState.open(file)) {
      s.markSeen(URI.create("https://news.example.org/a"));
      s.saveValidators(feed, new Validators("\"v\ttab\"", "Tue, 03 Mar 2026 10:00:00 GMT"));
      s.saveValidators(feed, new Validators("\"v2\"", null));
    }
    try (PollState s = PollState.open(file)) {
      assertThat(s.seen(URI.create("https://news.example.org/a"))).isTrue();
      assertThat(s.seen(URI.create("https://news.example.org/b"))).isFalse();
      assertThat(s.validators(feed)).isEqualTo(new Validators("\"v2\"", null));
      assertThat(s.validators(URI.create("https://other.example.org/"))).isEqualTo(Validators.NONE);
    }
  }

  @Test
  void a_line_torn_by_a_crash_is_dropped_and_the_rest_kept() throws Exception {
    Path file = tmp.resolve("sources.journal");
    try (PollState s = PollState.open(file)) {
      s.markSeen(URI.create("https://news.example.org/a"));
    }
    Files.writeString(file, "seen\thttps://news.example.org/tor", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (PollState s = PollState.open(file)) {
      assertThat(s.seenCount()).isEqualTo(1);
      s.markSeen(URI.create("https://news.example.org/b"));
    }
    try (PollState s = PollState.open(file)) {
      assertThat(s.seen(URI.create("https://news.example.org/b"))).isTrue();
      assertThat(s.seen(URI.create("https://news.example.org/tor"))).isFalse();
    }
  }
}
