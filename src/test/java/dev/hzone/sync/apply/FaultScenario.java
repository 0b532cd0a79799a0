package dev.hzone.sync.apply;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.config.DesiredZones;
import dev.hzone.sync.config.SyncConfigReader;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.zonefile.ZoneFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The zone set of the reliability tests, in two versions: {@link Version#BEFORE} is applied first,
 * without faults; {@link Version#AFTER} then needs creates, changes (values, TTLs, comments, a
 * CNAME turned into an A), deletes, a new zone and, in one zone, enough changes that {@code
 * --strategy auto} takes a zone-file import. Besides, every existing zone holds RRSets that hzone
 * does not own: remote ACME challenges and names matched by an {@code ignore} pattern of {@code
 * hzone.toml}. They must come out of every run exactly as they went in.
 */
final class FaultScenario {
  /** The two versions of the zone files. */
  enum Version {
    BEFORE,
    AFTER
  }

  /** Zones that exist before (created from {@link Version#BEFORE}). */
  static final List<String> EXISTING = List.of("alpha.test", "beta.test", "delta.test");

  /** The zone that only {@link Version#AFTER} has, so it is created under faults. */
  static final String NEW_ZONE = "gamma.test";

  /** Every zone of {@link Version#AFTER}. */
  static final List<String> ALL = List.of("alpha.test", "beta.test", "delta.test", NEW_ZONE);

  /**
   * hzone.toml: "dyn*" is ignored everywhere; beta.test manages one RRSet's labels (so it is read
   * by the RRSet list, 100 per page, over two pages); the safety limits are off, since the test
   * wants big plans.
   */
  static final String CONFIG =
      """
      [defaults]
      ignore = ["dyn*"]
      max_update_percent = 100
      max_delete_percent = 100

      [zones."beta.test".rrsets."www/A"]
      labels = { tier = "web" }
      """;

  private FaultScenario() {}

  /**
   * Writes the zone files of {@code v} and hzone.toml into {@code zonesDir} (replacing what was
   * there).
   */
  static void write(Path zonesDir, Version v) {
    try {
      Files.createDirectories(zonesDir);
      try (var files = Files.list(zonesDir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.writeString(
          zonesDir.resolve(SyncConfigReader.FILE_NAME), CONFIG, StandardCharsets.UTF_8);
      Files.writeString(zonesDir.resolve("alpha.test.zone"), alpha(v), StandardCharsets.UTF_8);
      Files.writeString(zonesDir.resolve("beta.test.zone"), beta(v), StandardCharsets.UTF_8);
      Files.writeString(zonesDir.resolve("delta.test.zone"), delta(v), StandardCharsets.UTF_8);
      if (v == Version.AFTER) {
        Files.writeString(zonesDir.resolve("gamma.test.zone"), gamma(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The desired zones as {@code hzone plan} reads them from {@code zonesDir}. */
  static List<DesiredZone> desired(Path zonesDir) {
    ZoneFileReader reader = new ZoneFileReader();
    List<DesiredZones.ZoneSource> sources = new ArrayList<>();
    for (String zone : ALL) {
      Path f = zonesDir.resolve(zone + ".zone");
      if (Files.exists(f)) {
        sources.add(
            new DesiredZones.ZoneSource(
                reader.read(f, f.getFileName().toString()).zone(), f.getFileName().toString()));
      }
    }
    var config = new SyncConfigReader().read(zonesDir.resolve(SyncConfigReader.FILE_NAME));
    return DesiredZones.of(sources, config, List.of()).zones();
  }

  /**
   * The RRSets hzone must never touch, per existing zone: ACME challenges the files do not name (at
   * the apex, at a sub-domain, and one whose name differs only in case from nothing in the files),
   * and names the {@code ignore} pattern matches, one of them at a name the files also use with
   * another type.
   */
  static Map<String, List<Rrset>> unowned() {
    Map<String, List<Rrset>> out = new TreeMap<>();
    for (String zone : EXISTING) {
      out.put(
          zone,
          List.of(
              Rrset.of(
                  RrsetKey.of("_acme-challenge", RecordType.TXT),
                  OptionalInt.of(60),
                  List.of(RecordValue.of("\"challenge-" + zone + "-apex\""))),
              Rrset.of(
                  RrsetKey.of("_acme-challenge.www", RecordType.TXT),
                  OptionalInt.empty(),
                  List.of(
                      RecordValue.of("\"challenge-" + zone + "-www-1\""),
                      RecordValue.of("\"challenge-" + zone + "-www-2\""))),
              Rrset.of(
                  RrsetKey.of("dyn1", RecordType.A),
                  OptionalInt.of(120),
                  // A comment would make auto refuse the import in delta.test (imports drop
                  // comments).
                  List.of(
                      new RecordValue(
                          "192.0.2.77", zone.equals("delta.test") ? "" : "set by the DHCP hook"))),
              Rrset.of(
                  RrsetKey.of("dyn-office", RecordType.AAAA),
                  OptionalInt.empty(),
                  List.of(RecordValue.of("2001:db8::77")))));
    }
    return out;
  }

  /**
   * How the unowned RRSets at {@code client} differ from {@link #unowned()} (TTL, values,
   * comments), or null when they are exactly as seeded.
   */
  static String unownedChanges(dev.hzone.api.HcloudClient client) {
    List<String> out = new ArrayList<>();
    unowned()
        .forEach(
            (zone, rrsets) -> {
              for (Rrset want : rrsets) {
                java.util.Optional<Rrset> got = client.rrsets().get(zone, want.key());
                if (got.isEmpty()) {
                  out.add(zone + " " + want.key().id() + " is gone");
                } else if (!got.get().ttl().equals(want.ttl())
                    || !content(got.get()).equals(content(want))) {
                  out.add(zone + " " + want.key().id() + " is now " + got.get() + ", was " + want);
                }
              }
            });
    return out.isEmpty() ? null : String.join("; ", out);
  }

  private static java.util.Set<String> content(Rrset r) {
    java.util.Set<String> s = new java.util.TreeSet<>();
    r.records().forEach(v -> s.add(v.value() + " ; " + v.comment()));
    return s;
  }

  private static String alpha(Version v) {
    StringBuilder sb = new StringBuilder("$ORIGIN alpha.test.\n$TTL 3600\n");
    if (v == Version.BEFORE) {
      sb.append(
          """
          @ IN A 192.0.2.1
          www 300 IN A 192.0.2.10 ; web-1
          www 300 IN A 192.0.2.11 ; web-2
          mail IN A 192.0.2.25
          @ IN MX 10 mail
          old IN TXT "legacy"
          cname IN CNAME example.net.
          api IN AAAA 2001:db8::1
          txt IN TXT "v=spf1 -all"
          """);
    } else {
      sb.append(
          """
          @ IN A 192.0.2.1
          www 600 IN A 192.0.2.10 ; web-1
          www 600 IN A 192.0.2.11 ; web-2 (renamed)
          www 600 IN A 192.0.2.12 ; web-3
          mail IN A 192.0.2.26
          @ IN MX 10 mail
          @ IN MX 20 mx.example.net.
          cname IN A 192.0.2.40
          api IN AAAA 2001:db8::1
          api IN AAAA 2001:db8::2
          txt IN TXT "v=spf1 include:_spf.example.net -all"
          shop IN A 192.0.2.50 ; shop
          blog 900 IN CNAME www
          """);
    }
    for (int i = 0; i < 15; i++) {
      if (v == Version.AFTER && (i == 3 || i == 4)) {
        continue; // deleted
      }
      int last = v == Version.AFTER && i >= 10 ? i + 100 : i + 1; // changed
      sb.append("h").append(i).append(" IN A 198.51.100.").append(last).append('\n');
    }
    if (v == Version.AFTER) {
      for (int i = 15; i < 18; i++) {
        sb.append("h").append(i).append(" IN A 198.51.100.").append(i + 1).append('\n');
      }
    }
    return sb.toString();
  }

  /** 120 RRSets (two pages of the RRSet list); a few change. */
  private static String beta(Version v) {
    StringBuilder sb = new StringBuilder("$ORIGIN beta.test.\n$TTL 1800\n");
    sb.append("www IN A 203.0.113.").append(v == Version.BEFORE ? 1 : 2).append(" ; front\n");
    for (int i = 0; i < 120; i++) {
      if (v == Version.AFTER && i % 40 == 7) {
        continue;
      }
      String value = v == Version.AFTER && i % 30 == 5 ? "host-" + i + "-new" : "host-" + i;
      sb.append("n").append(i).append(" IN TXT \"").append(value).append("\"\n");
    }
    if (v == Version.AFTER) {
      sb.append("added IN TXT \"came with the second version\"\n");
    }
    return sb.toString();
  }

  /** 60 RRSets without comments whose every value changes: a zone-file import is far cheaper. */
  private static String delta(Version v) {
    StringBuilder sb = new StringBuilder("$ORIGIN delta.test.\n$TTL 3600\n");
    for (int i = 0; i < 60; i++) {
      sb.append("d")
          .append(i)
          .append(" IN A 10.")
          .append(v == Version.BEFORE ? 1 : 2)
          .append(".0.")
          .append(i + 1)
          .append('\n');
    }
    return sb.toString();
  }

  private static String gamma() {
    return """
        $ORIGIN gamma.test.
        $TTL 3600
        @ IN A 192.0.2.200 ; apex
        www IN CNAME @
        @ IN TXT "v=spf1 -all"
        @ IN CAA 0 issue "letsencrypt.org"
        _sip._tcp IN SRV 10 5 5060 sip
        sip IN A 192.0.2.201 ; pbx
        """;
  }
}
