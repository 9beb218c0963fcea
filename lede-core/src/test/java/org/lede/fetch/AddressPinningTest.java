package org.lede.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The address check holds from the check to the connect, on every redirect hop and for robots.txt. The news site
 * listens on 127.0.0.1, which these tests' guard counts as public; 127.0.0.2, where an "internal" server listens, is
 * loopback as ever. DNS is scripted: a rebinding name answers the news site to the check and the internal server after.
 */
class AddressPinningTest {
  private static final InetAddress NEWS = address("127.0.0.1");
  private static final InetAddress INTERNAL = address("127.0.0.2");

  private final LocalServer news = new LocalServer();
  private final HttpServer internal = internalServer();
  private final List<String> internalHits = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> lookups = new ConcurrentHashMap<>();

  @AfterEach
  void stop() {
    news.close();
    internal.stop(0);
  }

  @Test
  void a_name_that_rebinds_after_the_check_is_still_fetched_from_the_address_that_passed() throws Exception {
    assertThat(AddressPins.active()).as("the JDK loaded the pinning resolver from META-INF/services").isTrue();
    news.page("/harbour", "text/html", "<html><head><title>Harbour</title></head><body><p>Reopened.</p></body></html>");
    try (Fetcher fetcher = Fetcher.create(policy(false), Clock.systemUTC(), guard())) {
      FetchResult r = fetcher.fetch(URI.create("http://rebinding.test:" + news.port() + "/harbour"));
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Reopened.");
    }
    assertThat(lookups.get("rebinding.test")).as("checked once, connected to what was checked").isEqualTo(1);
    assertThat(internalHits).isEmpty();
    assertThat(AddressPins.pinned("rebinding.test")).as("released after the fetch").isNull();
  }

  @Test
  void a_redirect_to_a_private_address_is_refused_before_anything_is_sent_there() {
    List<String> targets = List.of("http://internal.test:" + port() + "/admin", "http://127.0.0.2:" + port() + "/admin");
    for (int i = 0; i < targets.size(); i++) {
      String target = targets.get(i);
      news.route("/moved-" + i, ex -> {
        ex.getResponseHeaders().set("Location", target);
        ex.sendResponseHeaders(302, -1);
      });
      try (Fetcher fetcher = Fetcher.create(policy(false), Clock.systemUTC(), guard())) {
        URI moved = URI.create("http://news.test:" + news.port() + "/moved-" + i);
        assertThatThrownBy(() -> fetcher.fetch(moved))
            .isInstanceOf(FetchException.class).hasMessageContaining("private or local address").hasMessageContaining("redirected");
      }
    }
    assertThat(internalHits).isEmpty();
  }

  @Test
  void a_robots_txt_that_redirects_to_a_private_address_is_not_followed_there() throws Exception {
    news.route("/robots.txt", ex -> {
      ex.getResponseHeaders().set("Location", "http://internal.test:" + port() + "/robots.txt");
      ex.sendResponseHeaders(301, -1);
    });
    news.page("/harbour", "text/html", "<html><body><p>Reopened.</p></body></html>");
    try (Fetcher fetcher = Fetcher.create(policy(true), Clock.systemUTC(), guard())) {
      fetcher.fetch(URI.create("http://news.test:" + news.port() + "/harbour")); // an unreadable robots.txt says nothing
    }
    assertThat(news.requests("/robots.txt")).hasSize(1);
    assertThat(internalHits).isEmpty();
  }

  @Test
  void the_pinning_resolver_answers_a_pinned_name_with_its_checked_addresses_only_while_pinned() throws Exception {
    assertThat(AddressPins.active()).isTrue();
    try (AddressPins.Held pin = AddressPins.pin("pinned.test", List.of(NEWS))) {
      assertThat(InetAddress.getAllByName("pinned.test")).containsExactly(NEWS);
      try (AddressPins.Held again = AddressPins.pin("PINNED.test.", List.of(NEWS))) {
        assertThat(AddressPins.pinned("pinned.test")).containsExactly(NEWS);
      }
      assertThat(AddressPins.pinned("pinned.test")).as("held by the first fetch still").containsExactly(NEWS);
    }
    assertThat(AddressPins.pinned("pinned.test")).isNull();
  }

  /** DNS as the tests script it, and a guard that counts the news site's 127.0.0.1 as public. */
  private AddressGuard guard() {
    return new AddressGuard(host -> {
      int n = lookups.merge(host, 1, Integer::sum);
      return switch (host) {
        case "rebinding.test" -> List.of(n == 1 ? NEWS : INTERNAL);
        case "news.test" -> List.of(NEWS);
        case "internal.test" -> List.of(INTERNAL);
        default -> throw new UnknownHostException(host);
      };
    }, a -> a.equals(NEWS) || AddressGuard.isPublic(a));
  }

  private static FetchPolicy policy(boolean obeyRobots) {
    return FetchPolicy.standard().withAllowPrivate(false).withObeyRobots(obeyRobots).withPolitenessDelay(Duration.ZERO)
        .withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(1)).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  private int port() {
    return internal.getAddress().getPort();
  }

  private HttpServer internalServer() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(INTERNAL, 0), 8);
      s.createContext("/", ex -> {
        internalHits.add(ex.getRequestURI().toString());
        ex.sendResponseHeaders(200, -1);
        ex.close();
      });
      s.start();
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
