package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.emulator.dnsapi.NameserverSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One test per entry of {@code src/main/java/dev/hzone/emulator/LEDGER.md}, the emulator's rules
 * that openapi.json does not state; each test is named after its entry. Actions run for an hour of
 * a clock moved by hand, so "while an action runs" is a fact, not a race.
 */
class LedgerTest {
  private static final Path LEDGER = Path.of("src/main/java/dev/hzone/emulator/LEDGER.md");
  private static final String Z = "/zones/example.com";
  private final TestEmulator t = TestEmulator.start(o -> o.withActionDuration(Duration.ofHours(1)));

  @AfterEach
  void stop() {
    t.close();
  }

  private JsonObject created(ApiTestClient.Response r) {
    assertEquals(201, r.status(), r.text());
    return r.json();
  }

  private void primary() {
    created(t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}"));
    t.clock.advance(Duration.ofHours(2));
  }

  private long action(String path, String body) {
    return created(t.api.post(path, body)).getAsJsonObject("action").get("id").getAsLong();
  }

  private static String records(String... values) {
    return "{\"records\":["
        + List.of(values).stream()
            .map(v -> "{\"value\":\"" + v + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  private JsonObject rrset(String id) {
    return t.api.get(Z + "/rrsets/" + id).json().getAsJsonObject("rrset");
  }

  private static List<String> values(JsonObject rrset) {
    List<String> out = new ArrayList<>();
    rrset
        .getAsJsonArray("records")
        .forEach(e -> out.add(e.getAsJsonObject().get("value").getAsString()));
    return out;
  }

  @Test
  void everyLedgerEntryHasItsTestAndEveryTestItsEntry() throws IOException {
    Set<String> entries = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| (L-[A-Z0-9-]+) \\|").matcher(Files.readString(LEDGER));
    while (m.find()) {
      entries.add(m.group(1));
    }
    Set<String> tested = new TreeSet<>();
    for (java.lang.reflect.Method method : LedgerTest.class.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class) && method.getName().startsWith("L_")) {
        String n = method.getName();
        for (String e : entries) {
          if (n.startsWith(e.replace('-', '_') + "_")) {
            tested.add(e);
          }
        }
      }
    }
    Set<String> coveredElsewhere = Set.of("L-SOA-EDIT");
    Set<String> missing = new TreeSet<>(entries);
    missing.removeAll(tested);
    missing.removeAll(coveredElsewhere);
    assertEquals(Set.of(), missing, "ledger entries without a test in LedgerTest");
    assertTrue(entries.size() >= 15, "the ledger lists its rules: " + entries);
  }

  @Test
  void L_ACTIONS_25_answersAtMost25Actions() {
    primary();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(
          action(
              Z + "/rrsets",
              "{\"name\":\"h"
                  + i
                  + "\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2."
                  + (i + 1)
                  + "\"}]}"));
    }
    String query = ids.stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
    JsonArray got = t.api.get("/actions?" + query).json().getAsJsonArray("actions");
    assertEquals(25, got.size());
    Set<Long> answered = new TreeSet<>();
    got.forEach(e -> answered.add(e.getAsJsonObject().get("id").getAsLong()));
    assertEquals(new TreeSet<>(ids.subList(0, 25)), answered, "the first 25 ids asked");
  }

  @Test
  void L_ACTIONS_UNKNOWN_leavesUnknownIdsOut() {
    primary();
    long id = action(Z + "/actions/change_ttl", "{\"ttl\":600}");
    ApiTestClient.Response r = t.api.get("/actions?id=" + id + "&id=987654321");
    assertEquals(200, r.status());
    JsonArray got = r.json().getAsJsonArray("actions");
    assertEquals(1, got.size());
    assertEquals(id, got.get(0).getAsJsonObject().get("id").getAsLong());
  }

  @Test
  void L_LOCK_zoneActionsRunSideBySide() {
    created(t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}"));
    // As terraform-provider-hcloud sends them: protection before create_zone finished, then TTL and
    // more.
    action(Z + "/actions/change_protection", "{\"delete\":true}");
    action(Z + "/actions/change_ttl", "{\"ttl\":600}");
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    action(Z + "/actions/change_protection", "{\"delete\":false}");
    created(t.api.delete(Z + "/rrsets/www/A"));
    JsonObject zone = t.api.get(Z).json().getAsJsonObject("zone");
    assertEquals(600, zone.get("ttl").getAsInt());
    assertEquals("updating", zone.get("status").getAsString(), "the actions still run");
    created(t.api.delete(Z));
  }

  @Test
  void L_LOCK_rrsetActionsOnOneRrsetRunSideBySide() {
    primary();
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    action(Z + "/rrsets/www/A/actions/change_protection", "{\"change\":false}");
    action(Z + "/rrsets/www/A/actions/change_ttl", "{\"ttl\":300}");
    action(Z + "/rrsets/www/A/actions/set_records", records("192.0.2.2"));
    JsonObject www = rrset("www/A");
    assertEquals(300, www.get("ttl").getAsInt());
    assertEquals(List.of("192.0.2.2"), values(www));
  }

  @Test
  void L_LOCK_SERVER_aRunningServerActionLocksTheServer() {
    JsonObject server =
        created(
                t.api.post(
                    "/servers",
                    "{\"name\":\"web\",\"server_type\":\"cpx22\"," + "\"image\":\"ubuntu-24.04\"}"))
            .getAsJsonObject("server");
    ApiTestClient.Response r =
        t.api.post("/servers/" + server.get("id").getAsLong() + "/actions/poweroff", null);
    assertEquals(423, r.status());
    assertEquals("locked", r.errorCode());
  }

  @Test
  void L_SECONDARY_TTL_secondaryZonesChangeTheirTtl() {
    created(
        t.api.post(
            "/zones",
            "{\"name\":\"example.com\",\"mode\":\"secondary\","
                + "\"primary_nameservers\":[{\"address\":\"198.51.100.7\"}]}"));
    action(Z + "/actions/change_ttl", "{\"ttl\":10800}");
    action(
        Z + "/actions/change_primary_nameservers",
        "{\"primary_nameservers\":[{\"address\":\"198.51.100.8\"}]}");
    assertEquals(10800, t.api.get(Z).json().getAsJsonObject("zone").get("ttl").getAsInt());
  }

  @Test
  void L_SECONDARY_MODE_recordEndpointsRefuseSecondaryZones() {
    created(
        t.api.post(
            "/zones",
            "{\"name\":\"example.com\",\"mode\":\"secondary\","
                + "\"primary_nameservers\":[{\"address\":\"198.51.100.7\"}]}"));
    for (ApiTestClient.Response r :
        List.of(
            t.api.get(Z + "/rrsets"),
            t.api.get(Z + "/zonefile"),
            t.api.post(Z + "/rrsets/www/A/actions/add_records", records("192.0.2.1")),
            t.api.post(Z + "/actions/import_zonefile", "{\"zonefile\":\"\"}"))) {
      assertEquals(422, r.status(), r.text());
      assertEquals("incorrect_zone_mode", r.errorCode());
    }
  }

  @Test
  void L_CREATE_ZONEFILE_addsSoaAndAssignedNameservers() {
    // The spec's own example: $ORIGIN, $TTL and one A record, no SOA, no NS.
    JsonObject zone =
        created(
                t.api.post(
                    "/zones",
                    "{\"name\":\"example.com\",\"mode\":\"primary\","
                        + "\"zonefile\":\"$ORIGIN\\texample.com.\\n$TTL\\t10800\\n\\n@\\tIN\\tA\\t198.51.100.1\\n\"}"))
            .getAsJsonObject("zone");
    assertEquals(10800, zone.get("ttl").getAsInt());
    assertEquals(
        List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de."),
        values(rrset("@/NS")));
    assertTrue(
        values(rrset("@/SOA")).get(0).startsWith("hydrogen.ns.hetzner.com. dns.hetzner.com. "));
    assertEquals(List.of("198.51.100.1"), values(rrset("@/A")));
    // An apex NS of the user's own keeps its names and gains the assigned ones.
    JsonObject other =
        created(
            t.api.post(
                "/zones",
                "{\"name\":\"example.org\",\"mode\":\"primary\","
                    + "\"zonefile\":\"@ IN NS ns1.example.net.\\n\"}"));
    assertEquals(
        4,
        other.getAsJsonObject("zone").get("record_count").getAsInt() - 1,
        "3 assigned + 1 own NS");
  }

  @Test
  void L_IMPORT_RULES_importNeedsSoaAndAssignedNameservers() {
    primary();
    ApiTestClient.Response noSoa =
        t.api.post(
            Z + "/actions/import_zonefile",
            "{\"zonefile\":\"@ IN NS hydrogen.ns.hetzner.com.\\n@ IN NS oxygen.ns.hetzner.com.\\n"
                + "@ IN NS helium.ns.hetzner.de.\\nwww IN A 192.0.2.1\\n\"}");
    assertEquals(422, noSoa.status());
    assertTrue(noSoa.text().contains("SOA"), noSoa.text());
    ApiTestClient.Response noNs =
        t.api.post(
            Z + "/actions/import_zonefile",
            "{\"zonefile\":\"@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\\n"
                + "www IN A 192.0.2.1\\n\"}");
    assertEquals(422, noNs.status());
    assertTrue(noNs.text().contains("hydrogen.ns.hetzner.com."), noNs.text());
  }

  @Test
  void L_ZONEFILE_NO_TTL_recordsWithoutTtlInherit() {
    created(
        t.api.post(
            "/zones",
            "{\"name\":\"example.com\",\"mode\":\"primary\",\"ttl\":900,"
                + "\"zonefile\":\"www IN A 192.0.2.1\\nmail 300 IN A 192.0.2.2\\n\"}"));
    assertEquals(900, t.api.get(Z).json().getAsJsonObject("zone").get("ttl").getAsInt());
    assertTrue(rrset("www/A").get("ttl").isJsonNull());
    assertEquals(300, rrset("mail/A").get("ttl").getAsInt());
  }

  @Test
  void L_IMPORT_ERRORS_badZoneFilesAre422WithTheLine() {
    primary();
    ApiTestClient.Response r =
        t.api.post(
            Z + "/actions/import_zonefile",
            "{\"zonefile\":\"@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\\n"
                + "www IN A not-an-address\\n\"}");
    assertEquals(422, r.status());
    assertEquals("invalid_input", r.errorCode());
    assertTrue(r.text().contains("line 2"), r.text());
  }

  @Test
  void L_APEX_NS_TTL_apexNsHasNoTtlOfItsOwn() {
    primary();
    assertTrue(rrset("@/NS").get("ttl").isJsonNull());
    assertTrue(rrset("@/SOA").get("ttl").isJsonNull());
    action(Z + "/rrsets/@/NS/actions/change_ttl", "{\"ttl\":300}");
    assertEquals(300, rrset("@/NS").get("ttl").getAsInt(), "the apex NS take a TTL of their own");
  }

  @Test
  void L_ZONE_FIELDS_registrarOtherAndADelegationCheck() {
    primary();
    JsonObject zone = t.api.get(Z).json().getAsJsonObject("zone");
    assertEquals("other", zone.get("registrar").getAsString());
    JsonObject ns = zone.getAsJsonObject("authoritative_nameservers");
    assertEquals(TestEmulator.START.toString(), ns.get("delegation_last_check").getAsString());
    assertEquals("unknown", ns.get("delegation_status").getAsString());
    assertEquals(3, ns.getAsJsonArray("assigned").size());
  }

  @Test
  void L_REGISTRABLE_zonesAreRegistrableDomainsOfTheWholePublicSuffixList() {
    // gov.br, *.kawasaki.jp and !city.kawasaki.jp are rules of the whole list, not of a sample.
    for (String name :
        List.of(
            "example.co.id",
            "example.ac.jp",
            "example.com",
            "example.co.uk",
            "example.gov.br",
            "shop.example.kawasaki.jp",
            "city.kawasaki.jp")) {
      created(t.api.post("/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}"));
    }
    for (String name :
        List.of(
            "www.example.com",
            "co.uk",
            "ac.jp",
            "www.example.co.id",
            "gov.br",
            "example.kawasaki.jp",
            "www.city.kawasaki.jp")) {
      ApiTestClient.Response r =
          t.api.post("/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}");
      assertEquals(422, r.status(), name);
      assertEquals("invalid_input", r.errorCode(), name);
    }
  }

  @Test
  void L_SERIAL_serialIsManaged() {
    primary();
    String before = values(rrset("@/SOA")).get(0);
    assertEquals("2026030100", before.split(" ")[2]);
    action(
        Z + "/rrsets/@/SOA/actions/set_records",
        records("hydrogen.ns.hetzner.com. dns.hetzner.com. 999 86400 10800 3600000 300"));
    String after = values(rrset("@/SOA")).get(0);
    assertEquals(
        "hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030101 86400 10800 3600000 300",
        after,
        "the minimum changed, the serial sent (999) was replaced by the next one");
  }

  @Test
  void L_ASSIGNED_NS_assignedNameserversStay() {
    primary();
    ApiTestClient.Response r =
        t.api.post(Z + "/rrsets/@/NS/actions/set_records", records("ns1.example.net."));
    assertEquals(422, r.status());
    assertEquals("invalid_input", r.errorCode());
  }

  @Test
  void L_PROTECTED_changeProtectedRrsetRefuses() {
    primary();
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    action(Z + "/rrsets/www/A/actions/change_protection", "{\"change\":true}");
    for (ApiTestClient.Response r :
        List.of(
            t.api.delete(Z + "/rrsets/www/A"),
            t.api.post(Z + "/rrsets/www/A/actions/set_records", records("192.0.2.2")))) {
      assertEquals(423, r.status());
      assertEquals("protected", r.errorCode());
    }
  }

  @Test
  void L_RRSET_EXISTS_createTwiceIs409() {
    primary();
    String body = "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}";
    action(Z + "/rrsets", body);
    ApiTestClient.Response r = t.api.post(Z + "/rrsets", body);
    assertEquals(409, r.status());
    assertEquals("uniqueness_error", r.errorCode());
  }

  @Test
  void L_CNAME_cnameStandsAlone() {
    primary();
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    for (String body :
        List.of(
            "{\"name\":\"www\",\"type\":\"CNAME\",\"records\":[{\"value\":\"x.example.net.\"}]}",
            "{\"name\":\"@\",\"type\":\"CNAME\",\"records\":[{\"value\":\"x.example.net.\"}]}",
            "{\"name\":\"sub\",\"type\":\"SOA\",\"records\":[{\"value\":\"a. b. 1 2 3 4 5\"}]}")) {
      ApiTestClient.Response r = t.api.post(Z + "/rrsets", body);
      assertEquals(422, r.status(), body);
      assertEquals("invalid_input", r.errorCode(), body);
    }
  }

  @Test
  void L_ZONE_STATUS_updatingWhileAnActionRuns() {
    primary();
    assertEquals("ok", t.api.get(Z).json().getAsJsonObject("zone").get("status").getAsString());
    action(Z + "/actions/change_ttl", "{\"ttl\":600}");
    assertEquals(
        "updating", t.api.get(Z).json().getAsJsonObject("zone").get("status").getAsString());
    t.clock.advance(Duration.ofHours(2));
    assertEquals("ok", t.api.get(Z).json().getAsJsonObject("zone").get("status").getAsString());
  }

  @Test
  void L_ACTION_HISTORY_recentActionsStayReadable() {
    primary();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 210; i++) {
      ids.add(action(Z + "/actions/change_ttl", "{\"ttl\":" + (600 + i) + "}"));
    }
    t.clock.advance(Duration.ofMinutes(61));
    action(Z + "/actions/change_ttl", "{\"ttl\":60}");
    assertEquals(
        200, t.api.get("/actions/" + ids.get(0)).status(), "finished a minute ago: still there");
    t.clock.advance(Duration.ofMinutes(30));
    action(Z + "/actions/change_ttl", "{\"ttl\":61}");
    assertEquals(
        404,
        t.api.get("/actions/" + ids.get(0)).status(),
        "over 200 and finished long ago: forgotten");
  }

  @Test
  void L_ASSIGNED_AFTER_CREATE_assignedNameserversAppearWhenTheCreationHasFinished() {
    JsonObject answer =
        created(t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}"));
    assertEquals(
        0,
        answer
            .getAsJsonObject("zone")
            .getAsJsonObject("authoritative_nameservers")
            .getAsJsonArray("assigned")
            .size(),
        "the answer to POST /zones lists none");
    assertEquals(0, assigned().size(), "nor does the zone while create_zone runs");
    t.clock.advance(Duration.ofHours(2));
    assertEquals(
        List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com.", "helium.ns.hetzner.de."),
        assigned());
  }

  private List<String> assigned() {
    List<String> out = new ArrayList<>();
    t.api
        .get(Z)
        .json()
        .getAsJsonObject("zone")
        .getAsJsonObject("authoritative_nameservers")
        .getAsJsonArray("assigned")
        .forEach(e -> out.add(e.getAsString()));
    return out;
  }

  @Test
  void L_ASSIGNED_PER_ZONE_eachZoneHasItsOwnNameserversInItsApexNsAndSoa() {
    List<String> a = List.of("ns1.a.example.", "ns2.a.example.");
    List<String> b = List.of("ns1.b.example.", "ns2.b.example.", "ns3.b.example.");
    NameserverSets sets = new NameserverSets(List.of(a, b));
    try (TestEmulator e = TestEmulator.start(o -> o, sets)) {
      Set<List<String>> seen = new java.util.HashSet<>();
      for (int i = 0; i < 12; i++) {
        String name = "zone" + i + ".com";
        assertEquals(
            201, e.api.post("/zones", "{\"name\":\"" + name + "\",\"mode\":\"primary\"}").status());
        JsonObject zone = e.api.get("/zones/" + name).json().getAsJsonObject("zone");
        List<String> assigned = new ArrayList<>();
        zone.getAsJsonObject("authoritative_nameservers")
            .getAsJsonArray("assigned")
            .forEach(x -> assigned.add(x.getAsString()));
        assertEquals(sets.forZone(name), assigned, name);
        seen.add(assigned);
        JsonObject ns =
            e.api.get("/zones/" + name + "/rrsets/@/NS").json().getAsJsonObject("rrset");
        assertEquals(assigned, values(ns), name + ": the apex NS are the zone's own");
        JsonObject soa =
            e.api.get("/zones/" + name + "/rrsets/@/SOA").json().getAsJsonObject("rrset");
        assertTrue(values(soa).get(0).startsWith(assigned.get(0) + " "), values(soa).toString());
      }
      assertEquals(Set.of(a, b), seen, "both sets are handed out");
      String other = sets.forZone("zone0.com").equals(a) ? "ns1.b.example." : "ns1.a.example.";
      ApiTestClient.Response refused =
          e.api.post("/zones/zone0.com/rrsets/@/NS/actions/set_records", records(other));
      assertEquals(422, refused.status(), "another zone's nameservers do not replace its own");
    }
  }

  @Test
  void L_DEFAULT_SOA_aNewZoneHasHetznersSoa() {
    primary();
    assertEquals(
        List.of("hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030100 86400 10800 3600000 3600"),
        values(rrset("@/SOA")));
  }

  @Test
  void L_RECORD_COUNT_countsEveryRecordWithTheSoaAndApexNs() {
    primary();
    assertEquals(4, recordCount(), "SOA and three NS");
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    action(
        Z + "/rrsets", "{\"name\":\"foo\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.2\"}]}");
    assertEquals(6, recordCount());
    action(Z + "/rrsets/foo/A/actions/add_records", records("192.0.2.3"));
    assertEquals(7, recordCount(), "records, not RRSets");
  }

  private int recordCount() {
    return t.api.get(Z).json().getAsJsonObject("zone").get("record_count").getAsInt();
  }

  @Test
  void L_UNKNOWN_TYPE_aSeededRrsetOfAnUnknownTypeIsListedExportedAndKept(
      @org.junit.jupiter.api.io.TempDir Path state) {
    try (TestEmulator e = TestEmulator.start(o -> o.withStateDir(state))) {
      created(e.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}"));
    }
    StateSeeds.addRrset(state, "example.com", "www", "TYPE65000", 600, "\\# 3 abcdef");
    try (TestEmulator e = TestEmulator.start(o -> o.withStateDir(state))) {
      JsonArray listed = e.api.getBeyondSpec(Z + "/rrsets").json().getAsJsonArray("rrsets");
      JsonObject seeded = null;
      for (var el : listed) {
        if (el.getAsJsonObject().get("id").getAsString().equals("www/TYPE65000")) {
          seeded = el.getAsJsonObject();
        }
      }
      assertTrue(seeded != null, listed.toString());
      assertEquals(List.of("\\# 3 abcdef"), values(seeded));
      assertEquals(600, seeded.get("ttl").getAsInt());
      String export = e.api.getBeyondSpec(Z + "/zonefile").json().get("zonefile").getAsString();
      assertTrue(export.contains("\nwww\t600\tIN\tTYPE65000\t\\# 3 abcdef\n"), export);
      ApiTestClient.Response refused =
          e.api.post(
              Z + "/rrsets",
              "{\"name\":\"new\",\"type\":\"TYPE65000\",\"records\":[{\"value\":\"\\\\# 0\"}]}");
      assertEquals(422, refused.status(), "the API creates only the types its spec allows");
      created(
          e.api.post(
              Z + "/rrsets",
              "{\"name\":\"api\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.9\"}]}"));
    }
    try (TestEmulator e = TestEmulator.start(o -> o.withStateDir(state))) {
      String ids = e.api.getBeyondSpec(Z + "/rrsets").json().getAsJsonArray("rrsets").toString();
      assertTrue(ids.contains("www/TYPE65000"), "kept through a write of the zone: " + ids);
    }
  }

  @Test
  void L_PROTECTION_SCOPE_protectionGuardsDeletionAndRecordsNotTheRest() {
    primary();
    action(Z + "/actions/change_protection", "{\"delete\":true}");
    action(Z + "/actions/change_ttl", "{\"ttl\":600}");
    action(
        Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    ApiTestClient.Response deleteZone = t.api.delete(Z);
    assertEquals(423, deleteZone.status(), deleteZone.text());
    assertEquals("protected", deleteZone.errorCode());
    action(Z + "/rrsets/www/A/actions/change_protection", "{\"change\":true}");
    ApiTestClient.Response labels =
        t.api.put(Z + "/rrsets/www/A", "{\"labels\":{\"foo\":\"bar\"}}");
    assertEquals(200, labels.status(), labels.text());
    assertEquals("bar", rrset("www/A").getAsJsonObject("labels").get("foo").getAsString());
    for (ApiTestClient.Response r :
        List.of(
            t.api.post(Z + "/rrsets/www/A/actions/change_ttl", "{\"ttl\":1337}"),
            t.api.post(Z + "/rrsets/www/A/actions/add_records", records("192.0.2.2")))) {
      assertEquals(423, r.status(), r.text());
      assertEquals("protected", r.errorCode());
    }
  }

  @Test
  void L_VALUES_whatDnsControlsLiveSuiteSendsIsTaken() {
    primary();
    String j = "J".repeat(255);
    String[][] cases = {
      {"foo0", "TXT", "\\\"\\\""},
      {"foo766", "TXT", "\\\"" + j + "\\\" \\\"" + j + "\\\" \\\"" + j + "\\\" \\\"J\\\""},
      {"foobs", "TXT", "\\\"3back\\\\\\\\\\\\slash\\\""},
      {"foodq", "TXT", "\\\"in\\\\\\\"side\\\""},
      {"foows", "TXT", "\\\"trailingws \\\""},
      {
        "@",
        "CAA",
        "0 issue \\\"letsencrypt.org; validationmethods=dns-01;"
            + " accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234\\\""
      },
      {"caa2", "CAA", "128 issuewild \\\";\\\""},
      {"nmx", "MX", "0 ."},
      {"@", "MX", "0 ."},
      {"_sip._tcp", "SRV", "15 65 75 ."},
      {"@", "DS", "1 13 1 da39a3ee5e6b4b0d3255bfef95601890afd80709"},
      {"@", "HTTPS", "2 . port=99"},
      {"h2", "HTTPS", "2 ."},
      {"ech", "HTTPS", "1 example.com. alpn=h2,h3 ech=some+base64+encoded+value///"},
      {"s1", "SVCB", "2 ."},
      {"foo", "CNAME", "example.com."},
      {"mxa", "MX", "8 example.com."},
      {"nsa", "NS", "example.com."},
      {"xn--fiq228c", "A", "1.2.3.4"},
      {"a", "CNAME", "xn--nda2aa.com."},
    };
    for (String[] c : cases) {
      String body =
          "{\"name\":\""
              + c[0]
              + "\",\"type\":\""
              + c[1]
              + "\",\"ttl\":333,\"records\":[{\"value\":\""
              + c[2]
              + "\"}]}";
      ApiTestClient.Response r = t.api.post(Z + "/rrsets", body);
      assertEquals(201, r.status(), c[0] + " " + c[1] + ": " + r.text());
    }
  }

  @Test
  void L_RRSET_LIST_theListHoldsTheApexSoaAndNsAndPagesBy100() {
    primary();
    for (int i = 0; i < 101; i++) {
      action(
          Z + "/rrsets",
          "{\"name\":\"p" + i + "\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
    }
    JsonObject first = t.api.get(Z + "/rrsets?per_page=100").json();
    assertEquals(100, first.getAsJsonArray("rrsets").size());
    JsonObject pagination = first.getAsJsonObject("meta").getAsJsonObject("pagination");
    assertEquals(103, pagination.get("total_entries").getAsInt(), "101 A, the SOA and the apex NS");
    assertEquals(2, pagination.get("next_page").getAsInt());
    Set<String> ids = new TreeSet<>();
    for (int page = 1; page <= 2; page++) {
      t.api
          .get(Z + "/rrsets?per_page=100&page=" + page)
          .json()
          .getAsJsonArray("rrsets")
          .forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
    }
    assertTrue(ids.contains("@/SOA") && ids.contains("@/NS"), ids.toString());
    assertEquals(103, ids.size());
  }
}
