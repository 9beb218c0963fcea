package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuardTest {
  @Test
  void a_return_address_is_kept_only_when_it_is_a_path_on_this_server() {
    assertThat(Guard.localPath("/a/709791857dc87734")).isEqualTo("/a/709791857dc87734");
    assertThat(Guard.localPath("//evil.example/")).isEqualTo("/");
    assertThat(Guard.localPath("/\\evil.example")).isEqualTo("/");
    assertThat(Guard.localPath("https://evil.example/")).isEqualTo("/");
    assertThat(Guard.localPath("javascript:alert(1)")).isEqualTo("/");
    assertThat(Guard.localPath("/ok\r\nSet-Cookie: x")).isEqualTo("/");
    assertThat(Guard.localPath(null)).isEqualTo("/");
  }

  @Test
  void only_web_urls_survive_as_links() {
    assertThat(Views.webUrl("https://news.example/a")).isEqualTo("https://news.example/a");
    assertThat(Views.webUrl("javascript:alert(1)")).isNull();
    assertThat(Views.webUrl(" JavaScript:alert(1)")).isNull();
    assertThat(Views.webUrl("data:text/html,x")).isNull();
    assertThat(Views.webUrl("/relative")).isNull();
  }

  @Test
  void a_picture_is_shown_only_from_a_host_that_may_be_public() {
    assertThat(Views.pictureUrl("https://images.news.example/harbour.jpg")).isEqualTo("https://images.news.example/harbour.jpg");
    assertThat(Views.pictureUrl("http://[2001:db8::1]/a.png")).isEqualTo("http://[2001:db8::1]/a.png");
    assertThat(Views.pictureUrl("http://192.168.1.1/reboot?confirm=1")).isNull();
    assertThat(Views.pictureUrl("http://127.0.0.1:7070/follows")).isNull();
    assertThat(Views.pictureUrl("http://[::1]/x.png")).isNull();
    assertThat(Views.pictureUrl("http://[::ffff:10.0.0.1]/x.png")).isNull();
    assertThat(Views.pictureUrl("http://169.254.169.254/latest/meta-data")).isNull();
    assertThat(Views.pictureUrl("http://localhost:8080/admin")).isNull();
    assertThat(Views.pictureUrl("http://printer.local/status")).isNull();
    assertThat(Views.pictureUrl("http://router/setup")).as("a single-label name").isNull();
    assertThat(Views.pictureUrl("http://2130706433/")).as("127.0.0.1 as one number").isNull();
    assertThat(Views.pictureUrl("http://0x7f.1/")).as("127.0.0.1 in hex").isNull();
    assertThat(Views.pictureUrl("data:image/svg+xml,<svg onload=alert(1)>")).isNull();
  }

  @Test
  void ago_says_how_long_ago_in_words() {
    Instant now = Instant.parse("2024-03-14T12:00:00Z");
    assertThat(Ago.describe(now.minusSeconds(5), now)).isEqualTo("5 seconds ago");
    assertThat(Ago.describe(now.minusSeconds(60), now)).isEqualTo("1 minute ago");
    assertThat(Ago.describe(now.minusSeconds(7200), now)).isEqualTo("2 hours ago");
    assertThat(Ago.describe(now.plusSeconds(30), now)).isEqualTo("just now");
  }
}
