package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.api.HcloudClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hcloud CLI's zone command forms (hetznercloud/cli {@code internal/cmd/zone} and {@code
 * zone/rrset}), each run against the emulator with the hcloud CLI's flags, checking its sentence
 * and what changed.
 */
class HcloudZoneFormsTest {
  @TempDir static Path dir;
  static EmulatorFixture emu;

  /** A TSIG secret that must never be printed. */
  static final String SECRET = "aGNsb3VkLWZvcm1zLXRzaWcta2V5LTAxMjM0NTY3ODk=";

  @BeforeAll
  static void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static JsonObject zone(String name) {
    return JsonParser.parseString(emu.ok("zone", "describe", name, "-o", "json").out())
        .getAsJsonObject();
  }

  private static JsonObject rrset(String zone, String name, String type) {
    return JsonParser.parseString(
            emu.ok("record", "describe", zone, name, type, "-o", "json").out())
        .getAsJsonObject();
  }

  private static String values(JsonObject rrset) {
    StringBuilder sb = new StringBuilder();
    for (var r : rrset.getAsJsonArray("records")) {
      sb.append(sb.length() == 0 ? "" : ",").append(r.getAsJsonObject().get("value").getAsString());
    }
    return sb.toString();
  }

  @Test
  void zoneCreateWithNameZonefileTtlLabelAndProtection() throws Exception {
    Files.writeString(
        dir.resolve("create.zone"),
        "$TTL 600\nwww 300 IN A 203.0.113.7 ; web-1\n@ IN MX 10 mail\n");
    CliRun r =
        emu.ok(
            "zone",
            "create",
            "--name",
            "hc-create.com",
            "--zonefile",
            "create.zone",
            "--ttl",
            "600",
            "--label",
            "env=prod",
            "--enable-protection",
            "delete");
    assertTrue(r.out().contains("Zone hc-create.com created"), r.out());
    assertTrue(r.out().contains("Resource protection enabled for Zone hc-create.com"), r.out());
    JsonObject z = zone("hc-create.com");
    assertTrue(z.getAsJsonObject("protection").get("delete").getAsBoolean());
    assertEquals("prod", z.getAsJsonObject("labels").get("env").getAsString());
    assertEquals("203.0.113.7", values(rrset("hc-create.com", "www", "A")));
    assertEquals("10 mail.hc-create.com.", values(rrset("hc-create.com", "@", "MX")));
    // Protected: the hcloud CLI's delete form is refused, then works once protection is off.
    assertEquals(1, emu.hzone("zone", "delete", "hc-create.com").code());
    emu.ok("zone", "disable-protection", "hc-create.com", "delete");
    emu.ok("zone", "create", "--name", "hc-create2.com");
    CliRun del = emu.ok("zone", "delete", "hc-create.com", "hc-create2.com");
    assertEquals("Zone hc-create.com deleted\nZone hc-create2.com deleted\n", del.out());
  }

  @Test
  void zoneCreateRefusesBadFormsBeforeSendingAnything() {
    CliRun both = emu.hzone("zone", "create", "hc-both.com", "--name", "hc-both.com");
    assertEquals(64, both.code(), both.transcript());
    CliRun level =
        emu.hzone("zone", "create", "--name", "hc-level.com", "--enable-protection", "rebuild");
    assertEquals(64, level.code(), level.transcript());
    assertTrue(level.err().contains("'rebuild'"), level.err());
    assertFalse(
        emu.ok("zone", "list", "-o", "noheader", "-o", "columns=name")
            .out()
            .contains("hc-level.com"));
  }

  @Test
  void secondaryZoneFromPrimaryNameserversFileAndChangePrimaryNameservers() throws Exception {
    Files.writeString(
        dir.resolve("primaries.json"),
        "[{\"address\": \"198.51.100.7\", \"port\": 53, "
            + "\"tsig_algorithm\": \"hmac-sha256\", \"tsig_key\": \""
            + SECRET
            + "\"}]");
    CliRun c =
        emu.ok(
            "zone",
            "create",
            "--name",
            "hc-secondary.com",
            "--mode",
            "secondary",
            "--primary-nameservers-file",
            "primaries.json");
    assertTrue(c.out().contains("Zone hc-secondary.com created"), c.out());
    JsonArray p = zone("hc-secondary.com").getAsJsonArray("primary_nameservers");
    assertEquals(1, p.size());
    assertEquals("198.51.100.7", p.get(0).getAsJsonObject().get("address").getAsString());

    Files.writeString(
        dir.resolve("primaries2.json"),
        "[{\"address\": \"198.51.100.8\", \"port\": 5353}, " + "{\"address\": \"2001:db8::7\"}]");
    CliRun ch =
        emu.ok(
            "zone",
            "change-primary-nameservers",
            "--primary-nameservers-file",
            "primaries2.json",
            "hc-secondary.com");
    assertEquals("Primary nameservers for Zone hc-secondary.com updated\n", ch.out());
    p = zone("hc-secondary.com").getAsJsonArray("primary_nameservers");
    assertEquals(2, p.size());
    assertEquals(5353, p.get(0).getAsJsonObject().get("port").getAsInt());
    assertFalse(c.transcript().contains(SECRET) || ch.transcript().contains(SECRET));

    Files.writeString(dir.resolve("bad.json"), "[{\"address\": \"ns1.example.net\"}]");
    CliRun bad =
        emu.hzone(
            "zone",
            "change-primary-nameservers",
            "--primary-nameservers-file",
            "bad.json",
            "hc-secondary.com");
    assertEquals(65, bad.code(), bad.transcript());
    assertTrue(bad.err().contains("bad.json: [0].address"), bad.err());
  }

  @Test
  void listDescribeExportImportChangeTtlLabelsAndProtection() throws Exception {
    emu.ok("zone", "create", "--name", "hc-zone.com");
    assertTrue(
        emu.ok("zone", "list", "-o", "columns=name", "-o", "noheader")
            .out()
            .contains("hc-zone.com"));
    assertEquals("hc-zone.com", zone("hc-zone.com").get("name").getAsString());

    // export-zonefile prints the API's own text, verbatim; -o json wraps it as {"zonefile": ...}.
    String export = emu.ok("zone", "export-zonefile", "hc-zone.com").out();
    try (HcloudClient client =
        HcloudClient.builder()
            .endpoint(emu.emulator.apiEndpoint().toString())
            .token(emu.emulator.token())
            .build()) {
      assertEquals(
          withoutStamp(client.zones().exportZonefile("hc-zone.com")), withoutStamp(export));
    }
    JsonObject wrapped =
        JsonParser.parseString(emu.ok("zone", "export-zonefile", "hc-zone.com", "-o", "json").out())
            .getAsJsonObject();
    assertEquals(withoutStamp(export), withoutStamp(wrapped.get("zonefile").getAsString()));

    // import-zonefile: no question asked (empty stdin), the records replaced.
    Files.writeString(
        dir.resolve("import.zone"), "$ORIGIN hc-zone.com.\n$TTL 3600\nshop 600 IN A 192.0.2.2\n");
    CliRun imp = emu.ok("zone", "import-zonefile", "--zonefile", "import.zone", "hc-zone.com");
    assertEquals("Zone file for Zone hc-zone.com imported\n", imp.out());
    assertEquals("192.0.2.2", values(rrset("hc-zone.com", "shop", "A")));

    assertEquals(
        "Changed default TTL on Zone hc-zone.com\n",
        emu.ok("zone", "change-ttl", "--ttl", "7200", "hc-zone.com").out());
    assertEquals(7200, zone("hc-zone.com").get("ttl").getAsInt());
    assertEquals(64, emu.hzone("zone", "change-ttl", "hc-zone.com").code(), "--ttl is required");

    emu.ok("zone", "add-label", "hc-zone.com", "team=dns");
    assertEquals("dns", zone("hc-zone.com").getAsJsonObject("labels").get("team").getAsString());
    emu.ok("zone", "remove-label", "hc-zone.com", "team");
    assertFalse(zone("hc-zone.com").getAsJsonObject("labels").has("team"));

    emu.ok("zone", "enable-protection", "hc-zone.com", "delete");
    assertTrue(zone("hc-zone.com").getAsJsonObject("protection").get("delete").getAsBoolean());
    emu.ok("zone", "disable-protection", "hc-zone.com", "delete");
    assertFalse(zone("hc-zone.com").getAsJsonObject("protection").get("delete").getAsBoolean());
  }

  @Test
  void rrsetCreateListDescribeAndDelete() {
    emu.ok("zone", "create", "--name", "hc-rrset.com");
    CliRun c =
        emu.ok(
            "zone",
            "rrset",
            "create",
            "--name",
            "www",
            "--type",
            "A",
            "--record",
            "203.0.113.7",
            "--record",
            "203.0.113.8",
            "--ttl",
            "300",
            "--label",
            "env=prod",
            "hc-rrset.com");
    assertEquals("Zone RRSet www A created\n", c.out());
    JsonObject www = rrset("hc-rrset.com", "www", "A");
    assertEquals("203.0.113.7,203.0.113.8", values(www));
    assertEquals(300, www.get("ttl").getAsInt());
    assertEquals("prod", www.getAsJsonObject("labels").get("env").getAsString());
    CliRun again =
        emu.hzone(
            "zone",
            "rrset",
            "create",
            "--name",
            "www",
            "--type",
            "A",
            "--record",
            "192.0.2.1",
            "hc-rrset.com");
    assertEquals(1, again.code(), again.transcript());
    assertTrue(again.err().contains("already exists"), again.err());

    String list =
        emu.ok(
                "zone",
                "rrset",
                "list",
                "hc-rrset.com",
                "--type",
                "A",
                "-o",
                "columns=name,type",
                "-o",
                "noheader")
            .out();
    assertEquals("www    A\n", list.replaceAll(" +", "    ").replaceAll("\\s+\n", "\n"));
    JsonObject d =
        JsonParser.parseString(
                emu.ok("zone", "rrset", "describe", "hc-rrset.com", "www", "A", "-o", "json").out())
            .getAsJsonObject();
    assertEquals("www", d.get("name").getAsString());
    // The hcloud CLI's aliases of rrset.
    assertTrue(
        emu.ok("zone", "record", "describe", "hc-rrset.com", "www", "A")
            .out()
            .contains("203.0.113.8"));
    assertTrue(emu.ok("zone", "records", "list", "hc-rrset.com").out().contains("www"));

    assertEquals(
        "Zone RRSet www A deleted\n",
        emu.ok("zone", "rrset", "delete", "hc-rrset.com", "www", "A").out());
    assertEquals(1, emu.hzone("record", "describe", "hc-rrset.com", "www", "A").code());
  }

  @Test
  void rrsetAddRemoveSetRecordsWithRecordAndRecordsFile() throws Exception {
    emu.ok("zone", "create", "--name", "hc-records.com");
    assertEquals(
        "Added records on Zone RRSet www A\n",
        emu.ok(
                "zone",
                "rrset",
                "add-records",
                "--record",
                "203.0.113.7",
                "--ttl",
                "300",
                "hc-records.com",
                "www",
                "A")
            .out());
    Files.writeString(
        dir.resolve("records.json"),
        "[{\"value\": \"203.0.113.8\", \"comment\": \"web-2\"}, "
            + "{\"value\": \"203.0.113.9\", \"comment\": \"web-3\"}]");
    emu.ok(
        "zone",
        "rrset",
        "add-records",
        "--records-file",
        "records.json",
        "hc-records.com",
        "www",
        "A");
    JsonObject www = rrset("hc-records.com", "www", "A");
    assertEquals("203.0.113.7,203.0.113.8,203.0.113.9", values(www));
    assertEquals(
        "web-3",
        www.getAsJsonArray("records").get(2).getAsJsonObject().get("comment").getAsString());

    assertEquals(
        "Removed records from Zone RRSet www A\n",
        emu.ok(
                "zone",
                "rrset",
                "remove-records",
                "--record",
                "203.0.113.8",
                "hc-records.com",
                "www",
                "A")
            .out());
    assertEquals("203.0.113.7,203.0.113.9", values(rrset("hc-records.com", "www", "A")));

    assertEquals(
        "Set records on Zone RRSet www A\n",
        emu.ok(
                "zone",
                "rrset",
                "set-records",
                "--record",
                "198.51.100.1",
                "hc-records.com",
                "www",
                "A")
            .out());
    assertEquals("198.51.100.1", values(rrset("hc-records.com", "www", "A")));
    emu.ok("zone", "rrset", "set-records", "--record", "v=spf1 -all", "hc-records.com", "@", "TXT");
    assertEquals(
        "\"v=spf1 -all\"",
        values(rrset("hc-records.com", "@", "TXT")),
        "unquoted TXT is quoted for you");

    CliRun both =
        emu.hzone(
            "zone",
            "rrset",
            "add-records",
            "--record",
            "192.0.2.1",
            "--records-file",
            "records.json",
            "hc-records.com",
            "www",
            "A");
    assertEquals(64, both.code(), both.transcript());
    Files.writeString(dir.resolve("bad-records.json"), "[{\"comment\": \"no value\"}]");
    CliRun bad =
        emu.hzone(
            "zone",
            "rrset",
            "add-records",
            "--records-file",
            "bad-records.json",
            "hc-records.com",
            "www",
            "A");
    assertEquals(65, bad.code(), bad.transcript());
    assertTrue(bad.err().contains("bad-records.json: [0]"), bad.err());
  }

  @Test
  void rrsetChangeTtlProtectionAndLabels() {
    emu.ok("zone", "create", "--name", "hc-rrttl.com");
    emu.ok(
        "zone",
        "rrset",
        "create",
        "--name",
        "api",
        "--type",
        "A",
        "--record",
        "192.0.2.10",
        "hc-rrttl.com");
    assertEquals(
        "Changed TTL on Zone RRSet api A\n",
        emu.ok("zone", "rrset", "change-ttl", "--ttl", "900", "hc-rrttl.com", "api", "A").out());
    assertEquals(900, rrset("hc-rrttl.com", "api", "A").get("ttl").getAsInt());
    emu.ok("zone", "rrset", "change-ttl", "--unset", "hc-rrttl.com", "api", "A");
    assertTrue(rrset("hc-rrttl.com", "api", "A").get("ttl").isJsonNull());
    assertEquals(64, emu.hzone("zone", "rrset", "change-ttl", "hc-rrttl.com", "api", "A").code());

    assertEquals(
        "Resource protection enabled for Zone RRSet api A\n",
        emu.ok("zone", "rrset", "enable-protection", "hc-rrttl.com", "api", "A", "change").out());
    assertTrue(
        rrset("hc-rrttl.com", "api", "A")
            .getAsJsonObject("protection")
            .get("change")
            .getAsBoolean());
    assertEquals(
        1, emu.hzone("zone", "rrset", "delete", "hc-rrttl.com", "api", "A").code(), "protected");
    emu.ok("zone", "rrset", "disable-protection", "hc-rrttl.com", "api", "A", "change");
    assertFalse(
        rrset("hc-rrttl.com", "api", "A")
            .getAsJsonObject("protection")
            .get("change")
            .getAsBoolean());

    assertEquals(
        "Label(s) env added to Zone RRSet api A\n",
        emu.ok("zone", "rrset", "add-label", "hc-rrttl.com", "api", "A", "env=prod").out());
    assertEquals(
        "prod",
        rrset("hc-rrttl.com", "api", "A").getAsJsonObject("labels").get("env").getAsString());
    assertEquals(
        "Label(s) env removed from Zone RRSet api A\n",
        emu.ok("zone", "rrset", "remove-label", "hc-rrttl.com", "api", "A", "env").out());
    assertFalse(rrset("hc-rrttl.com", "api", "A").getAsJsonObject("labels").has("env"));
  }

  @Test
  void helpShowsTheHcloudForms() {
    String zoneHelp = emu.ok("zone", "--help").out();
    for (String verb :
        new String[] {
          "export-zonefile", "import-zonefile", "change-ttl", "change-primary-nameservers", "rrset"
        }) {
      assertTrue(zoneHelp.contains(verb), verb + " in:\n" + zoneHelp);
    }
    assertTrue(emu.ok("zone", "create", "--help").out().contains("--primary-nameservers-file"));
    String rrsetHelp = emu.ok("zone", "rrset", "--help").out();
    for (String verb :
        new String[] {
          "create",
          "list",
          "describe",
          "delete",
          "add-records",
          "remove-records",
          "set-records",
          "change-ttl",
          "enable-protection",
          "disable-protection",
          "add-label",
          "remove-label"
        }) {
      assertTrue(rrsetHelp.contains(verb), verb + " in:\n" + rrsetHelp);
    }
  }

  /**
   * The export's first line says when it was made; two exports a second apart differ only there.
   */
  private static String withoutStamp(String export) {
    return export.replaceFirst("^;; Exported on [^\n]*\n", "");
  }
}
