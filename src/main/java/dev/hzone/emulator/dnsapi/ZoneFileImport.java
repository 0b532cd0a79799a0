package dev.hzone.emulator.dnsapi;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.IncludePolicy;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a zone file given to {@code import_zonefile} or to zone creation, with the API's rules: an
 * {@code $ORIGIN} must be the zone's name with a trailing dot, {@code $TTL} becomes the zone's
 * default TTL, class {@code IN} only, an SOA and the assigned Hetzner NS records must be present on
 * import (at creation the API adds what is missing, ledger L-CREATE-ZONEFILE), comments are
 * discarded, and every record must be one the RRSet endpoints would accept. Problems are {@code
 * invalid_input} on the {@code zonefile} field, with the line of each.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#tag/zones/zone-file-import">Zone file
 *     import</a>
 */
final class ZoneFileImport {
  private static final Pattern ORIGIN = Pattern.compile("(?m)^\\$ORIGIN[ \\t]+(\\S+)");
  private static final Pattern TTL = Pattern.compile("(?im)^\\$TTL[ \\t]");

  private final ZoneFileReader reader =
      new ZoneFileReader(ReadOptions.defaults().withIncludes(IncludePolicy.DENY));

  /**
   * The zone the text describes.
   *
   * @param zone the zone's name
   * @param fallbackTtl the default TTL when the file has no {@code $TTL} (the zone's current TTL,
   *     or the one given at creation)
   * @param today for the serial of a new SOA
   * @param assigned the zone's assigned Hetzner nameservers
   * @param creating true at zone creation, where a missing SOA and missing assigned NS are added;
   *     false on import, where they must be present
   */
  ZoneData read(
      String text,
      String zone,
      OptionalInt fallbackTtl,
      LocalDate today,
      String field,
      List<String> assigned,
      boolean creating) {
    Matcher m = ORIGIN.matcher(text);
    while (m.find()) {
      String origin = m.group(1).toLowerCase(Locale.ROOT);
      if (!origin.equals(zone + ".")) {
        throw ApiError.invalidInput(
            field, "$ORIGIN " + m.group(1) + " must be the zone's name with a dot: " + zone + ".");
      }
    }
    // $TTL is optional (spec); records without a TTL then inherit the zone's (ledger
    // L-ZONEFILE-NO-TTL). The
    // reader wants a default, so one is put on a line before the text, and line numbers are told
    // back.
    boolean hasTtl = TTL.matcher(text).find();
    int shift = hasTtl ? 0 : 1;
    String input =
        hasTtl ? text : "$TTL " + fallbackTtl.orElse(ZoneRules.DEFAULT_TTL) + "\n" + text;
    ParsedZone parsed;
    try {
      parsed = reader.parse(input, "zonefile", zone);
    } catch (ZoneFileException e) {
      List<String> problems = new ArrayList<>();
      for (Finding f : e.errors()) {
        problems.add("line " + (f.position().line() - shift) + ": " + f.message());
      }
      throw ApiError.invalidInput(Map.of(field, problems));
    }
    ZoneData read = parsed.zone();
    int ttl =
        hasTtl && read.defaultTtl().isPresent()
            ? Inputs.checkTtl(read.defaultTtl().getAsInt(), field)
            : fallbackTtl.orElse(ZoneRules.DEFAULT_TTL);
    TreeMap<RrsetKey, Rrset> rrsets = new TreeMap<>();
    for (Rrset r : read.rrsets().values()) {
      String where =
          field + " (line " + (parsed.positionOf(r.key(), "zonefile").line() - shift) + ")";
      ZoneNames.checkRrsetName(r.name(), zone, where);
      if (r.ttl().isPresent()) {
        Inputs.checkTtl(r.ttl().getAsInt(), where);
      }
      List<RecordValue> values = new ArrayList<>();
      for (RecordValue v : r.records()) {
        RecordValidator.check(r.type(), v.value(), zone, where);
        values.add(RecordValue.of(v.value()));
      }
      rrsets.put(r.key(), Rrset.of(r.key(), r.ttl(), values));
    }
    if (creating) {
      ZoneData completed =
          ZoneRules.completeCreated(
              new ZoneData(zone, OptionalInt.of(ttl), rrsets), assigned, today);
      rrsets = new TreeMap<>(completed.rrsets());
    }
    Rrset soa = rrsets.get(ZoneRules.soaKey());
    if (soa == null) {
      throw ApiError.invalidInput(field, "an SOA record must be present at the zone apex");
    }
    Rrset ns = rrsets.get(ZoneRules.apexNsKey());
    ZoneRules.checkAssignedNameservers(
        zone, assigned, ns == null ? List.of() : ns.records(), field);
    ZoneData data = new ZoneData(zone, OptionalInt.of(ttl), rrsets);
    ZoneRules.checkRules(data, rrsets.keySet(), field, field);
    RecordValue v = soa.records().get(0);
    return data.withRrset(
        soa.withRecords(
            List.of(
                RecordValue.of(ZoneRules.withSerial(v.value(), ZoneRules.firstSerial(today))))));
  }
}
