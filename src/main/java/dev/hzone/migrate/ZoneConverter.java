package dev.hzone.migrate;

import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.RecordValueFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SPFRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Converts a zone from another DNS host into what Hetzner serves, and says what it dropped or
 * changed. Pure: the same records and options give the same zone and the same report.
 *
 * <p>The rules: DNSSEC records are dropped (Hetzner does not sign); types the API does not accept
 * are dropped, each with advice; the old apex NS are replaced by the zone's Hetzner nameservers;
 * the SOA keeps its contact and timers, gets the first of them as primary, and its serial is
 * Hetzner's to manage (for a zone that does not exist yet, whose nameservers Hetzner assigns when
 * it creates it, both are left to Hetzner); an RRSet whose records carry different TTLs gets the
 * lowest; TTLs below 60 s are raised to 60; a CNAME that shares its name with other data is
 * dropped; identical records become one.
 */
public final class ZoneConverter {
  /** The DNSSEC types, including the obsolete SIG, KEY and NXT of RFC 2535. */
  static final Set<Integer> DNSSEC_TYPES =
      Set.of(
          Type.RRSIG,
          Type.NSEC,
          Type.NSEC3,
          Type.NSEC3PARAM,
          Type.DNSKEY,
          Type.CDS,
          Type.CDNSKEY,
          Type.SIG,
          Type.KEY,
          Type.NXT);

  private ZoneConverter() {}

  /** One owner name and type, with its records in source order. */
  private record Group(String owner, int type, List<SourceRecord> records) {
    OptionalInt line() {
      return records.get(0).line();
    }
  }

  /**
   * Converts {@code records}, which belong to {@code zone}.
   *
   * @param zone the zone name, with or without trailing dot
   */
  public static Conversion convert(
      String zone, List<SourceRecord> records, ConversionOptions options) {
    String zoneName = Names.zoneName(zone);
    Name origin = name(zoneName + ".");
    List<MigrationNote> notes = new ArrayList<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (SourceRecord s : records) {
      var r = s.record();
      if (r.getDClass() != DClass.IN) {
        notes.add(
            new MigrationNote(
                NoteKind.CLASS_DROPPED,
                r.getName().toString(),
                r.getType(),
                1,
                "class "
                    + DClass.string(r.getDClass())
                    + " record dropped: the API serves class IN only",
                "",
                s.line()));
        continue;
      }
      if (!r.getName().subdomain(origin)) {
        notes.add(
            new MigrationNote(
                NoteKind.OUT_OF_ZONE_DROPPED,
                r.getName().toString(),
                r.getType(),
                1,
                "record outside zone " + zoneName + " dropped",
                "",
                s.line()));
        continue;
      }
      String owner = Names.relativize(r.getName().toString(), zoneName).orElseThrow();
      groups
          .computeIfAbsent(
              owner.toLowerCase(java.util.Locale.ROOT) + "/" + r.getType(),
              k ->
                  new Group(
                      owner.toLowerCase(java.util.Locale.ROOT), r.getType(), new ArrayList<>()))
          .records()
          .add(s);
    }
    Map<RrsetKey, Group> supported = new TreeMap<>();
    for (Group g : groups.values()) {
      Optional<RecordType> type = RecordType.fromCode(g.type());
      if (DNSSEC_TYPES.contains(g.type())) {
        notes.add(dnssecNote(g));
      } else if (type.isEmpty()) {
        notes.add(unsupportedNote(g, groups));
      } else {
        supported.put(RrsetKey.of(g.owner(), type.get()), g);
      }
    }
    dropConflictingCnames(supported, notes);
    List<Rrset> rrsets = new ArrayList<>();
    for (Map.Entry<RrsetKey, Group> e : supported.entrySet()) {
      RrsetKey key = e.getKey();
      boolean managed =
          key.isApex() && (key.type() == RecordType.NS || key.type() == RecordType.SOA);
      if (managed && options.nameservers().isEmpty()) {
        notes.add(leftToHetzner(key, e.getValue()));
        continue;
      }
      rrsets.add(toRrset(key, e.getValue(), zoneName, options, notes));
    }
    int defaultTtl = chooseDefaultTtl(rrsets, options, notes);
    List<Rrset> finalSets = new ArrayList<>();
    for (Rrset r : rrsets) {
      finalSets.add(
          r.ttl().isPresent() && r.ttl().getAsInt() == defaultTtl
              ? r.withTtl(OptionalInt.empty())
              : r);
    }
    return new Conversion(
        ZoneData.of(zoneName, OptionalInt.of(defaultTtl), finalSets), new MigrationReport(notes));
  }

  private static MigrationNote dnssecNote(Group g) {
    String suggestion = "";
    if (g.owner().equals(RrsetKey.APEX) && (g.type() == Type.DNSKEY || g.type() == Type.CDS)) {
      suggestion =
          "remove the zone's DS record at the registrar before changing the delegation, "
              + "or validating resolvers will reject the zone";
    }
    return new MigrationNote(
        NoteKind.DNSSEC_DROPPED,
        g.owner(),
        g.type(),
        g.records().size(),
        Type.string(g.type()) + " dropped: Hetzner does not sign zones",
        suggestion,
        g.line());
  }

  private static MigrationNote unsupportedNote(Group g, Map<String, Group> all) {
    String suggestion = UnsupportedTypeAdvice.forType(g.type());
    if (g.type() == Type.SPF && spfAlsoAsTxt(g, all.get(g.owner() + "/" + Type.TXT))) {
      suggestion = "a TXT record with the same text is already there; nothing to do";
    }
    return new MigrationNote(
        NoteKind.UNSUPPORTED_TYPE_DROPPED,
        g.owner(),
        g.type(),
        g.records().size(),
        Type.string(g.type()) + " is not a type the Hetzner API accepts",
        suggestion,
        g.line());
  }

  private static boolean spfAlsoAsTxt(Group spf, Group txt) {
    if (txt == null) {
      return false;
    }
    for (SourceRecord s : spf.records()) {
      byte[] content = joined(s.record());
      boolean found =
          txt.records().stream().anyMatch(t -> Arrays.equals(content, joined(t.record())));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static byte[] joined(Record r) {
    List<byte[]> strings =
        r instanceof SPFRecord spf
            ? spf.getStringsAsByteArrays()
            : r instanceof TXTRecord txt ? txt.getStringsAsByteArrays() : List.of();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] b : strings) {
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  /**
   * A CNAME may not share its name with other data (RFC 1034 §3.6.2), and the apex always has SOA
   * and NS.
   */
  private static void dropConflictingCnames(
      Map<RrsetKey, Group> supported, List<MigrationNote> notes) {
    Map<String, Integer> typesAtName = new HashMap<>();
    for (RrsetKey k : supported.keySet()) {
      typesAtName.merge(k.name(), 1, Integer::sum);
    }
    for (RrsetKey k : new ArrayList<>(supported.keySet())) {
      if (k.type() != RecordType.CNAME) {
        continue;
      }
      boolean apex = k.isApex();
      if (!apex && typesAtName.get(k.name()) == 1) {
        continue;
      }
      Group g = supported.remove(k);
      String target = g.records().get(0).record().rdataToString();
      notes.add(
          new MigrationNote(
              NoteKind.CNAME_CONFLICT_DROPPED,
              k.name(),
              Type.CNAME,
              g.records().size(),
              apex
                  ? "CNAME at the zone apex dropped: the apex must hold SOA and NS, and a CNAME allows no other data"
                  : "CNAME dropped: it shares its name with other records, which DNS forbids",
              "publish the A/AAAA addresses of " + target + " at this name instead",
              g.line()));
    }
  }

  private static Rrset toRrset(
      RrsetKey key, Group g, String zone, ConversionOptions options, List<MigrationNote> notes) {
    if (key.isApex() && key.type() == RecordType.NS) {
      return apexNs(key, g, options, notes);
    }
    Map<String, RecordValue> values = new LinkedHashMap<>();
    TreeSet<Long> ttls = new TreeSet<>();
    int duplicates = 0;
    for (SourceRecord s : g.records()) {
      ttls.add(s.record().getTTL());
      String value = RecordValueFormatter.format(s.record());
      if (key.type() == RecordType.SOA) {
        value = soaValue((SOARecord) s.record(), options, g, notes);
      }
      String canonical = ValueCanonicalizer.canonical(key.type(), value);
      RecordValue old = values.get(canonical);
      if (old == null) {
        values.put(canonical, new RecordValue(value, s.comment()));
      } else {
        duplicates++;
        if (!old.hasComment() && !s.comment().isEmpty()) {
          values.put(canonical, old.withComment(s.comment()));
        }
      }
    }
    if (duplicates > 0) {
      notes.add(
          new MigrationNote(
              NoteKind.DUPLICATE_MERGED,
              key.name(),
              key.type().code(),
              duplicates,
              duplicates + " duplicate " + key.type() + " record(s) merged",
              "",
              g.line()));
    }
    int ttl = ttl(key, g, ttls, notes);
    return Rrset.of(key, OptionalInt.of(ttl), new ArrayList<>(values.values()));
  }

  private static int ttl(RrsetKey key, Group g, TreeSet<Long> ttls, List<MigrationNote> notes) {
    long lowest = ttls.first();
    if (ttls.size() > 1) {
      notes.add(
          new MigrationNote(
              NoteKind.TTL_MERGED,
              key.name(),
              key.type().code(),
              g.records().size(),
              "records had different TTLs " + ttls + "; the RRSet gets the lowest, " + lowest,
              "",
              g.line()));
    }
    if (lowest < Rrset.MIN_TTL) {
      notes.add(
          new MigrationNote(
              NoteKind.TTL_RAISED,
              key.name(),
              key.type().code(),
              g.records().size(),
              "TTL "
                  + lowest
                  + " raised to "
                  + Rrset.MIN_TTL
                  + ", the lowest the Hetzner API accepts",
              "",
              g.line()));
      return Rrset.MIN_TTL;
    }
    return (int) Math.min(lowest, Rrset.MAX_TTL);
  }

  private static Rrset apexNs(
      RrsetKey key, Group g, ConversionOptions options, List<MigrationNote> notes) {
    List<String> old = new ArrayList<>();
    long ttl = Long.MAX_VALUE;
    for (SourceRecord s : g.records()) {
      old.add(s.record().rdataToString());
      ttl = Math.min(ttl, s.record().getTTL());
    }
    List<String> kept = options.nameservers();
    if (!sameNames(old, kept)) {
      notes.add(
          new MigrationNote(
              NoteKind.APEX_NS_REPLACED,
              RrsetKey.APEX,
              Type.NS,
              g.records().size(),
              "apex NS "
                  + String.join(" ", old)
                  + " replaced by Hetzner's "
                  + String.join(" ", kept),
              "change the delegation at the registrar to Hetzner's nameservers only after 'hzone migrate verify' "
                  + "agrees",
              g.line()));
    }
    List<RecordValue> values = kept.stream().map(RecordValue::of).toList();
    return Rrset.of(
        key, OptionalInt.of((int) Math.max(Rrset.MIN_TTL, Math.min(ttl, Rrset.MAX_TTL))), values);
  }

  /**
   * The note for the apex NS or SOA of a zone that does not exist yet: the API assigns a zone its
   * nameservers when it creates it, and adds them and its SOA itself (ledger L-ASSIGNED-PER-ZONE,
   * L-CREATE-ZONEFILE), so neither is made up here.
   */
  private static MigrationNote leftToHetzner(RrsetKey key, Group g) {
    List<String> old = new ArrayList<>();
    for (SourceRecord s : g.records()) {
      old.add(s.record().rdataToString());
    }
    if (key.type() == RecordType.NS) {
      return new MigrationNote(
          NoteKind.APEX_NS_REPLACED,
          RrsetKey.APEX,
          Type.NS,
          g.records().size(),
          "apex NS "
              + String.join(" ", old)
              + " left out: Hetzner adds the nameservers it assigns to the zone when it creates it",
          "change the delegation at the registrar to Hetzner's nameservers only after 'hzone migrate verify' "
              + "agrees",
          g.line());
    }
    return new MigrationNote(
        NoteKind.SOA_ADJUSTED,
        RrsetKey.APEX,
        Type.SOA,
        1,
        "SOA "
            + old.get(0)
            + " left out: Hetzner creates the zone's SOA, naming a nameserver it assigns then",
        "to keep the contact and timers, run this migration again once the zone exists at Hetzner",
        g.line());
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    TreeSet<String> x = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    x.addAll(a);
    TreeSet<String> y = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    y.addAll(b);
    return x.equals(y);
  }

  private static String soaValue(
      SOARecord soa, ConversionOptions options, Group g, List<MigrationNote> notes) {
    String primary = options.nameservers().get(0);
    notes.add(
        new MigrationNote(
            NoteKind.SOA_ADJUSTED,
            RrsetKey.APEX,
            Type.SOA,
            1,
            "SOA primary "
                + soa.getHost()
                + " replaced by "
                + primary
                + "; contact "
                + soa.getAdmin()
                + " and timers (refresh "
                + soa.getRefresh()
                + ", retry "
                + soa.getRetry()
                + ", expire "
                + soa.getExpire()
                + ", minimum "
                + soa.getMinimum()
                + ") kept; Hetzner manages the serial",
            "",
            g.line()));
    return primary
        + " "
        + soa.getAdmin()
        + " "
        + soa.getSerial()
        + " "
        + soa.getRefresh()
        + " "
        + soa.getRetry()
        + " "
        + soa.getExpire()
        + " "
        + soa.getMinimum();
  }

  private static int chooseDefaultTtl(
      List<Rrset> rrsets, ConversionOptions options, List<MigrationNote> notes) {
    if (options.defaultTtl().isPresent()) {
      return Math.max(Rrset.MIN_TTL, options.defaultTtl().getAsInt());
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Rrset r : rrsets) {
      counts.merge(r.ttl().orElse(3600), 1, Integer::sum);
    }
    int best = 3600;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    notes.add(
        MigrationNote.of(
            NoteKind.DEFAULT_TTL_CHOSEN,
            "",
            0,
            0,
            "default TTL set to "
                + best
                + ", the TTL most RRSets have ("
                + bestCount
                + " of "
                + rrsets.size()
                + ")"));
    return best;
  }

  private static Name name(String s) {
    try {
      return Name.fromString(s);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not a valid zone name");
    }
  }
}
