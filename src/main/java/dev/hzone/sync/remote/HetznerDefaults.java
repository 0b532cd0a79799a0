package dev.hzone.sync.remote;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.List;
import java.util.OptionalInt;

/**
 * What Hetzner puts into a new zone (dns.md §8), for zone files that leave it out: a zone created from a file
 * needs an SOA and the Hetzner nameservers at the apex.
 */
public final class HetznerDefaults {
  /** The nameservers Hetzner assigns today. */
  public static final List<String> NAMESERVERS =
      List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de.");

  private HetznerDefaults() {}

  /** Hetzner's default SOA; its serial is replaced by Hetzner's own. */
  public static Rrset soa() {
    return Rrset.of(RrsetKey.of(RrsetKey.APEX, RecordType.SOA), OptionalInt.empty(),
        List.of(RecordValue.of("hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600")));
  }

  /** Whether a nameserver name is one of Hetzner's ({@code *.ns.hetzner.com.}, {@code *.ns.hetzner.de.}). */
  public static boolean isHetznerNameserver(String value) {
    String v = value.toLowerCase(java.util.Locale.ROOT);
    return v.endsWith(".ns.hetzner.com.") || v.endsWith(".ns.hetzner.de.");
  }
}
