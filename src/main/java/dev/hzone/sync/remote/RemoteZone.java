package dev.hzone.sync.remote;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.ZoneAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A zone as read from the API: its description and its records, and how they were read.
 *
 * @param info the zone object
 * @param data its RRSets (empty for a secondary zone); {@code data.defaultTtl()} is the zone TTL
 * @param readMethod how {@code data} was read
 */
public record RemoteZone(ZoneInfo info, ZoneData data, ReadMethod readMethod) {

  /** The fingerprint of a zone that does not exist. */
  public static final String ABSENT_FINGERPRINT = "absent";

  public RemoteZone {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(readMethod, "readMethod");
  }

  public String name() {
    return info.name();
  }

  /**
   * Whether RRSet TTLs tell "inherit the zone TTL" from "explicit": only the RRSet list does. The
   * API's zone-file export writes a TTL on every record line, the zone TTL where an RRSet has none
   * of its own, so after an export (or its cached copy) an RRSet whose TTL equals the zone TTL may
   * be either.
   */
  public boolean exactTtls() {
    return readMethod == ReadMethod.RRSET_LIST || readMethod == ReadMethod.NONE;
  }

  /**
   * Whether an export's TTLs leave a question open that changes the plan: the zone TTL changes and
   * some RRSet has a TTL equal to the old zone TTL, which is either inherited (and follows the zone
   * TTL) or explicit (and stays). Then only the RRSet list can tell which requests are needed.
   *
   * @param desiredZoneTtl the zone TTL after the plan
   */
  public boolean ttlOriginMatters(int desiredZoneTtl) {
    int zoneTtl = info.attributes().ttl();
    if (exactTtls() || desiredZoneTtl == zoneTtl) {
      return false;
    }
    return data.rrsets().values().stream().anyMatch(r -> r.ttl().orElse(zoneTtl) == zoneTtl);
  }

  /** The serial of the apex SOA that was read, if any. */
  public java.util.OptionalLong soaSerial() {
    Rrset soa =
        data.rrsets()
            .get(
                dev.hzone.dns.RrsetKey.of(
                    dev.hzone.dns.RrsetKey.APEX, dev.hzone.dns.RecordType.SOA));
    if (soa == null || soa.records().isEmpty()) {
      return java.util.OptionalLong.empty();
    }
    String[] f = soa.records().get(0).value().trim().split("\\s+");
    try {
      return f.length >= 3
          ? java.util.OptionalLong.of(Long.parseLong(f[2]))
          : java.util.OptionalLong.empty();
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /**
   * A SHA-256 over everything read, in a canonical form (records sorted, since the API's order is
   * not stable; labels sorted; TSIG keys only as digests): equal exactly when a new read finds the
   * same state. {@code apply PLAN} compares it to refuse a plan whose zone changed since.
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder();
    ZoneAttributes a = info.attributes();
    sb.append("zone ")
        .append(info.name())
        .append(' ')
        .append(a.mode().apiValue())
        .append(" ttl ")
        .append(a.ttl())
        .append(" protected ")
        .append(a.deleteProtected())
        .append(" labels ")
        .append(sorted(a.labels()))
        .append('\n');
    for (PrimaryServer p : a.primaries()) {
      sb.append("primary ")
          .append(p.address())
          .append(':')
          .append(p.port())
          .append(p.tsig().map(k -> " key " + k.digest()).orElse(""))
          .append('\n');
    }
    sb.append("assigned ").append(info.assignedNameservers()).append('\n');
    for (Rrset r : data.rrsets().values()) {
      sb.append("rrset ")
          .append(r.key().id())
          .append(" ttl ")
          .append(r.ttl())
          .append(" protected ")
          .append(r.changeProtected())
          .append(" labels ")
          .append(sorted(r.labels()))
          .append('\n');
      List<String> lines = new ArrayList<>();
      for (RecordValue v : r.records()) {
        lines.add(v.value() + " ;" + v.comment());
      }
      lines.sort(null);
      for (String l : lines) {
        sb.append("  ").append(l).append('\n');
      }
    }
    return sha256(sb.toString());
  }

  private static Map<String, String> sorted(Map<String, String> m) {
    return new TreeMap<>(m);
  }

  /** {@code sha256:} and the hex digest of the UTF-8 text. */
  public static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
