package org.lede.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Refuses URLs whose host resolves to an address that is not on the public internet: loopback, private,
 * link-local, carrier-grade NAT, unique-local, multicast or unspecified. Feeds are untrusted, and a link to
 * {@code http://169.254.169.254/} or {@code http://localhost:8080/admin} must not be fetched on their say-so.
 *
 * <p>{@link #check} returns the addresses it approved; the fetcher pins the host to them ({@link AddressPins}) for
 * the exchange, so a name that answers a public address to the check and a private one to the connect (DNS
 * rebinding) is still fetched from the address that was checked.
 *
 * <p>Immutable and thread-safe.
 */
public final class AddressGuard {
  /** Names that never leave the machine or the local network, whatever they resolve to. */
  private static final java.util.List<String> LOCAL_SUFFIXES = java.util.List.of(".localhost", ".local", ".internal",
      ".home.arpa", ".lan", ".intranet", ".corp");
  private static final java.util.regex.Pattern DOTTED_QUAD = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("\\d+|0x[0-9a-f]*");

  /** Looks a host name up; the system's resolver in use, a scripted one in tests. */
  @FunctionalInterface
  interface HostResolver {
    /** Returns every address {@code host} resolves to. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private static final AddressGuard STANDARD = new AddressGuard(host -> List.of(InetAddress.getAllByName(host)),
      AddressGuard::isPublic);

  private final HostResolver resolver;
  private final Predicate<InetAddress> allowed;

  AddressGuard(HostResolver resolver, Predicate<InetAddress> allowed) {
    this.resolver = resolver;
    this.allowed = allowed;
  }

  /** The guard in use: the system's resolver, public addresses only. */
  static AddressGuard standard() {
    return STANDARD;
  }

  /**
   * Resolves {@code uri}'s host and throws when any address it resolves to is not public.
   *
   * @return the addresses that passed, to connect to and no other; empty when {@code allowPrivate} (nothing checked)
   */
  List<InetAddress> check(URI uri, boolean allowPrivate) throws FetchException {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) throw new FetchException(uri.toString(), "no host in the URL", false);
    if (allowPrivate) return List.of();
    List<InetAddress> addresses;
    try {
      boolean literal = host.indexOf(':') >= 0 || DOTTED_QUAD.matcher(host).matches();
      addresses = literal ? List.of(InetAddress.getByName(host)) : resolver.resolve(host); // a literal is parsed, not looked up
    } catch (UnknownHostException e) {
      throw new FetchException(uri.toString(), "unknown host " + host, true, e);
    }
    if (addresses.isEmpty()) throw new FetchException(uri.toString(), "unknown host " + host, true);
    for (InetAddress a : addresses) {
      if (!allowed.test(a)) {
        throw new FetchException(uri.toString(), "refused: " + host + " is a private or local address ("
            + a.getHostAddress() + "); pass --allow-private to fetch it", false);
      }
    }
    return addresses;
  }

  /**
   * Returns false when {@code host}, without being resolved, is plainly not on the public internet: a loopback,
   * private or link-local address literal, {@code localhost}, a single-label name, or a local-only suffix such as
   * {@code .local} or {@code .internal}. A public-looking name returns true: only resolving it could tell more.
   */
  public static boolean mayBePublic(String host) {
    if (host == null || host.isBlank()) return false;
    String h = host.strip().toLowerCase(java.util.Locale.ROOT);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    if (h.indexOf(':') >= 0 || DOTTED_QUAD.matcher(h).matches()) {
      try {
        return isPublic(InetAddress.getByName(h)); // a literal: parsed, never looked up
      } catch (UnknownHostException e) {
        return false;
      }
    }
    // a browser reads a name whose last label is a number ("2130706433", "0x7f.1") as an IPv4 address
    String last = h.substring(h.lastIndexOf('.') + 1);
    if (NUMERIC_LABEL.matcher(last).matches()) return false;
    if (h.equals("localhost") || h.indexOf('.') < 0) return false;
    for (String suffix : LOCAL_SUFFIXES) {
      if (h.endsWith(suffix)) return false;
    }
    return true;
  }

  /** Returns true when {@code a} is on the public internet: not loopback, private, link-local, CGNAT, unique-local or reserved. */
  public static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      if (first == 0) return false;
      if (first == 100 && second >= 64 && second < 128) return false;
      if (first >= 240) return false;
      return true;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) return false;
      if (isMappedOrCompatible(b)) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** An IPv6 address carrying an IPv4 one (::ffff:a.b.c.d or ::a.b.c.d) is as private as the IPv4 one. */
  private static boolean isMappedOrCompatible(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) return false;
    }
    return (b[10] == 0 && b[11] == 0) || ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF);
  }
}
