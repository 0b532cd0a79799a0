package dev.hzone.emulator.cloud;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.publish.ZonePublisher;
import dev.hzone.emulator.state.CloudKinds;
import dev.hzone.emulator.state.FloatingIpEntry;
import dev.hzone.emulator.state.LoadBalancerEntry;
import dev.hzone.emulator.state.PrimaryIpEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.state.StateView;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.Body;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reverse DNS: the one index of PTR names, fed by every resource with a public address (primary
 * IPs, which are a server's addresses; floating IPs; load balancers), and served by the emulator's
 * DNS server as PTR records in reverse zones ({@code 113.0.203.in-addr.arpa} per IPv4 /24, {@code
 * 8.b.d.0.1.0.0.2.ip6.arpa} per IPv6 /32), so that {@code dig -x} answers what {@code
 * change_dns_ptr} set. An IPv4 address without a name set has Hetzner's default {@code
 * static.4.3.2.1.clients.your-server.de}; IPv6 addresses have only the names set.
 *
 * <p>The zones are derived from the state after every committed Cloud change and only changed zones
 * are published; they are not API zones ({@code GET /zones} does not list them). A zone of the same
 * name created through the API is served instead of the derived one while it exists.
 */
public final class ReverseDns {
  private static final Pattern HOSTNAME =
      Pattern.compile(
          "([a-zA-Z0-9_]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)*[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.?");
  private static final String SOA_TAIL = " 86400 10800 3600000 3600";
  private static final int TTL = 3600;

  private final StateStore store;
  private final ZonePublisher publisher;
  private final Map<String, Map<String, String>> served = new HashMap<>();
  private final Map<String, Long> serials = new HashMap<>();

  /** Reverse zones of {@code store}'s resources, served through {@code publisher}. */
  public ReverseDns(StateStore store, ZonePublisher publisher) {
    this.store = store;
    this.publisher = publisher;
  }

  /** Publishes the reverse zones now and after every Cloud change. */
  public void start() {
    store.onCloudCommit(this::refresh);
    refresh();
  }

  /** Every address with its PTR name, over all resources. */
  static Map<String, String> pointers(StateView v) {
    Map<String, String> out = new HashMap<>();
    for (PrimaryIpEntry p : v.all(CloudKinds.PRIMARY_IPS)) {
      out.putAll(effective(p.ip(), p.dnsPtr()));
    }
    for (FloatingIpEntry f : v.all(CloudKinds.FLOATING_IPS)) {
      out.putAll(effective(f.ip(), f.dnsPtr()));
    }
    for (LoadBalancerEntry lb : v.all(CloudKinds.LOAD_BALANCERS)) {
      out.putAll(effective(lb.ipv4(), lb.dnsPtr()));
      if (lb.dnsPtr().containsKey(lb.ipv6())) {
        out.put(lb.ipv6(), lb.dnsPtr().get(lb.ipv6()));
      }
    }
    return out;
  }

  /** The names set on a block, with the default name of an IPv4 address that has none. */
  static Map<String, String> effective(String block, Map<String, String> set) {
    if (block.contains(":")) {
      return set;
    }
    return Map.of(block, set.getOrDefault(block, IpPool.defaultPtr(block)));
  }

  /**
   * The names of a resource after a {@code change_dns_ptr} request ({@code ip}, {@code dns_ptr}; a
   * missing or {@code null} name resets, as openapi.json requires only {@code ip}), for addresses
   * in {@code blocks}.
   *
   * @throws ApiError {@code invalid_input} when the address is not the resource's or the name is no
   *     hostname
   */
  static Map<String, String> change(Map<String, String> current, List<String> blocks, Body b) {
    String ipText = b.requireString("ip");
    String ip =
        IpPool.canonical(ipText)
            .orElseThrow(
                () -> ApiError.invalidInput("ip", "'" + ipText + "' is not an IP address"));
    if (blocks.stream().noneMatch(block -> IpPool.within(ip, block))) {
      throw ApiError.invalidInput("ip", "IP " + ipText + " does not belong to this resource");
    }
    Optional<String> name = b.optString("dns_ptr");
    Map<String, String> next = new TreeMap<>(current);
    if (name.isEmpty()) {
      next.remove(ip);
    } else {
      String n = name.get();
      if (n.length() > 255 || !HOSTNAME.matcher(n).matches()) {
        throw ApiError.invalidInput("dns_ptr", "'" + n + "' is not a valid hostname");
      }
      next.put(ip, n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
    }
    return next;
  }

  /**
   * Publishes the reverse zones that changed since the last call; synchronised so that none goes
   * back.
   */
  synchronized void refresh() {
    Map<String, String> all = store.read(ReverseDns::pointers);
    long now = store.read(v -> v.now().getEpochSecond());
    Map<String, Map<String, String>> zones = new HashMap<>();
    for (Map.Entry<String, String> e : all.entrySet()) {
      String[] zoneAndLabel = reverseName(e.getKey());
      zones
          .computeIfAbsent(zoneAndLabel[0], k -> new TreeMap<>())
          .put(zoneAndLabel[1], e.getValue());
    }
    Set<String> apiZones =
        store.read(
            v -> {
              Set<String> names = new HashSet<>();
              zones.keySet().forEach(z -> v.zoneByName(z).ifPresent(x -> names.add(z)));
              return names;
            });
    zones.keySet().removeAll(apiZones);
    served.keySet().removeAll(apiZones);
    for (Map.Entry<String, Map<String, String>> z : zones.entrySet()) {
      if (!z.getValue().equals(served.get(z.getKey()))) {
        long serial = Math.max(serials.getOrDefault(z.getKey(), 0L) + 1, now);
        serials.put(z.getKey(), serial);
        publisher.publish(zone(z.getKey(), z.getValue(), serial));
        served.put(z.getKey(), z.getValue());
      }
    }
    for (String gone : List.copyOf(served.keySet())) {
      if (!zones.containsKey(gone)) {
        publisher.withdraw(gone);
        served.remove(gone);
      }
    }
  }

  /** The reverse zone and the name in it of an address: per /24 for IPv4, per /32 for IPv6. */
  static String[] reverseName(String ip) {
    byte[] a;
    try {
      a = InetAddress.getByName(ip).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an address: " + ip, e);
    }
    if (a.length == 4) {
      return new String[] {
        (a[2] & 0xff) + "." + (a[1] & 0xff) + "." + (a[0] & 0xff) + ".in-addr.arpa",
        Integer.toString(a[3] & 0xff)
      };
    }
    StringBuilder nibbles = new StringBuilder();
    for (int i = a.length - 1; i >= 0; i--) {
      nibbles
          .append(Integer.toHexString(a[i] & 0xf))
          .append('.')
          .append(Integer.toHexString((a[i] >> 4) & 0xf))
          .append('.');
    }
    String all = nibbles.toString();
    // 32 nibbles: the last 8 (the first 32 bits of the address) name the zone.
    int cut = 24 * 2;
    return new String[] {all.substring(cut) + "ip6.arpa", all.substring(0, cut - 1)};
  }

  private static ZoneData zone(String name, Map<String, String> ptrs, long serial) {
    Map<RrsetKey, Rrset> rrsets = new TreeMap<>();
    RrsetKey soa = RrsetKey.of(RrsetKey.APEX, RecordType.SOA);
    rrsets.put(
        soa,
        Rrset.of(
            soa,
            OptionalInt.empty(),
            List.of(
                RecordValue.of(
                    "hydrogen.ns.hetzner.com. dns.hetzner.com. "
                        + (serial & 0xffffffffL)
                        + SOA_TAIL))));
    RrsetKey ns = RrsetKey.of(RrsetKey.APEX, RecordType.NS);
    rrsets.put(
        ns,
        Rrset.of(
            ns,
            OptionalInt.empty(),
            List.of(
                RecordValue.of("hydrogen.ns.hetzner.com."),
                RecordValue.of("oxygen.ns.hetzner.com."),
                RecordValue.of("helium.ns.hetzner.de."))));
    for (Map.Entry<String, String> p : ptrs.entrySet()) {
      RrsetKey k = RrsetKey.of(p.getKey(), RecordType.PTR);
      rrsets.put(k, Rrset.of(k, OptionalInt.empty(), List.of(RecordValue.of(p.getValue() + "."))));
    }
    return new ZoneData(name, OptionalInt.of(TTL), new TreeMap<>(rrsets));
  }
}
