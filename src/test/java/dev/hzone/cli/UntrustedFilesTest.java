package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (2, 6): a pull request controls the zone directory. Links out of it (to {@code
 * /proc/self/environ}, another user's files) are refused before anything is read, and whatever a
 * message quotes from an input is an excerpt with secrets redacted, since CI posts these messages
 * as pull-request comments.
 */
class UntrustedFilesTest {
  private static final String TOKEN =
      "Zr8sKq2mLw9VnX4tB7yH1cJ6dF3gP0aE5uQ8iO2kM7nR4sT9vW1xY6zA3bC8dE5f";
  private static final String HEAD =
      "$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 900 1209600 300\n"
          + "@ NS ns1.example.net.\n";
  private static final Map<String, String> ENV =
      Map.of("HCLOUD_TOKEN", "x".repeat(64), "HCLOUD_ENDPOINT", "http://127.0.0.1:9/v1");

  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir.resolve("repo"), ENV, args);
  }

  /**
   * What {@code /proc/self/environ} of a CI runner looks like, in a file outside the repository.
   */
  private Path environ() throws Exception {
    Path f = dir.resolve("environ");
    Files.writeString(f, "PATH=/usr/bin\0HCLOUD_TOKEN=" + TOKEN + "\0HOME=/home/runner\0");
    return f;
  }

  private void assertNoSecret(CliRun r) {
    String all = r.out() + r.err();
    assertFalse(all.contains(TOKEN.substring(0, 8)), r.transcript());
    assertFalse(all.contains("HCLOUD_TOKEN=" + TOKEN.charAt(0)), r.transcript());
  }

  @Test
  void aZoneFileLinkedOutOfTheZoneDirectoryIsRefusedUnread() throws Exception {
    Path zones = Files.createDirectories(dir.resolve("repo/zones"));
    Files.writeString(zones.resolve("example.com.zone"), HEAD + "www A 192.0.2.1\n");
    Files.createSymbolicLink(zones.resolve("env.com.zone"), environ());
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("env.com.zone: a link to a file outside"), r.transcript());
    assertNoSecret(r);
  }

  @Test
  void aLinkInsideTheZoneDirectoryIsStillRead() throws Exception {
    Path zones = Files.createDirectories(dir.resolve("repo/zones"));
    Files.createDirectories(zones.resolve("src"));
    Files.writeString(zones.resolve("src/example.com.txt"), HEAD + "www A bad-address\n");
    Files.createSymbolicLink(zones.resolve("example.com.zone"), Path.of("src/example.com.txt"));
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("example.com.zone:5:"), r.transcript());
  }

  @Test
  void aFileNamedOnTheCommandLineHasItsSecretsRedactedInMessages() throws Exception {
    Files.createDirectories(dir.resolve("repo"));
    Path f = dir.resolve("repo/env.com.zone");
    Files.copy(environ(), f);
    CliRun r = run("file", "check", "env.com.zone");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("env.com.zone:1:"), r.transcript());
    assertNoSecret(r);
    Files.writeString(f, HEAD + "www TXT " + TOKEN + " x\nwww A " + TOKEN + "\n");
    CliRun r2 = run("file", "check", "env.com.zone");
    assertEquals(65, r2.code(), r2.transcript());
    assertNoSecret(r2);
  }

  @Test
  void aSettingsFileLinkedOutOfTheZoneDirectoryIsRefused() throws Exception {
    Path zones = Files.createDirectories(dir.resolve("repo/zones"));
    Files.writeString(zones.resolve("example.com.zone"), HEAD + "www A 192.0.2.1\n");
    Files.createSymbolicLink(zones.resolve("hzone.toml"), environ());
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(r.err().contains("hzone.toml: not a regular file inside"), r.transcript());
    assertNoSecret(r);
  }

  @Test
  void aTsigKeyFileOutsideTheSettingsDirectoryIsRefusedUnread() throws Exception {
    Path zones = Files.createDirectories(dir.resolve("repo/zones"));
    Files.writeString(zones.resolve("example.com.zone"), HEAD + "www A 192.0.2.1\n");
    environ();
    for (String key :
        new String[] {"../../environ", dir.resolve("environ").toString(), "keys/link.key"}) {
      Files.createDirectories(zones.resolve("keys"));
      Files.deleteIfExists(zones.resolve("keys/link.key"));
      Files.createSymbolicLink(zones.resolve("keys/link.key"), dir.resolve("environ"));
      Files.writeString(
          zones.resolve("hzone.toml"),
          "[zones.\"example.net\"]\nmode = \"secondary\"\n"
              + "primaries = [{ address = \"198.51.100.7\", tsig_key_file = \""
              + key
              + "\" }]\n");
      CliRun r = run("plan");
      assertEquals(65, r.code(), r.transcript());
      assertTrue(
          r.err().contains("tsig_key_file must be a file inside the directory of hzone.toml"),
          r.transcript());
      assertNoSecret(r);
    }
  }

  @Test
  void includesThatMultiplyStopWithFileLineAndExit65() throws Exception {
    Path zones = Files.createDirectories(dir.resolve("repo/zones"));
    for (int i = 1; i <= 8; i++) {
      StringBuilder sb = new StringBuilder("x" + i + " A 10.0.0." + i + "\n");
      for (int k = 0; i < 8 && k < 10; k++) {
        sb.append("$INCLUDE f").append(i + 1).append(".inc\n");
      }
      Files.writeString(zones.resolve("f" + i + ".inc"), sb);
    }
    Files.writeString(zones.resolve("example.com.zone"), HEAD + "$INCLUDE f1.inc\n");
    CliRun r = run("plan");
    assertEquals(65, r.code(), r.transcript());
    assertTrue(
        r.err().matches("(?s).*zones/f\\d\\.inc:\\d+: more than 1000 \\$INCLUDEs in one zone.*"),
        r.transcript());
  }
}
