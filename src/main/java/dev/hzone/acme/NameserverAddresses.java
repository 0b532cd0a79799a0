package dev.hzone.acme;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Turns a zone's assigned nameserver names into addresses to query, on port 53. */
public final class NameserverAddresses {
  private final HostResolver resolver;

  /** Looks a host name up; the system resolver in production, a table in tests. */
  @FunctionalInterface
  public interface HostResolver {
    /** The system resolver. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public NameserverAddresses(HostResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Every address of every name: a nameserver with an IPv4 and an IPv6 address is two servers to
   * check, as a CA may ask either.
   *
   * @throws AcmeException naming the nameservers that do not resolve
   */
  public List<Nameserver> resolve(List<String> names) {
    List<Nameserver> out = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String name : names) {
      String host = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
      try {
        for (InetAddress a : resolver.resolve(host)) {
          out.add(
              new Nameserver(
                  host + ". (" + a.getHostAddress() + ")",
                  new InetSocketAddress(a, Nameserver.DNS_PORT)));
        }
      } catch (UnknownHostException e) {
        failed.add(name);
      }
    }
    if (!failed.isEmpty()) {
      throw new AcmeException(
          "cannot resolve the zone's nameservers "
              + String.join(", ", failed)
              + "; name the servers to check with --nameserver HOST:PORT");
    }
    return out;
  }
}
