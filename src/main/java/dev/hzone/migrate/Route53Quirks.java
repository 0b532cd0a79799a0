package dev.hzone.migrate;

import dev.hzone.dns.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Route 53 zones exported with cli53: ALIAS records written as {@code NAME TTL AWS ALIAS TYPE
 * TARGET ZONEID EVALUATE} (a class dnsjava does not know), and routing policies as comments ({@code
 * ; AWS routing="WEIGHTED" weight=1 identifier="a"}) on several records of one name and type.
 *
 * <p>Aliases to names in the same zone are resolved by copying the target's records, as Route 53
 * answers; aliases to other zones (load balancers, CloudFront, S3) are reported with advice, since
 * their addresses change and cannot be known offline. Routing variants become one plain RRSet,
 * except that the SECONDARY of a failover pair is dropped: Hetzner has no health checks, and
 * serving both would send traffic to the standby.
 */
final class Route53Quirks {
  private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

  private Route53Quirks() {}

  /**
   * An ALIAS line of a cli53 export.
   *
   * @param owner the absolute owner
   * @param type the record type it stands for
   * @param target the target name, absolute
   * @param line where it is
   */
  record Alias(Name owner, int type, Name target, int line) {}

  /** Whether {@code entry} is a cli53 ALIAS line. */
  static boolean isAlias(ExportEntry entry) {
    return aliasIndex(entry.tokens()) >= 0;
  }

  private static int aliasIndex(List<String> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).equalsIgnoreCase("AWS") && tokens.get(i + 1).equalsIgnoreCase("ALIAS")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads an ALIAS line.
   *
   * @param previousOwner the owner of the record before, for a line that starts with blank space
   */
  static Alias alias(ExportEntry e, Name origin, Name previousOwner, String file) {
    List<String> t = e.tokens();
    int at = aliasIndex(t);
    if (t.size() < at + 4) {
      throw new ExportFormatException(
          file,
          e.line(),
          "AWS ALIAS needs a type and a target (cli53 writes NAME TTL AWS ALIAS TYPE TARGET ZONEID EVALUATE)");
    }
    int type = Type.value(t.get(at + 2));
    if (type < 0) {
      throw new ExportFormatException(
          file, e.line(), "unknown type '" + t.get(at + 2) + "' in AWS ALIAS");
    }
    try {
      Name owner =
          e.ownerInherited() || at == 0 ? previousOwner : Name.fromString(t.get(0), origin);
      if (owner == null) {
        throw new ExportFormatException(file, e.line(), "AWS ALIAS without an owner name");
      }
      return new Alias(owner, type, Name.fromString(t.get(at + 3), origin), e.line());
    } catch (TextParseException ex) {
      throw new ExportFormatException(file, e.line(), "bad name in AWS ALIAS: " + ex.getMessage());
    }
  }

  static QuirkResult apply(List<SourceRecord> in, List<Alias> aliases, String zone) {
    List<MigrationNote> notes = new ArrayList<>();
    List<SourceRecord> out = routing(in, zone, notes);
    for (Alias a : aliases) {
      out.addAll(resolve(a, out, zone, notes));
    }
    return new QuirkResult(out, notes);
  }

  private static List<SourceRecord> routing(
      List<SourceRecord> in, String zone, List<MigrationNote> notes) {
    Map<String, List<SourceRecord>> routed = new LinkedHashMap<>();
    List<SourceRecord> out = new ArrayList<>();
    for (SourceRecord s : in) {
      if (s.comment().startsWith("AWS ")) {
        routed
            .computeIfAbsent(
                s.record().getName().toString().toLowerCase(Locale.ROOT)
                    + "/"
                    + s.record().getType(),
                k -> new ArrayList<>())
            .add(s);
      } else {
        out.add(s);
      }
    }
    for (List<SourceRecord> group : routed.values()) {
      Record first = group.get(0).record();
      String owner =
          Names.relativize(first.getName().toString(), zone).orElse(first.getName().toString());
      Set<String> policies = new LinkedHashSet<>();
      List<String> ids = new ArrayList<>();
      int secondaries = 0;
      for (SourceRecord s : group) {
        Map<String, String> kv = keyValues(s.comment());
        policies.add(kv.getOrDefault("routing", "?"));
        ids.add(kv.getOrDefault("identifier", "?"));
        if ("SECONDARY".equalsIgnoreCase(kv.get("failover"))) {
          secondaries++;
          continue;
        }
        out.add(new SourceRecord(s.record(), s.line(), ""));
      }
      String policy = String.join("/", policies);
      if (secondaries > 0) {
        notes.add(
            new MigrationNote(
                NoteKind.FAILOVER_SECONDARY_DROPPED,
                owner,
                first.getType(),
                secondaries,
                "Route 53 failover SECONDARY dropped: Hetzner has no health checks, so only the PRIMARY is served",
                "switch to the standby by changing the record when the primary fails",
                group.get(0).line()));
      }
      if (group.size() - secondaries > 1) {
        notes.add(
            new MigrationNote(
                NoteKind.ROUTING_POLICY_MERGED,
                owner,
                first.getType(),
                group.size() - secondaries,
                "Route 53 "
                    + policy
                    + " routing (identifiers "
                    + String.join(", ", ids)
                    + ") merged into one RRSet: Hetzner answers every query with all values",
                policy.contains("WEIGHTED")
                    ? "weights are lost: resolvers spread load roughly evenly over the values"
                    : "Hetzner has no geo or latency routing; keep the values every client may use",
                group.get(0).line()));
      }
    }
    return out;
  }

  private static List<SourceRecord> resolve(
      Alias a, List<SourceRecord> records, String zone, List<MigrationNote> notes) {
    String owner = Names.relativize(a.owner().toString(), zone).orElse(a.owner().toString());
    boolean inZone = Names.relativize(a.target().toString(), zone).isPresent();
    List<SourceRecord> copies = new ArrayList<>();
    if (inZone) {
      for (SourceRecord s : records) {
        Record r = s.record();
        if (r.getName().equals(a.target()) && r.getType() == a.type()) {
          Record copy = Records.withTtl(r, r.getTTL()).withName(a.owner());
          copies.add(new SourceRecord(copy, OptionalInt.of(a.line()), ""));
        }
      }
    }
    if (!copies.isEmpty()) {
      notes.add(
          new MigrationNote(
              NoteKind.ALIAS_RESOLVED,
              owner,
              a.type(),
              copies.size(),
              "Route 53 ALIAS to "
                  + a.target()
                  + " replaced by copies of its "
                  + Type.string(a.type())
                  + " records",
              "the copies do not follow later changes of " + a.target() + "; change both together",
              OptionalInt.of(a.line())));
      return copies;
    }
    String advice =
        owner.equals("@")
            ? "publish the "
                + Type.string(a.type())
                + " addresses of "
                + a.target()
                + " at the apex (they may change: check with the service's documentation)"
            : "a CNAME to "
                + a.target()
                + " at this name does the same, if nothing else stands at it";
    notes.add(
        new MigrationNote(
            NoteKind.ALIAS_DROPPED,
            owner,
            a.type(),
            1,
            "Route 53 ALIAS to "
                + a.target()
                + " dropped: "
                + (inZone
                    ? "the zone has no " + Type.string(a.type()) + " records there"
                    : "its target is outside " + "the zone, so its addresses are not known"),
            advice,
            OptionalInt.of(a.line())));
    return List.of();
  }

  /** The {@code key=value} pairs of a cli53 comment, quotes removed. */
  static Map<String, String> keyValues(String comment) {
    Map<String, String> kv = new LinkedHashMap<>();
    Matcher m = KEY_VALUE.matcher(comment);
    while (m.find()) {
      String v = m.group(2);
      kv.put(
          m.group(1),
          v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2
              ? v.substring(1, v.length() - 1)
              : v);
    }
    return kv;
  }
}
