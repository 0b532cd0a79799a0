package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.cli.framework.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hzone record ...} against the emulator. */
class RecordCommandTest {
  @TempDir static Path dir;
  static EmulatorFixture emu;

  @BeforeAll
  static void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static String records(String zone, String name, String type) {
    return emu.ok(
            "record",
            "list",
            zone,
            "--name",
            name,
            "--type",
            type,
            "-o",
            "noheader",
            "-o",
            "columns=ttl,records")
        .out();
  }

  @Test
  void addSetRemoveAndDelete() {
    emu.ok("zone", "create", "rec.com");
    assertEquals(
        "Added 2 record(s) to www A in zone rec.com\n",
        emu.ok("record", "add", "rec.com", "www", "A", "203.0.113.7", "203.0.113.8", "--ttl", "300")
            .out());
    assertEquals("300   203.0.113.7\n      203.0.113.8\n", records("rec.com", "www", "A"));
    CliRun again = emu.ok("record", "add", "rec.com", "www.rec.com.", "A", "203.0.113.7");
    assertTrue(again.err().contains("already in www; left as is"), again.err());

    emu.ok("record", "set", "rec.com", "www", "A", "203.0.113.9");
    assertEquals("300   203.0.113.9\n", records("rec.com", "www", "A"));
    emu.ok("record", "set-ttl", "rec.com", "www", "A", "default");
    assertEquals("-   203.0.113.9\n", records("rec.com", "www", "A"));

    emu.ok("record", "add", "rec.com", "@", "MX", "10 mail", "20 mx.example.net.");
    assertEquals("-   10 mail.rec.com.\n    20 mx.example.net.\n", records("rec.com", "@", "MX"));
    emu.ok("record", "remove", "rec.com", "@", "MX", "10 MAIL.rec.com.");
    assertEquals("-   20 mx.example.net.\n", records("rec.com", "@", "MX"));
    CliRun notThere = emu.hzone("record", "remove", "rec.com", "@", "MX", "30 nope");
    assertEquals(ExitCodes.FAILED, notThere.code());
    assertTrue(
        notThere.err().contains("has no record '30 nope.rec.com.' (it has: 20 mx.example.net.)"),
        notThere.err());

    emu.ok("record", "delete", "rec.com", "www", "A");
    CliRun gone = emu.hzone("record", "delete", "rec.com", "www", "A");
    assertEquals(ExitCodes.FAILED, gone.code());
    assertTrue(gone.err().contains("zone rec.com has no A records at www"), gone.err());
  }

  @Test
  void txtCommentsAndJson() {
    emu.ok("zone", "create", "txt.com");
    emu.ok(
        "record",
        "add",
        "txt.com",
        "@",
        "TXT",
        "v=spf1 include:_spf.example.net ~all",
        "--comment",
        "spf");
    emu.ok("record", "add", "txt.com", "_dmarc", "TXT", "\"v=DMARC1; p=none\"");
    emu.ok("record", "set-comment", "txt.com", "_dmarc", "TXT", "\"v=DMARC1; p=none\"", "policy");
    JsonArray json =
        JsonParser.parseString(
                emu.ok("record", "list", "txt.com", "--type", "TXT", "-o", "json").out())
            .getAsJsonArray();
    assertEquals(2, json.size());
    JsonObject apex = json.get(0).getAsJsonObject();
    assertEquals("@/TXT", apex.get("id").getAsString());
    assertEquals(
        "\"v=spf1 include:_spf.example.net ~all\"",
        apex.getAsJsonArray("records").get(0).getAsJsonObject().get("value").getAsString());
    assertEquals(
        "spf",
        apex.getAsJsonArray("records").get(0).getAsJsonObject().get("comment").getAsString());
    assertTrue(apex.get("ttl").isJsonNull());
    assertTrue(apex.has("zone") && apex.has("protection") && apex.has("labels"));
    assertEquals(
        "policy",
        json.get(1)
            .getAsJsonObject()
            .getAsJsonArray("records")
            .get(0)
            .getAsJsonObject()
            .get("comment")
            .getAsString());
    String describe = emu.ok("record", "describe", "txt.com", "_dmarc", "TXT").out();
    assertTrue(describe.contains("- \"v=DMARC1; p=none\"    ; policy"), describe);
  }

  @Test
  void invalidValuesAreShownAsTyped() {
    emu.ok("zone", "create", "bad.com");
    CliRun parse =
        emu.hzone("record", "add", "bad.com", "www", "AAAA", "2001:db8::1", "2001:db8:::2");
    assertEquals(ExitCodes.DATA, parse.code(), parse.transcript());
    assertTrue(parse.err().contains("invalid AAAA value '2001:db8:::2'"), parse.err());

    emu.ok("record", "add", "bad.com", "www", "A", "192.0.2.1");
    CliRun api = emu.hzone("record", "add", "bad.com", "www", "CNAME", "web.example.net.");
    assertEquals(ExitCodes.DATA, api.code(), api.transcript());
    assertTrue(api.err().contains("the API refused www CNAME 'web.example.net.': "), api.err());
    assertTrue(api.err().contains("cannot coexist"), api.err());
  }

  @Test
  void unknownTypeAndZoneGetSuggestions() {
    emu.ok("zone", "create", "typo.com");
    CliRun type = emu.hzone("record", "add", "typo.com", "www", "AAA", "2001:db8::1");
    assertEquals(ExitCodes.USAGE, type.code());
    assertTrue(type.err().contains("did you mean 'AAAA'?"), type.err());
    CliRun zone = emu.hzone("record", "list", "typo.co");
    assertEquals(ExitCodes.FAILED, zone.code());
    assertTrue(zone.err().contains("did you mean 'typo.com'?"), zone.err());
    CliRun verb = emu.hzone("record", "ad", "typo.com");
    assertEquals(ExitCodes.USAGE, verb.code());
    assertTrue(verb.err().contains("did you mean 'add'?"), verb.err());
  }
}
