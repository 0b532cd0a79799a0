package dev.hzone.sync.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.plan.IgnorePattern;
import dev.hzone.sync.plan.ZoneSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncConfigReaderTest {
  @TempDir Path dir;

  private SyncConfig parse(String toml) {
    return new SyncConfigReader().parse(toml, dir.resolve("hzone.toml"));
  }

  private ConfigException error(String toml) {
    return assertThrows(ConfigException.class, () -> parse(toml));
  }

  @Nested
  class Settings {
    @Test
    void zonesInheritDefaultsAndOverrideThem() {
      SyncConfig c =
          parse(
              """
          [defaults]
          ttl = 1800
          ignore = ["dyn*"]
          max_delete_percent = 10
          labels = { managed-by = "hzone" }

          [zones."example.com"]
          ignore = ["legacy TXT"]
          max_delete_percent = 50
          protected = true
          manage_soa = true
          comments = false
          """);
      ZoneSettings s = c.settingsFor("example.com");
      assertEquals(OptionalInt.of(1800), s.ttl());
      assertEquals(
          List.of(
              new IgnorePattern("dyn*", Set.of()),
              new IgnorePattern("legacy", Set.of(RecordType.TXT))),
          s.ignore());
      assertEquals(0.5, s.safety().maxDeleteFraction());
      assertEquals(0.3, s.safety().maxUpdateFraction());
      assertEquals(Optional.of(Map.of("managed-by", "hzone")), s.labels());
      assertEquals(Optional.of(true), s.deleteProtected());
      assertTrue(s.manageSoa());
      assertFalse(s.manageComments());
      ZoneSettings other = c.settingsFor("example.org");
      assertEquals(0.1, other.safety().maxDeleteFraction());
      assertEquals(Optional.empty(), other.deleteProtected());
    }

    @Test
    void findsZonesByAnySpelling() {
      SyncConfig c =
          parse(
              """
          [zones."bäckerei-müller.de"]
          ttl = 600
          """);
      assertEquals(OptionalInt.of(600), c.settingsFor("xn--bckerei-mller-bfb28a.de.").ttl());
      assertEquals(OptionalInt.of(600), c.settingsFor("BÄCKEREI-MÜLLER.DE").ttl());
    }

    @Test
    void ignoreTablesNameTypes() {
      SyncConfig c =
          parse(
              """
          [defaults]
          ignore = [{ name = "**.k8s", types = ["A", "AAAA"] }]
          """);
      IgnorePattern p = c.defaults().ignore().get(0);
      assertTrue(p.matches(RrsetKey.of("a.b.k8s", RecordType.AAAA)));
      assertFalse(p.matches(RrsetKey.of("a.b.k8s", RecordType.TXT)));
    }

    @Test
    void rrsetSettingsAreKeyedByNameAndType() {
      SyncConfig c =
          parse(
              """
          [zones."example.com".rrsets."www/A"]
          labels = { tier = "frontend" }
          protected = true
          """);
      ZoneSettings s = c.settingsFor("example.com");
      assertEquals(
          Optional.of(Map.of("tier", "frontend")),
          s.rrset(RrsetKey.of("www", RecordType.A)).labels());
      assertTrue(s.managesRrsetAttributes());
    }

    @Test
    void secondaryZonesReadTheirKeyFiles() throws Exception {
      Files.createDirectories(dir.resolve("keys"));
      Files.writeString(
          dir.resolve("keys/example.net.key"), "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==\n");
      SyncConfig c =
          parse(
              """
          [zones."example.net"]
          mode = "secondary"
          primaries = [
            { address = "198.51.100.7", tsig_algorithm = "hmac-sha256", tsig_key_file = "keys/example.net.key" },
            { address = "2001:db8::7", port = 5353 },
          ]
          """);
      ZoneSettings s = c.settingsFor("example.net");
      assertEquals(ZoneMode.SECONDARY, s.mode());
      assertEquals(List.of("example.net"), c.secondaryZones());
      PrimaryServer p = s.primaries().get(0);
      assertEquals(53, p.port());
      assertEquals("hmac-sha256", p.tsig().orElseThrow().algorithm());
      assertEquals(5353, s.primaries().get(1).port());
    }

    @Test
    void aKeyFileOthersMayReadIsWarnedAboutByNameAndModeNeverByContent() throws Exception {
      Path key = Files.createDirectories(dir.resolve("keys")).resolve("example.net.key");
      Files.writeString(key, "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==\n");
      String toml =
          """
          [zones."example.net"]
          mode = "secondary"
          primaries = [
            { address = "198.51.100.7", tsig_key_file = "keys/example.net.key" },
            { address = "198.51.100.8", tsig_key_file = "keys/example.net.key" },
          ]
          """;
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
      SyncConfig loose = parse(toml);
      assertEquals(
          List.of(
              key
                  + " holds a TSIG key but has mode rw-r-----, so other users may read it; run: chmod 600 "
                  + key),
          loose.warnings(),
          "one warning per file, however often it is named");
      assertFalse(loose.warnings().get(0).contains("c2VjcmV0"));
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      assertEquals(List.of(), parse(toml).warnings());
    }
  }

  @Test
  void theAnnotatedSampleReads() {
    SyncConfig c = new SyncConfigReader().read(Path.of("samples/zones/hzone.toml"));
    // Git keeps no file modes but the executable bit: the sample key is as private as the
    // checkout's umask.
    c.warnings()
        .forEach(
            w ->
                assertTrue(
                    w.endsWith(
                        "chmod 600 "
                            + Path.of("samples/zones/keys/example.net.key").toAbsolutePath()),
                    w));
    assertEquals(List.of("example.net"), c.secondaryZones());
    assertEquals(3, c.settingsFor("example.com").ignore().size());
    assertEquals(0.5, c.settingsFor("example.com").safety().maxDeleteFraction());
    assertTrue(c.settingsFor("example.com").managesRrsetAttributes());
    assertEquals(OptionalInt.of(1800), c.settingsFor("example.org").ttl());
  }

  @Nested
  class Errors {
    @Test
    void unknownSettingNamesFileLineAndField() {
      ConfigException e =
          error(
              """
          [defaults]
          ttl = 3600

          [zones."example.com"]
          protect = true
          """);
      assertTrue(
          e.getMessage()
              .startsWith(
                  dir.resolve("hzone.toml")
                      + ":5: zones.\"example.com\".protect: "
                      + "unknown setting 'protect'"),
          e.getMessage());
      assertEquals(OptionalInt.of(5), e.line());
    }

    @Test
    void ttlOutOfRange() {
      ConfigException e = error("[defaults]\nttl = 30\n");
      assertTrue(
          e.getMessage().contains(":2: defaults.ttl: ttl must be a whole number from 60"),
          e.getMessage());
    }

    @Test
    void percentOutOfRange() {
      assertTrue(
          error("[defaults]\nmax_update_percent = 130\n").getMessage().contains("from 0 to 100"));
    }

    @Test
    void unknownRecordTypeInIgnore() {
      assertTrue(
          error("[defaults]\nignore = [\"x SPF\"]\n")
              .getMessage()
              .contains("unknown record type 'SPF'"));
    }

    @Test
    void badRrsetId() {
      assertTrue(
          error("[zones.\"example.com\".rrsets.\"www\"]\nprotected = true\n")
              .getMessage()
              .contains("NAME/TYPE"));
    }

    @Test
    void secondaryWithoutPrimaries() {
      assertTrue(
          error("[zones.\"example.net\"]\nmode = \"secondary\"\n")
              .getMessage()
              .contains("needs primaries"));
    }

    @Test
    void primariesOnAPrimaryZone() {
      assertTrue(
          error("[zones.\"example.net\"]\nprimaries = [{ address = \"192.0.2.1\" }]\n")
              .getMessage()
              .contains("secondary zones"));
    }

    @Test
    void hostnameIsNotAnAddress() {
      assertTrue(
          error(
                  "[zones.\"example.net\"]\nmode = \"secondary\"\nprimaries = [{ address = \"ns1.example.net\" }]\n")
              .getMessage()
              .contains("IPv4 or IPv6"));
    }

    @Test
    void missingKeyFileNamesTheFile() {
      ConfigException e =
          error(
              "[zones.\"example.net\"]\nmode = \"secondary\"\n"
                  + "primaries = [{ address = \"192.0.2.1\", tsig_key_file = \"nope.key\" }]\n");
      assertTrue(e.getMessage().contains("nope.key"), e.getMessage());
    }

    @Test
    void brokenTomlIsADataErrorNotACrash() {
      ConfigException e = error("[defaults]\nttl = [1,\n");
      assertTrue(e.getMessage().contains("not valid TOML"), e.getMessage());
    }

    /** Issue 14 (2): the parser's message quotes the text; only the position is reported. */
    @Test
    void brokenTomlNeverQuotesTheText() {
      for (String bad :
          List.of(
              "[defaults]\nttl = HCLOUD_TOKEN_abcdefgh\n",
              "[defaults]\nttl = \"HCLOUD_TOKEN_abcdefgh\n",
              "HCLOUD_TOKEN_abcdefgh\n")) {
        ConfigException e = error(bad);
        assertTrue(
            e.getMessage().contains("not valid TOML: the parser stopped at column"),
            e.getMessage());
        assertFalse(e.getMessage().contains("abcdefgh"), e.getMessage());
      }
    }

    @Test
    void unknownTopLevelTable() {
      assertTrue(
          error("[zone.\"example.com\"]\nttl = 60\n")
              .getMessage()
              .contains("unknown table or setting 'zone'"));
    }

    @Test
    void wrongTypes() {
      assertTrue(
          error("[defaults]\nmanage_soa = \"yes\"\n").getMessage().contains("true or false"));
      assertTrue(error("[defaults]\nlabels = \"x\"\n").getMessage().contains("must be a table"));
      assertTrue(error("[defaults]\nlabels = { a = 1 }\n").getMessage().contains("string value"));
    }
  }
}
