package org.lede.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JDK's name resolver with one change: a host name {@link AddressPins pinned} by a fetch under way resolves to the
 * addresses its check approved, whatever DNS says now. Every other lookup goes to the JDK's own resolver unchanged.
 * Not for callers: the JDK finds it through {@code META-INF/services} and loads it at the first lookup.
 */
public final class PinnedResolverProvider extends InetAddressResolverProvider {
  /** Creates the provider; the JDK calls this. */
  public PinnedResolverProvider() {}

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    AddressPins.activated();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        List<InetAddress> pinned = AddressPins.pinned(host);
        if (pinned == null) return builtin.lookupByName(host, policy);
        int c = policy.characteristics();
        List<InetAddress> usable = pinned.stream()
            .filter(a -> (a instanceof Inet4Address && (c & LookupPolicy.IPV4) != 0)
                || (a instanceof Inet6Address && (c & LookupPolicy.IPV6) != 0))
            .toList();
        if (usable.isEmpty()) throw new UnknownHostException(host + " (none of its checked addresses suits this lookup)");
        return usable.stream();
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return builtin.lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "Lede: pinned to checked addresses";
  }
}
