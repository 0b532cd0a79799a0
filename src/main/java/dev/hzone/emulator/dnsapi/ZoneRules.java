package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.web.ApiError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * What Hetzner manages in every primary zone: the apex SOA (its serial {@code YYYYMMDDnn} raised on
 * every change that resolvers can see), the apex NS records of the zone's assigned nameservers
 * (never removable), and the DNS rules the API enforces on RRSets (CNAME alone at its name, SOA
 * only at the apex).
 */
final class ZoneRules {
  /** Default zone TTL. */
  static final int DEFAULT_TTL = 3600;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final RrsetKey SOA = RrsetKey.of(RrsetKey.APEX, RecordType.SOA);
  private static final RrsetKey APEX_NS = RrsetKey.of(RrsetKey.APEX, RecordType.NS);
  private static final RecordType FIRST_TYPE =
      java.util.Arrays.stream(RecordType.values())
          .min(java.util.Comparator.comparingInt(RecordType::code))
          .orElseThrow();
  private static final RecordType LAST_TYPE =
      java.util.Arrays.stream(RecordType.values())
          .max(java.util.Comparator.comparingInt(RecordType::code))
          .orElseThrow();

  private ZoneRules() {}

  /**
   * The SOA value Hetzner creates, with {@code serial}: live, a new zone's SOA reads {@code
   * hydrogen.ns.hetzner.com. dns.hetzner.com. <serial> 86400 10800 3600000 3600} (ledger
   * L-DEFAULT-SOA); {@code primary} is the first of the zone's assigned nameservers.
   */
  static String defaultSoa(String primary, long serial) {
    return primary + " dns.hetzner.com. " + serial + " 86400 10800 3600000 3600";
  }

  /** The first serial of {@code day}: {@code YYYYMMDD00}. */
  static long firstSerial(LocalDate day) {
    return Long.parseLong(day.format(DAY)) * 100;
  }

  /**
   * A new primary zone's Hetzner-managed records: the SOA and the apex NS of the assigned
   * nameservers, both without a TTL of their own (ledger L-APEX-NS-TTL: the official CLI's live
   * test lists {@code @ NS -}).
   */
  static List<Rrset> managedRrsets(List<String> assigned, LocalDate day) {
    List<RecordValue> ns = new ArrayList<>();
    for (String n : assigned) {
      ns.add(RecordValue.of(n));
    }
    return List.of(
        Rrset.of(
            SOA,
            OptionalInt.empty(),
            List.of(RecordValue.of(defaultSoa(assigned.get(0), firstSerial(day))))),
        Rrset.of(APEX_NS, OptionalInt.empty(), ns));
  }

  /**
   * {@code data} completed as zone creation completes a zone file (ledger L-CREATE-ZONEFILE): the
   * default SOA where the file has none, and the assigned nameservers added to the apex NS records.
   */
  static ZoneData completeCreated(ZoneData data, List<String> assigned, LocalDate day) {
    ZoneData out = data;
    for (Rrset managed : managedRrsets(assigned, day)) {
      Rrset have = out.rrsets().get(managed.key());
      if (have == null) {
        out = out.withRrset(managed);
      } else if (managed.key().equals(APEX_NS)) {
        Set<Name> present = new HashSet<>();
        have.records().forEach(v -> absolute(v.value(), data.name()).ifPresent(present::add));
        List<RecordValue> values = new ArrayList<>(have.records());
        for (RecordValue v : managed.records()) {
          if (!present.contains(Name.fromConstantString(v.value()))) {
            values.add(v);
          }
        }
        out = out.withRrset(have.withRecords(values));
      }
    }
    return out;
  }

  /** The serial of an SOA value, or 0 when it has none. */
  static long serialOf(String soaValue) {
    String[] f = soaValue.trim().split("\\s+");
    try {
      return f.length >= 3 ? Long.parseLong(f[2]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The SOA value with its serial (third field) replaced. */
  static String withSerial(String soaValue, long serial) {
    String[] f = soaValue.trim().split("\\s+");
    if (f.length < 3) {
      return soaValue;
    }
    f[2] = Long.toString(serial);
    return String.join(" ", f);
  }

  /**
   * {@code after} with its SOA serial managed: the serial of {@code before}, raised to {@code
   * max(serial + 1, YYYYMMDD00)} when anything resolvers see changed (values, TTLs, the default
   * TTL). Whatever serial a client sent is replaced.
   */
  static ZoneData manageSerial(ZoneData before, ZoneData after, LocalDate today) {
    Rrset soa = after.rrsets().get(SOA);
    Rrset oldSoa = before.rrsets().get(SOA);
    if (soa == null || soa.records().isEmpty()) {
      return after;
    }
    long serial =
        oldSoa == null || oldSoa.records().isEmpty()
            ? 0
            : serialOf(oldSoa.records().get(0).value());
    if (!sameContent(before, after) || oldSoa == null) {
      serial = Math.max(serial + 1, firstSerial(today));
    }
    RecordValue v = soa.records().get(0);
    return after.withRrset(
        soa.withRecords(List.of(new RecordValue(withSerial(v.value(), serial), v.comment()))));
  }

  /**
   * Whether resolvers would see the same zone, ignoring the SOA serial, comments, labels and
   * protection.
   */
  private static boolean sameContent(ZoneData a, ZoneData b) {
    if (!a.defaultTtl().equals(b.defaultTtl())
        || !a.rrsets().keySet().equals(b.rrsets().keySet())) {
      return false;
    }
    for (Map.Entry<RrsetKey, Rrset> e : a.rrsets().entrySet()) {
      Rrset x = e.getValue();
      Rrset y = b.rrsets().get(e.getKey());
      if (x == y) {
        continue; // unchanged RRSets are shared between versions of a zone
      }
      if (!x.ttl().equals(y.ttl())) {
        return false;
      }
      List<String> xv = x.values();
      List<String> yv = y.values();
      if (e.getKey().equals(SOA)) {
        xv = xv.stream().map(s -> withSerial(s, 0)).toList();
        yv = yv.stream().map(s -> withSerial(s, 0)).toList();
      }
      if (!new HashSet<>(xv).equals(new HashSet<>(yv))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Refuses apex NS records that lack one of the assigned nameservers.
   *
   * @throws ApiError {@code invalid_input} on {@code field}
   */
  static void checkAssignedNameservers(
      String zone, List<String> assigned, List<RecordValue> apexNs, String field) {
    Set<Name> present = new HashSet<>();
    for (RecordValue v : apexNs) {
      absolute(v.value(), zone).ifPresent(present::add);
    }
    for (String ns : assigned) {
      if (!present.contains(Name.fromConstantString(ns))) {
        throw ApiError.invalidInput(
            field,
            "the NS records of the assigned Hetzner nameservers ("
                + String.join(", ", assigned)
                + ") cannot be removed from the zone apex");
      }
    }
  }

  private static java.util.Optional<Name> absolute(String value, String zone) {
    try {
      return java.util.Optional.of(
          Name.fromString(value.trim(), Name.fromString(zone + ".")).canonicalize());
    } catch (TextParseException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Checks the DNS rules at the names of {@code keys} in {@code zone}: a CNAME stands alone at its
   * name (so never at the apex), SOA only at the apex, one record in a CNAME or SOA RRSet.
   *
   * @param field the field named when a name breaks a rule (CNAME beside other data, SOA off the
   *     apex)
   * @param recordsField the field named when an RRSet holds too many records
   * @throws ApiError {@code invalid_input}
   */
  static void checkRules(
      ZoneData zone, Iterable<RrsetKey> keys, String field, String recordsField) {
    for (RrsetKey key : keys) {
      Rrset r = zone.rrsets().get(key);
      if (key.type() == RecordType.SOA && !key.isApex()) {
        throw ApiError.invalidInput(field, "SOA records are only allowed at the zone apex '@'");
      }
      if (r != null && key.type().isSingleton() && r.records().size() > 1) {
        throw ApiError.invalidInput(
            recordsField, "an RRSet of type " + key.type() + " can hold only one record");
      }
      // All types of one name are adjacent in canonical order: look at that range only.
      List<RecordType> atName = new ArrayList<>();
      for (RrsetKey k :
          zone.rrsets()
              .subMap(
                  RrsetKey.of(key.name(), FIRST_TYPE),
                  true,
                  RrsetKey.of(key.name(), LAST_TYPE),
                  true)
              .keySet()) {
        atName.add(k.type());
      }
      if (atName.contains(RecordType.CNAME) && atName.size() > 1) {
        throw ApiError.invalidInput(
            field,
            "a CNAME record cannot coexist with other records at '"
                + key.name()
                + "' ("
                + atName
                + ")");
      }
    }
  }

  static boolean isSoa(RrsetKey key) {
    return key.equals(SOA);
  }

  static boolean isApexNs(RrsetKey key) {
    return key.equals(APEX_NS);
  }

  static RrsetKey soaKey() {
    return SOA;
  }

  static RrsetKey apexNsKey() {
    return APEX_NS;
  }
}
