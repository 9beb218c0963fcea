package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

/** A server that needs tokens (as off loopback) refuses writes without one; tested on loopback, never a public address. */
class TokenWritesTest {
  @TempDir Path dir;

  @Test
  void writes_need_a_valid_token_by_header_or_sign_in_cookie_while_reads_stay_open() {
    try (Library library = Library.open(dir);
         WebServer server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()), true)) {
      String token;
      try (AccessTokens tokens = AccessTokens.open(dir, Clock.systemUTC())) {
        token = tokens.create("test");
      }
      Http http = new Http(server.url());
      String body = "{\"kind\":\"site\",\"value\":\"Harbour Herald\"}";
      HttpResponse<String> none = http.post("/api/v1/follows", "application/json", body);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(http.post("/api/v1/follows", "application/json", body, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(http.post("/api/v1/follows", "application/json", body, "Authorization", "Bearer " + token).statusCode()).isEqualTo(201);
      assertThat(http.get("/api/v1/follows").statusCode()).isEqualTo(200);

      assertThat(http.post("/login", "application/x-www-form-urlencoded", Http.form(Map.of("token", "nope"))).statusCode()).isEqualTo(401);
      HttpResponse<String> signedIn = http.post("/login", "application/x-www-form-urlencoded", Http.form(Map.of("token", token)));
      assertThat(signedIn.statusCode()).isEqualTo(303);
      String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
      HttpResponse<String> form = http.post("/follows", "application/x-www-form-urlencoded",
          Http.form(Map.of("kind", "byline", "value", "Jane Doe", "return", "/following")), "Cookie", cookie.split(";")[0]);
      assertThat(form.statusCode()).isEqualTo(303);
      assertThat(http.get("/api/v1/follows").body()).contains("Jane Doe");

      try (AccessTokens tokens = AccessTokens.open(dir, Clock.systemUTC())) {
        assertThat(tokens.revoke(tokens.list().getFirst().id())).isTrue();
      }
      assertThat(http.post("/api/v1/follows", "application/json", body, "Authorization", "Bearer " + token).statusCode())
          .as("a revoked token, at once").isEqualTo(401);
      assertThat(http.post("/follows", "application/x-www-form-urlencoded",
          Http.form(Map.of("kind", "byline", "value", "John Roe", "return", "/following")), "Cookie", cookie.split(";")[0]).statusCode())
          .as("a sign-in cookie holding a revoked token").isEqualTo(401);
      assertThat(http.get("/api/v1/follows").statusCode()).as("reads never needed a token").isEqualTo(200);
    }
  }
}
