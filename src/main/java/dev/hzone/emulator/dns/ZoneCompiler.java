package dev.hzone.emulator.dns;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.TxtStrings;
import dev.hzone.dns.ZoneData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Turns a {@link ZoneData} into a {@link ZoneSnapshot}: values in Hetzner's presentation syntax
 * become dnsjava records (names in values that lack the final dot are relative to the zone, as
 * Hetzner reads them), TXT strings are copied byte for byte, and RRSets without their own TTL take
 * the zone's default.
 */
final class ZoneCompiler {
  /** The API's default zone TTL, used when the model carries none. */
  static final int DEFAULT_ZONE_TTL = 3600;

  private ZoneCompiler() {}

  /**
   * Compiles {@code zone}. A value that does not parse is left out and reported to {@code
   * problems}, so one bad record never takes a whole zone off the air.
   *
   * @throws IllegalArgumentException when the zone has no apex SOA: it cannot be served without one
   */
  static ZoneSnapshot compile(ZoneData zone, Consumer<String> problems) {
    Name origin = originOf(zone.name());
    int zoneTtl = zone.defaultTtl().orElse(DEFAULT_ZONE_TTL);
    Map<Name, Map<Integer, List<Record>>> nodes = new HashMap<>();
    List<Record> body = new ArrayList<>();
    SOARecord soa = null;
    for (Rrset rrset : zone.rrsets().values()) {
      Name owner = ownerOf(rrset, zone.name(), origin);
      long ttl = rrset.effectiveTtl(zoneTtl);
      Set<Record> records = new LinkedHashSet<>();
      for (RecordValue v : rrset.records()) {
        try {
          records.add(toRecord(owner, rrset.type(), ttl, v.value(), origin));
        } catch (IOException | IllegalArgumentException e) {
          problems.accept(
              "zone "
                  + zone.name()
                  + ": "
                  + rrset.key().id()
                  + " value left out of DNS answers: "
                  + e.getMessage());
        }
      }
      if (records.isEmpty()) {
        continue;
      }
      if (rrset.type() == RecordType.SOA) {
        if (!rrset.key().isApex()) {
          problems.accept(
              "zone " + zone.name() + ": SOA below the apex (" + rrset.key().id() + ") left out");
          continue;
        }
        soa = (SOARecord) records.iterator().next();
        continue;
      }
      nodes
          .computeIfAbsent(owner.canonicalize(), k -> new HashMap<>())
          .put(rrset.type().code(), List.copyOf(records));
      body.addAll(records);
    }
    if (soa == null) {
      throw new IllegalArgumentException(
          "zone " + zone.name() + " has no apex SOA; it cannot be served");
    }
    // A question for the SOA itself is answered like any other RRSet (the transfer order keeps it
    // apart).
    nodes.computeIfAbsent(origin, k -> new HashMap<>()).put(Type.SOA, List.of(soa));
    // ZoneData is ordered by RrsetKey (apex first, labels right to left): already the canonical
    // AXFR order.
    return new ZoneSnapshot(origin, soa, nodes, body);
  }

  /**
   * A zone as a transfer delivered it: the SOA first, then every record once, kept as sent (DNSSEC
   * records too).
   *
   * @throws IllegalArgumentException when the first record is not the SOA of {@code origin}, or a
   *     record lies outside the zone
   */
  static ZoneSnapshot fromTransfer(Name origin, List<Record> records) {
    if (records.isEmpty()
        || !(records.get(0) instanceof SOARecord soa)
        || !soa.getName().equals(origin)) {
      throw new IllegalArgumentException("a transfer of " + origin + " must start with its SOA");
    }
    Map<Name, Map<Integer, List<Record>>> nodes = new HashMap<>();
    Map<Name, Map<Integer, List<Record>>> building = new java.util.LinkedHashMap<>();
    List<Record> body = new ArrayList<>(records.size());
    for (Record r : records.subList(1, records.size())) {
      if (!r.getName().subdomain(origin)) {
        continue; // RFC 5936 §3.3: data outside the zone is not part of it
      }
      building
          .computeIfAbsent(r.getName().canonicalize(), k -> new HashMap<>())
          .computeIfAbsent(r.getRRsetType(), k -> new ArrayList<>())
          .add(r);
      body.add(r);
    }
    building.forEach(
        (owner, byType) -> {
          Map<Integer, List<Record>> m = new HashMap<>();
          byType.forEach((t, rs) -> m.put(t, List.copyOf(rs)));
          nodes.put(owner, m);
        });
    nodes.computeIfAbsent(origin.canonicalize(), k -> new HashMap<>()).put(Type.SOA, List.of(soa));
    return new ZoneSnapshot(origin, soa, nodes, body);
  }

  /** The absolute name of a zone given as the model writes it (no trailing dot). */
  static Name originOf(String zoneName) {
    try {
      return Name.fromString(zoneName, Name.root).canonicalize();
    } catch (TextParseException e) {
      throw new IllegalArgumentException(
          "zone name '" + zoneName + "' is not a domain name: " + e.getMessage());
    }
  }

  private static Name ownerOf(Rrset rrset, String zoneName, Name origin) {
    if (rrset.key().isApex()) {
      return origin;
    }
    try {
      return Name.fromString(rrset.name(), origin);
    } catch (TextParseException e) {
      throw new IllegalArgumentException(
          "zone "
              + zoneName
              + ": RRSet name '"
              + rrset.name()
              + "' is not a domain name: "
              + e.getMessage());
    }
  }

  private static Record toRecord(Name owner, RecordType type, long ttl, String value, Name origin)
      throws IOException {
    if (type == RecordType.TXT) {
      return Record.newRecord(owner, Type.TXT, DClass.IN, ttl, txtRdata(value));
    }
    return Record.fromString(owner, type.code(), DClass.IN, ttl, value, origin);
  }

  /**
   * TXT RDATA from the stored character-strings, byte for byte: no re-splitting, no re-escaping.
   */
  private static byte[] txtRdata(String value) {
    List<byte[]> strings = TxtStrings.parse(value);
    if (strings.isEmpty()) {
      throw new IllegalArgumentException("a TXT value needs at least one character-string");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] s : strings) {
      if (s.length > TxtStrings.MAX_STRING_BYTES) {
        throw new IllegalArgumentException("a TXT character-string is longer than 255 bytes");
      }
      out.write(s.length);
      out.write(s, 0, s.length);
    }
    return out.toByteArray();
  }
}
