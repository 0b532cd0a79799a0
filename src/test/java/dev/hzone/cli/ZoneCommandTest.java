package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hzone.cli.framework.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hzone zone ...} against the emulator, successes and failures. */
class ZoneCommandTest {
  @TempDir static Path dir;
  static EmulatorFixture emu;

  /** A secret that must never show up unless asked for. */
  static final String SECRET = "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cy0xMjM0NTY=";

  @BeforeAll
  static void start() {
    emu = new EmulatorFixture(dir);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Nested
  class ListAndDescribe {
    @Test
    void createdZonesAreListedInEveryOutputForm() {
      emu.ok("zone", "create", "list-a.com", "--label", "env=prod", "--label", "t=list");
      emu.ok("zone", "create", "list-b.com", "--ttl", "600", "--label", "t=list");
      String table =
          emu.ok(
                  "zone",
                  "list",
                  "-o",
                  "columns=name,mode,ttl,labels",
                  "--sort",
                  "name:desc",
                  "--selector",
                  "t=list")
              .out();
      assertEquals(
          """
          NAME         MODE      TTL    LABELS
          list-b.com   primary   600    t=list
          list-a.com   primary   3600   env=prod, t=list
          """,
          table);

      JsonArray json =
          JsonParser.parseString(
                  emu.ok("-o", "json", "zone", "list", "--selector", "env=prod").out())
              .getAsJsonArray();
      assertEquals(1, json.size());
      JsonObject z = json.get(0).getAsJsonObject();
      assertEquals("list-a.com", z.get("name").getAsString());
      for (String field :
          new String[] {
            "id",
            "mode",
            "ttl",
            "labels",
            "protection",
            "status",
            "record_count",
            "created",
            "registrar",
            "authoritative_nameservers"
          }) {
        assertTrue(z.has(field), "the API's field " + field + " in " + z);
      }
      String yaml = emu.ok("zone", "describe", "list-b.com", "-o", "yaml").out();
      assertTrue(yaml.contains("name: list-b.com\n") && yaml.contains("ttl: 600\n"), yaml);
      String describe = emu.ok("zone", "describe", "list-b.com").out();
      assertTrue(describe.contains("Mode:         primary"), describe);
      assertTrue(describe.contains("Authoritative Nameservers:"), describe);
    }

    @Test
    void unknownZoneFailsWithASuggestion() {
      emu.ok("zone", "create", "suggest-me.com");
      CliRun r = emu.hzone("zone", "describe", "sugest-me.com");
      assertEquals(ExitCodes.FAILED, r.code(), r.transcript());
      assertTrue(
          r.err().contains("zone 'sugest-me.com' not found: did you mean 'suggest-me.com'?"),
          r.err());
    }

    @Test
    void unknownColumnIsAUsageError() {
      CliRun r = emu.hzone("zone", "list", "-o", "columns=nmae");
      assertEquals(ExitCodes.USAGE, r.code());
      assertTrue(r.err().contains("did you mean 'name'?"), r.err());
    }
  }

  @Nested
  class Changes {
    @Test
    void labelsTtlAndUpdate() {
      emu.ok("zone", "create", "labels.com");
      emu.ok("zone", "add-label", "labels.com", "env=prod", "team=web");
      CliRun clash = emu.hzone("zone", "add-label", "labels.com", "env=dev");
      assertEquals(ExitCodes.FAILED, clash.code());
      assertTrue(clash.err().contains("already has label env=prod (add --overwrite"), clash.err());
      emu.ok("zone", "add-label", "labels.com", "env=dev", "--overwrite");
      CliRun missing = emu.hzone("zone", "remove-label", "labels.com", "tema");
      assertTrue(
          missing.err().contains("has no label 'tema': did you mean 'team'?"), missing.err());
      emu.ok("zone", "remove-label", "labels.com", "team");
      assertEquals(
          "env=dev\n",
          emu.ok("zone", "list", "-o", "noheader", "-o", "columns=labels", "--selector", "env=dev")
              .out());
      emu.ok("zone", "update", "labels.com", "--label", "a=1");
      assertEquals(
          "a=1\n",
          emu.ok("zone", "list", "-o", "noheader", "-o", "columns=labels", "--selector", "a")
              .out());
      emu.ok("zone", "set-ttl", "labels.com", "7200");
      assertTrue(emu.ok("zone", "describe", "labels.com").out().contains("TTL:          7200"));
      CliRun bad = emu.hzone("zone", "set-ttl", "labels.com", "30");
      assertEquals(ExitCodes.USAGE, bad.code());
      assertTrue(bad.err().contains("60 to 2147483647"), bad.err());
    }

    @Test
    void protectedZoneCannotBeDeleted() {
      emu.ok("zone", "create", "keep.com");
      emu.ok("zone", "enable-protection", "keep.com");
      CliRun r = emu.hzone("zone", "delete", "keep.com");
      assertEquals(ExitCodes.FAILED, r.code(), r.transcript());
      assertTrue(
          r.err()
              .contains(
                  "zone keep.com is protected, so it cannot be deleted: run 'hzone zone "
                      + "disable-protection keep.com' first"),
          r.err());
      emu.ok("zone", "disable-protection", "keep.com");
      assertEquals("Zone keep.com deleted\n", emu.ok("zone", "delete", "keep.com").out());
      assertEquals(ExitCodes.FAILED, emu.hzone("zone", "describe", "keep.com").code());
    }

    @Test
    void badModeGetsASuggestion() {
      CliRun r =
          emu.hzone("zone", "create", "mode.com", "--mode", "secundary", "--primary", "192.0.2.1");
      assertEquals(ExitCodes.USAGE, r.code());
      assertTrue(r.err().contains("did you mean 'secondary'?"), r.err());
    }
  }

  @Nested
  class Delegation {
    @Test
    void comparesTheParentsDelegationWithTheAssignedNameservers() throws Exception {
      emu.ok("zone", "create", "delegated.de");
      emu.ok("zone", "create", "elsewhere.de");
      try (dev.hzone.emulator.dns.DnsServer parent =
          dev.hzone.emulator.dns.DnsServer.start(
              new java.net.InetSocketAddress("127.0.0.1", 0),
              dev.hzone.emulator.dns.DnsServerOptions.defaults())) {
        parent.publish(
            dev.hzone.migrate.DelegationCheckTest.zone(
                "de",
                "@ SOA ns1.de. hostmaster.de. 1 3600 600 86400 300",
                "@ NS ns1.de.",
                "ns1 A 127.0.0.1",
                "delegated NS hydrogen.ns.hetzner.com.",
                "delegated NS oxygen.ns.hetzner.com.",
                "delegated NS helium.ns.hetzner.de.",
                "elsewhere NS ns1.other.example."));
        String resolver = parent.hostPort();
        String port = resolver.substring(resolver.lastIndexOf(':') + 1);
        CliRun good =
            emu.hzone(
                "zone",
                "check-delegation",
                "delegated.de",
                "--resolver",
                resolver,
                "--parent-port",
                port);
        assertEquals(0, good.code(), good.transcript());
        assertTrue(good.out().contains("Parent zone: de\nDelegation:  valid\n"), good.out());
        assertTrue(
            good.out().contains("API status:  unknown (checked "),
            good.out()); // ledger L-ZONE-FIELDS

        CliRun bad =
            emu.hzone(
                "zone",
                "check-delegation",
                "elsewhere.de",
                "--resolver",
                resolver,
                "--parent-port",
                port,
                "-o",
                "json");
        assertEquals(ExitCodes.FAILED, bad.code(), bad.transcript());
        JsonObject json = JsonParser.parseString(bad.out()).getAsJsonObject();
        assertEquals("invalid", json.get("verdict").getAsString());
        assertEquals("ns1.other.example.", json.getAsJsonArray("extra").get(0).getAsString());
        assertEquals(3, json.getAsJsonArray("missing").size());
      }
    }
  }

  @Nested
  class Secondary {
    @Test
    void secondaryZoneKeepsItsTsigKeySecret() throws Exception {
      Path key = dir.resolve("transfer.key");
      Files.writeString(
          key,
          "key \"transfer-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"" + SECRET + "\";\n};\n");
      CliRun created =
          emu.hzone(
              "zone",
              "create",
              "second.com",
              "--mode",
              "secondary",
              "--primary",
              "192.0.2.7",
              "--tsig-key-file",
              key.toString(),
              "--primary",
              "[2001:db8::7]:5353");
      assertEquals(0, created.code(), created.transcript());
      for (String[] args :
          new String[][] {
            {"zone", "describe", "second.com"},
            {"zone", "describe", "second.com", "-o", "json"},
            {"zone", "describe", "second.com", "-o", "yaml"},
            {"-o", "json", "zone", "list"},
            {"zone", "list", "-o", "columns=name,primary_nameservers"}
          }) {
        CliRun r = emu.ok(args);
        assertFalse(
            r.out().contains(SECRET) || r.err().contains(SECRET),
            "secret in " + String.join(" ", args));
      }
      JsonObject z =
          JsonParser.parseString(emu.ok("zone", "describe", "second.com", "-o", "json").out())
              .getAsJsonObject();
      JsonObject p = z.getAsJsonArray("primary_nameservers").get(0).getAsJsonObject();
      assertEquals("REDACTED", p.get("tsig_key").getAsString());
      assertEquals("hmac-sha256", p.get("tsig_algorithm").getAsString());
      assertTrue(
          emu.ok("zone", "describe", "second.com", "-o", "json", "--show-tsig-keys")
              .out()
              .contains(SECRET));
      assertTrue(
          emu.ok("zone", "list", "-o", "columns=name,primary_nameservers", "--mode", "secondary")
              .out()
              .contains("192.0.2.7:53, [2001:db8::7]:5353"));

      emu.ok("zone", "set-primaries", "second.com", "--primary", "192.0.2.8");
      assertTrue(emu.ok("zone", "describe", "second.com").out().contains("Address: 192.0.2.8"));
    }

    @Test
    void secondaryZoneRefusesRecordCommands() {
      emu.ok("zone", "create", "refuse.com", "--mode", "secondary", "--primary", "192.0.2.9");
      for (String[] args :
          new String[][] {
            {"record", "list", "refuse.com"},
            {"record", "add", "refuse.com", "www", "A", "192.0.2.1"},
            {"zone", "export", "refuse.com"}
          }) {
        CliRun r = emu.hzone(args);
        assertEquals(ExitCodes.FAILED, r.code(), r.transcript());
        assertTrue(r.err().contains("zone refuse.com is a secondary zone"), r.err());
        assertTrue(r.err().contains("192.0.2.9:53"), r.err());
      }
    }

    @Test
    void secondaryZoneChangesItsTtlInBothForms() {
      // Issue 13.5: the live API changes a secondary zone's TTL (ledger L-SECONDARY-TTL).
      emu.ok("zone", "create", "sec-ttl.com", "--mode", "secondary", "--primary", "192.0.2.9");
      emu.ok("zone", "set-ttl", "sec-ttl.com", "7200");
      assertTrue(emu.ok("zone", "describe", "sec-ttl.com").out().contains("TTL:          7200"));
      emu.ok("zone", "change-ttl", "--ttl", "600", "sec-ttl.com");
      assertTrue(emu.ok("zone", "describe", "sec-ttl.com").out().contains("TTL:          600"));
    }

    @Test
    void primaryOptionsAreCheckedBeforeAnythingIsSent() throws Exception {
      CliRun host =
          emu.hzone(
              "zone", "create", "x.com", "--mode", "secondary", "--primary", "ns1.example.net");
      assertEquals(ExitCodes.USAGE, host.code());
      assertTrue(host.err().contains("give an IP address"), host.err());
      Path bad = dir.resolve("bad.key");
      Files.writeString(bad, "not a key {");
      CliRun key =
          emu.hzone(
              "zone",
              "create",
              "x.com",
              "--mode",
              "secondary",
              "--primary",
              "192.0.2.1",
              "--tsig-key-file",
              bad.toString());
      assertEquals(ExitCodes.DATA, key.code(), key.transcript());
      CliRun alg =
          emu.hzone(
              "zone",
              "create",
              "x.com",
              "--mode",
              "secondary",
              "--primary",
              "192.0.2.1",
              "--tsig-algorithm",
              "hmac-sha265",
              "--tsig-key-env",
              "NOPE");
      assertEquals(ExitCodes.USAGE, alg.code());
      assertTrue(alg.err().contains("did you mean 'hmac-sha256'?"), alg.err());
      assertEquals(
          ExitCodes.FAILED, emu.hzone("zone", "describe", "x.com").code(), "nothing was created");
    }
  }
}
