package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {
  @TempDir Path dir;

  @Test
  void a_created_token_verifies_and_only_its_hash_is_stored() throws Exception {
    String token;
    try (AccessTokens tokens = AccessTokens.open(dir, Clock.systemUTC())) {
      token = tokens.create("laptop");
      assertThat(tokens.verify(token)).isTrue();
      assertThat(tokens.verify(" " + token + " ")).isTrue();
      assertThat(tokens.verify(token + "x")).isFalse();
      assertThat(tokens.verify("")).isFalse();
      assertThat(tokens.verify(null)).isFalse();
      assertThat(tokens.count()).isEqualTo(1);
    }
    byte[] db = Files.readAllBytes(dir.resolve(WebDb.FILE));
    String wal = Files.exists(dir.resolve(WebDb.FILE + "-wal"))
        ? new String(Files.readAllBytes(dir.resolve(WebDb.FILE + "-wal")), StandardCharsets.ISO_8859_1) : "";
    assertThat(new String(db, StandardCharsets.ISO_8859_1) + wal).doesNotContain(token.substring(5));
  }

  @Test
  void two_tokens_differ_and_both_verify() {
    try (AccessTokens tokens = AccessTokens.open(dir, Clock.systemUTC())) {
      String a = tokens.create(null);
      String b = tokens.create(null);
      assertThat(a).isNotEqualTo(b).startsWith("lede_");
      assertThat(tokens.verify(a)).isTrue();
      assertThat(tokens.verify(b)).isTrue();
    }
  }

  @Test
  void a_revoked_token_stops_verifying_and_the_others_keep_working() {
    try (AccessTokens tokens = AccessTokens.open(dir, Clock.systemUTC())) {
      String laptop = tokens.create("laptop");
      String phone = tokens.create("phone");
      assertThat(tokens.list()).extracting(AccessTokens.Stored::label).containsExactly("laptop", "phone");
      String id = tokens.list().getFirst().id();
      assertThat(laptop).doesNotContain(id);
      assertThat(tokens.revoke("nonsense")).isFalse();
      assertThat(tokens.revoke(id)).isTrue();
      assertThat(tokens.revoke(id)).as("once").isFalse();
      assertThat(tokens.verify(laptop)).isFalse();
      assertThat(tokens.verify(phone)).isTrue();
      assertThat(tokens.list()).extracting(AccessTokens.Stored::label).containsExactly("phone");
    }
  }
}
