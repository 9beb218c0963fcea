package org.lede.fetch;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Host names pinned to the addresses {@link AddressGuard} approved, for as long as a fetch of them is under way. Java's
 * HTTP client resolves a name itself, when it connects; {@link PinnedResolverProvider} answers that lookup from here,
 * so a name cannot resolve to one address for the check and another for the connect.
 *
 * <p>This is process-wide state because the JDK's resolver is: one table, counted pins (two fetches of one host may
 * overlap), nothing kept once the last fetch ends. Thread-safe.
 */
final class AddressPins {
  private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
  private static volatile boolean active;

  private AddressPins() {}

  /** One host's approved addresses and how many fetches hold them. */
  private record Pin(List<InetAddress> addresses, int holders) {}

  /** A pin to release when the exchange ends. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** Pins {@code host} to {@code addresses} until the returned pin is closed; nothing to pin when the list is empty. */
  static Held pin(String host, List<InetAddress> addresses) {
    if (addresses.isEmpty()) return () -> {};
    String key = key(host);
    PINS.merge(key, new Pin(List.copyOf(addresses), 1),
        (old, mine) -> new Pin(mine.addresses(), old.holders() + 1)); // the latest check's addresses: all passed
    return () -> PINS.computeIfPresent(key, (k, p) -> p.holders() <= 1 ? null : new Pin(p.addresses(), p.holders() - 1));
  }

  /** Returns the addresses {@code host} is pinned to, or null when it is not pinned. */
  static List<InetAddress> pinned(String host) {
    Pin p = PINS.get(key(host));
    return p == null ? null : p.addresses();
  }

  /** Returns true once the JDK has loaded the pinning resolver, so that pins are honoured when connecting. */
  static boolean active() {
    if (!active) {
      try {
        InetAddress.getAllByName("localhost"); // the JDK loads its resolver at the first lookup
      } catch (java.net.UnknownHostException e) {
        // loading the resolver is what counts, not the answer
      }
    }
    return active;
  }

  static void activated() {
    active = true;
  }

  private static String key(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
