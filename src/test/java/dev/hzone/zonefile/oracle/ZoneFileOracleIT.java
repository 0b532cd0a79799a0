package dev.hzone.zonefile.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.testing.Shared;
import dev.hzone.testing.Tools;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.IncludePolicy;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.UnsupportedTypePolicy;
import dev.hzone.zonefile.ZoneFileException;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import dev.hzone.zonefile.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse oracle (issue 2): for every corpus file BIND's {@code named-checkzone} accepts ({@code
 * ../shared/corpus/expectations.tsv}), {@code named-compilezone} loading hzone's {@code file
 * render} output gives exactly the records it gives for the original (types the API does not
 * support are skipped on both sides); every file BIND rejects, hzone rejects too ({@code file
 * check}: reader and lint), with a line number. Where hzone differs from BIND on purpose, the file
 * is in {@link #EXCLUDED} with the reason; an entry that stops differing fails the test, so the
 * list stays true.
 */
class ZoneFileOracleIT {
  /**
   * BIND loads only zones with an SOA and apex NS records (whose in-zone targets have addresses);
   * hzone does not ask for them: Hetzner creates and manages a zone's SOA and its nameservers, so
   * files kept for sync may leave them out.
   */
  private static final String SOA_NS =
      "BIND requires SOA and apex NS (with addresses); Hetzner manages them";

  /**
   * BIND drops records outside the zone with a warning; hzone refuses them, since an RRSet of a
   * Hetzner zone cannot hold them and dropping data silently hides mistakes ({@code out-of-zone}).
   */
  private static final String OUT_OF_ZONE =
      "hzone rejects out-of-zone owners that BIND drops with a warning";

  /**
   * hzone checks RDATA against the wire format's limit of 65535 bytes; BIND 9.18 refuses a little
   * less (its loader's buffer), so a TXT of 65512 or 65513 bytes passes hzone.
   */
  private static final String RDATA_SIZE =
      "BIND 9.18's loader limit is below the wire format's 65535 bytes";

  /** Files where hzone and BIND disagree for a principled reason, with that reason. */
  private static final Map<String, String> EXCLUDED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("zones/bind9/bin/tests/system/checkzone/zones/bad-nimloc.db", SOA_NS),
              Map.entry("zones/bind9/tests/dns/testdata/db/data.db", SOA_NS),
              Map.entry("zones/bind9/tests/dns/testdata/master/master10.data", SOA_NS),
              Map.entry("zones/bind9/tests/dns/testdata/master/master11.data", SOA_NS),
              Map.entry("zones/bind9/tests/dns/testdata/master/master17.data", SOA_NS),
              Map.entry("zones/bind9/tests/dns/testdata/master/master4.data", SOA_NS),
              Map.entry("zones/debian-dns-root-data/usr/share/dns/root.hints", SOA_NS),
              Map.entry("zones/knot/tests/knot/semantic_check_data/glue_apex_both.missing", SOA_NS),
              Map.entry("zones/knot/tests/knot/semantic_check_data/glue_apex_one.missing", SOA_NS),
              Map.entry("zones/knot/tests/knot/semantic_check_data/glue_in_apex.missing", SOA_NS),
              Map.entry("zones/knot/tests/knot/semantic_check_data/ns_apex.missing", SOA_NS),
              Map.entry(
                  "zones/ldns/test/10-ldns-compare-zones.tpkg/10-ldns-compare-zones.zone1", SOA_NS),
              Map.entry(
                  "zones/ldns/test/10-ldns-compare-zones.tpkg/10-ldns-compare-zones.zone2", SOA_NS),
              Map.entry(
                  "zones/ldns/test/27-tab-between-cstrings.tpkg/27-tab-between-cstrings.db",
                  SOA_NS),
              Map.entry("zones/nsd/tpkg/bug009_soa_alone.tdir/bug009_soa_alone.zone", SOA_NS),
              Map.entry("zones/nsd/tpkg/bug024_zonec_soa.tdir/bug024_zonec_soa.zone", SOA_NS),
              Map.entry("zones/nsd/tpkg/bug087_parse_at.tdir/bug087_parse_at.zone", SOA_NS),
              Map.entry(
                  "zones/nsd/tpkg/bug128_backslash_eos.tdir/bug128_backslash_eos.zone", SOA_NS),
              Map.entry("zones/nsd/tpkg/dot_padding.tdir/dot_padding.zone", SOA_NS),
              Map.entry("zones/nsd/tpkg/soa_short_info.tdir/soa_short_info.zone", SOA_NS),
              Map.entry("zones/nsd/tpkg/xfr_class.tdir/xfr_class.zone", SOA_NS),
              Map.entry("zones/bind9/bin/tests/system/glue/ns1/net.db", OUT_OF_ZONE),
              Map.entry("zones/knot/tests-extra/data/out-of-zone.zone", OUT_OF_ZONE),
              Map.entry("zones/ldns/test/25-ZONEMD.tpkg/A.2.Complex-EXAMPLE-Zone", OUT_OF_ZONE),
              Map.entry("zones/bind9/tests/dns/testdata/master/master15.data", RDATA_SIZE),
              Map.entry("zones/bind9/tests/dns/testdata/master/master16.data", RDATA_SIZE)));

  @TempDir Path tmp;

  @Test
  void corpusAgreesWithBind() throws Exception {
    Path corpus = Shared.file("corpus");
    BindOracle bind = new BindOracle(Tools.require("named-compilezone"));
    List<String> rows =
        Files.readAllLines(corpus.resolve("expectations.tsv"), StandardCharsets.UTF_8);
    Map<String, String> mismatches = new TreeMap<>();
    int okSame = 0;
    int errRejected = 0;
    int okTotal = 0;
    int errTotal = 0;
    Map<String, Integer> rejectedBy = new TreeMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split("\t", -1);
      String rel = c[0];
      String origin = c[1];
      Path file = corpus.resolve(rel);
      Path wd = workingDirectory(corpus, rel);
      String problem;
      if (c[2].equals("ok")) {
        okTotal++;
        problem = compareAccepted(bind, file, origin, wd);
        if (problem == null) {
          okSame++;
        }
      } else {
        errTotal++;
        problem = compareRejected(file, origin, wd, rejectedBy);
        if (problem == null) {
          errRejected++;
        }
      }
      if (problem != null) {
        mismatches.put(rel, problem);
      }
    }
    List<String> unexplained = new ArrayList<>();
    for (Map.Entry<String, String> m : mismatches.entrySet()) {
      if (!EXCLUDED.containsKey(m.getKey())) {
        unexplained.add(m.getKey() + ": " + m.getValue());
      }
    }
    List<String> stale = new ArrayList<>();
    for (String k : EXCLUDED.keySet()) {
      if (!mismatches.containsKey(k)) {
        stale.add(k);
      }
    }
    System.out.printf(
        "oracle: %d files BIND accepts: %d give the same records through hzone, %d excluded; "
            + "%d files BIND rejects: %d rejected by hzone with a line number, %d excluded%n",
        okTotal, okSame, okTotal - okSame, errTotal, errRejected, errTotal - errRejected);
    System.out.println(
        "oracle: hzone's first error on the files BIND rejects, by rule: " + rejectedBy);
    assertEquals(
        List.of(), unexplained, "files where hzone and BIND differ without a recorded reason");
    assertEquals(
        List.of(), stale, "excluded files that now agree with BIND: remove them from EXCLUDED");
  }

  /** Null when hzone renders the same records as BIND loads, else what differs. */
  private String compareAccepted(BindOracle bind, Path file, String origin, Path wd)
      throws Exception {
    ZoneFileReader reader =
        new ZoneFileReader(
            ReadOptions.defaults()
                .withOrigin(origin)
                .withUnsupportedTypes(UnsupportedTypePolicy.SKIP)
                .withIncludes(IncludePolicy.RELATIVE_TO_BASE_DIR)
                .withBaseDir(wd));
    ParsedZone parsed;
    try {
      parsed = reader.read(file);
    } catch (ZoneFileException e) {
      return "hzone rejects it: " + e.errors().get(0).format();
    }
    Path rendered = tmp.resolve("rendered.zone");
    Files.writeString(rendered, new ZoneFileWriter().render(parsed.zone()), StandardCharsets.UTF_8);
    BindOracle.Load original = bind.load(file, origin, wd);
    BindOracle.Load ours = bind.load(rendered, origin, tmp);
    if (!original.ok()) {
      return "named-compilezone rejects it here, unlike expectations.tsv: "
          + firstLine(original.stderr());
    }
    if (!ours.ok()) {
      return "named-compilezone rejects hzone's render: " + firstLine(ours.stderr());
    }
    if (original.records().equals(ours.records())) {
      return null;
    }
    Set<String> onlyBind = new TreeSet<>(original.records());
    onlyBind.removeAll(ours.records());
    Set<String> onlyHzone = new TreeSet<>(ours.records());
    onlyHzone.removeAll(original.records());
    return "records differ: only from the original "
        + first(onlyBind)
        + ", only from hzone's render "
        + first(onlyHzone);
  }

  /** Null when hzone rejects the file with a line number, else what it did. */
  private static String compareRejected(
      Path file, String origin, Path wd, Map<String, Integer> rejectedBy) {
    ZoneFileReader reader =
        new ZoneFileReader(
            ReadOptions.defaults()
                .withOrigin(origin)
                .withIncludes(IncludePolicy.RELATIVE_TO_BASE_DIR)
                .withBaseDir(wd));
    List<Finding> errors;
    try {
      ParsedZone parsed = reader.read(file);
      errors = Linter.withoutSuffixList().check(parsed).stream().filter(Finding::isError).toList();
    } catch (ZoneFileException e) {
      errors = e.errors();
    }
    if (errors.isEmpty()) {
      return "hzone accepts it";
    }
    if (errors.stream().noneMatch(f -> f.position().line() > 0)) {
      return "hzone rejects it without a line number: " + errors.get(0).format();
    }
    rejectedBy.merge(errors.get(0).ruleId(), 1, Integer::sum);
    return null;
  }

  /** The directory BIND ran in for this file (SOURCES.md, "WD"). */
  static Path workingDirectory(Path corpus, String rel) {
    String checkzone = "zones/bind9/bin/tests/system/checkzone/";
    String masterfile = "zones/bind9/bin/tests/system/masterfile/";
    String master = "zones/bind9/tests/dns/testdata/master/";
    String includeRel = "zones/nsd/tpkg/include_rel.tdir/";
    if (rel.startsWith(checkzone + "zones/")) {
      return corpus.resolve(checkzone);
    }
    if (rel.startsWith(masterfile + "zone/")) {
      return corpus.resolve(masterfile);
    }
    if (rel.startsWith(master)) {
      return corpus.resolve("zones/bind9/tests/dns");
    }
    if (rel.startsWith(includeRel)) {
      return corpus.resolve(includeRel);
    }
    return corpus.resolve(rel).getParent();
  }

  private static String first(Set<String> s) {
    return s.isEmpty() ? "(none)" : s.size() + " e.g. " + s.iterator().next();
  }

  private static String firstLine(String s) {
    for (String l : s.split("\n")) {
      if (!l.isBlank()) {
        return l.strip();
      }
    }
    return "";
  }

  /** The benchmark's generated zone, large enough that hzone reads it in parallel chunks. */
  @Test
  void generatedLargeZoneAgreesWithBind() throws Exception {
    BindOracle bind = new BindOracle(Tools.require("named-compilezone"));
    Path file = tmp.resolve("bench.example.zone");
    dev.hzone.bench.ZoneGenerator.write(file, 100_000, 11);
    assertTrue(Files.size(file) > 4 << 20, "big enough for the chunked read");
    String problem = compareAccepted(bind, file, "bench.example", tmp);
    assertTrue(problem == null, problem);
  }

  @Test
  void ownFixturesAgreeWithBind() throws Exception {
    BindOracle bind = new BindOracle(Tools.require("named-compilezone"));
    for (String f :
        List.of(
            "zones/example.com.zone",
            "zones/example.org.zone",
            "src/test/resources/zonefile/oracle-mixed.zone")) {
      Path file = Path.of(f).toAbsolutePath();
      ParsedZone parsed = new ZoneFileReader().read(file);
      String origin = parsed.zone().name();
      String problem = compareAccepted(bind, file, origin, file.getParent());
      assertTrue(problem == null, f + ": " + problem);
    }
  }
}
