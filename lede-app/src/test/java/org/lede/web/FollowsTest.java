package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowsTest {
  @TempDir Path dir;

  @Test
  void follows_list_newest_first_and_following_twice_keeps_the_first_time() {
    try (Follows follows = new Follows(WebDb.open(dir), Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC))) {
      follows.follow(Follow.Kind.SITE, "Harbour Herald");
    }
    try (Follows follows = new Follows(WebDb.open(dir), Clock.fixed(Instant.parse("2024-02-01T00:00:00Z"), ZoneOffset.UTC))) {
      follows.follow(Follow.Kind.BYLINE, " Jane Doe ");
      Follow again = follows.follow(Follow.Kind.SITE, "Harbour Herald");
      assertThat(again.followedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
      assertThat(follows.list()).extracting(Follow::value).containsExactly("Jane Doe", "Harbour Herald");
      assertThat(follows.isFollowed(Follow.Kind.BYLINE, "Jane Doe")).isTrue();
      assertThat(follows.isFollowed(Follow.Kind.SITE, "Jane Doe")).isFalse();
      assertThat(follows.unfollow(Follow.Kind.BYLINE, "Jane Doe")).isTrue();
      assertThat(follows.unfollow(Follow.Kind.BYLINE, "Jane Doe")).isFalse();
    }
  }

  @Test
  void blank_and_overlong_names_are_refused() {
    try (Follows follows = new Follows(WebDb.open(dir), Clock.systemUTC())) {
      assertThatThrownBy(() -> follows.follow(Follow.Kind.SITE, "  ")).isInstanceOf(Problem.class);
      assertThatThrownBy(() -> follows.follow(Follow.Kind.SITE, "x".repeat(201))).isInstanceOf(Problem.class).hasMessageContaining("value");
    }
  }
}
