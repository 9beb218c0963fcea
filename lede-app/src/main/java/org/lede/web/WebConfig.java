package org.lede.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Objects;

/**
 * How {@code lede serve} listens. Writes (follows) need an access token whenever the host is not a loopback
 * address, because then anyone who can reach the port could make them.
 *
 * @param host  the address to bind, e.g. {@code 127.0.0.1}
 * @param port  the port, or 0 for any free one
 * @param clock tells "Updated N ago" and stamps follows
 * @param rateLimit how many requests each client address may make
 */
public record WebConfig(String host, int port, Clock clock, RateLimit rateLimit) {
  /** The default address: this computer only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 7070;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(rateLimit, "rateLimit");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
  }

  /** Listens on {@code host}:{@code port} with the {@linkplain RateLimit#standard standard} rate limit. */
  public WebConfig(String host, int port, Clock clock) {
    this(host, port, clock, RateLimit.standard());
  }

  /** Returns the default: 127.0.0.1:7070 with the system clock. */
  public static WebConfig defaults() {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, Clock.systemUTC());
  }

  public WebConfig withHost(String v) { return new WebConfig(v, port, clock, rateLimit); }
  public WebConfig withPort(int v) { return new WebConfig(host, v, clock, rateLimit); }
  public WebConfig withClock(Clock v) { return new WebConfig(host, port, v, rateLimit); }
  public WebConfig withRateLimit(RateLimit v) { return new WebConfig(host, port, clock, v); }

  /** Returns true when writes need a token: the server is bound to an address other machines may reach. */
  public boolean writesNeedToken() {
    try {
      return !InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return true;
    }
  }
}
