package dev.hzone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.HcloudConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextCommandTest {
  static final String T1 = "a".repeat(64);
  static final String T2 = "b".repeat(64);

  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of("HCLOUD_CONFIG", dir.resolve("cfg/cli.toml").toString());
  }

  private CliRun hzone(String stdin, String... args) {
    return CliRun.withInput(dir, env(), stdin, args);
  }

  @Test
  void createsFromStdinAndActivates() {
    CliRun r = hzone(T1 + "\n", "context", "create", "prod");
    assertEquals(0, r.code(), r.transcript());
    assertEquals("Context prod created and activated\n", r.out());
    assertFalse(r.err().contains(T1) || r.out().contains(T1), "the token is never echoed");
    HcloudConfig cfg = HcloudConfig.load(dir.resolve("cfg/cli.toml"));
    assertEquals(T1, cfg.context("prod").orElseThrow().token());
    assertEquals("prod", cfg.activeContextName().orElseThrow());
  }

  @Test
  void createsFromATokenFileOrHcloudToken() throws Exception {
    Files.writeString(dir.resolve("token"), T1 + "\n");
    assertEquals(0, hzone("", "context", "create", "a", "--token-file", "token").code());
    assertEquals(0, hzone("", "--token-file", "token", "context", "create", "b").code());
    CliRun r =
        CliRun.run(
            dir,
            Map.of("HCLOUD_CONFIG", dir.resolve("cfg/cli.toml").toString(), "HCLOUD_TOKEN", T2),
            "context",
            "create",
            "c");
    assertEquals(0, r.code(), r.transcript());
    assertTrue(r.err().contains("HCLOUD_TOKEN"), r.err());
    HcloudConfig cfg = HcloudConfig.load(dir.resolve("cfg/cli.toml"));
    assertEquals(List.of("a", "b", "c"), cfg.contextNames());
    assertEquals(T2, cfg.context("c").orElseThrow().token());
  }

  @Test
  void refusesATokenOfTheWrongLengthWithoutShowingIt() {
    CliRun r = hzone("secret-but-short\n", "context", "create", "prod");
    assertEquals(ExitCodes.DATA, r.code(), r.transcript());
    assertTrue(r.err().contains("must be exactly 64 characters long, and has 16"), r.err());
    assertFalse(r.err().contains("secret-but-short"));
    assertFalse(Files.exists(dir.resolve("cfg/cli.toml")), "nothing written");
  }

  @Test
  void refusesWithoutAnyToken() {
    CliRun r = hzone("", "context", "create", "prod");
    assertEquals(ExitCodes.USAGE, r.code(), r.transcript());
    assertTrue(r.err().contains("no token given"), r.err());
  }

  @Test
  void refusesADuplicateName() {
    hzone(T1 + "\n", "context", "create", "prod");
    CliRun r = hzone(T2 + "\n", "context", "create", "prod");
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(r.err().contains("a context named 'prod' already exists"), r.err());
  }

  @Test
  void usesListsAndDeletes() {
    hzone(T1 + "\n", "context", "create", "prod");
    hzone(T2 + "\n", "context", "create", "staging");
    assertEquals("staging\n", hzone("", "context", "active").out());
    assertEquals(0, hzone("", "context", "use", "prod").code());
    assertEquals("prod\n", hzone("", "context", "active").out());
    assertEquals(
        "ACTIVE   NAME\n*        prod\n         staging\n", hzone("", "context", "list").out());
    assertEquals(
        "prod\nstaging\n",
        hzone("", "context", "list", "-o", "noheader", "-o", "columns=name").out());
    String json = hzone("", "-o", "json", "context", "list").out();
    assertTrue(json.contains("\"name\": \"prod\",\n    \"active\": true"), json);
    assertFalse(json.contains(T1), "tokens are never listed");
    CliRun del = hzone("", "context", "delete", "prod");
    assertEquals(0, del.code(), del.transcript());
    assertTrue(del.err().contains("deleted the active context"), del.err());
    assertEquals("", hzone("", "context", "active").out());
    assertEquals("ACTIVE   NAME\n         staging\n", hzone("", "context", "list").out());
  }

  @Test
  void unknownContextGetsASuggestion() {
    hzone(T1 + "\n", "context", "create", "production");
    CliRun r = hzone("", "context", "use", "prodution");
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(
        r.err().contains("unknown context 'prodution': did you mean 'production'?"), r.err());
  }

  @Test
  void hcloudContextEnvironmentVariableWins() {
    hzone(T1 + "\n", "context", "create", "prod");
    hzone(T2 + "\n", "context", "create", "staging");
    CliRun r =
        CliRun.run(
            dir,
            Map.of(
                "HCLOUD_CONFIG", dir.resolve("cfg/cli.toml").toString(), "HCLOUD_CONTEXT", "prod"),
            "context",
            "active");
    assertEquals("prod\n", r.out());
  }

  @Test
  void warnsWhenTheFileIsReadableByOthers() throws Exception {
    hzone(T1 + "\n", "context", "create", "prod");
    Files.setPosixFilePermissions(
        dir.resolve("cfg/cli.toml"), PosixFilePermissions.fromString("rw-r--r--"));
    CliRun r = hzone("", "context", "list");
    assertTrue(r.err().contains("warning: ") && r.err().contains("chmod 600"), r.err());
  }
}
