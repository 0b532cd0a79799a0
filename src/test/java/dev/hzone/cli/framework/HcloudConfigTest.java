package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HcloudConfigTest {
  static final String T1 = "a".repeat(64);
  static final String T2 = "b".repeat(64);

  @TempDir Path dir;

  @Test
  void locatesTheFileFromHcloudConfigOrHome() {
    assertEquals(
        Path.of("/x/cli.toml"),
        HcloudConfig.locate(Map.of("HCLOUD_CONFIG", "/x/cli.toml", "HOME", "/h")));
    assertEquals(Path.of("/h/.config/hcloud/cli.toml"), HcloudConfig.locate(Map.of("HOME", "/h")));
  }

  @Test
  void missingFileIsAnEmptyConfig() {
    HcloudConfig cfg = HcloudConfig.load(dir.resolve("nope.toml"));
    assertEquals(List.of(), cfg.contexts());
    assertEquals(Optional.empty(), cfg.activeContextName());
  }

  @Test
  void readsContextsActiveContextAndEndpointPreference() throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(
        f,
        """
        active_context = "prod"

        [[contexts]]
          name = "staging"
          token = "%s"

        [[contexts]]
          name = "prod"
          token = "%s"
          [contexts.preferences]
            endpoint = "http://127.0.0.1:8080/v1"
        """
            .formatted(T1, T2));
    HcloudConfig cfg = HcloudConfig.load(f);
    assertEquals(List.of("staging", "prod"), cfg.contextNames());
    assertEquals(Optional.of("prod"), cfg.activeContextName());
    assertEquals(T2, cfg.context("prod").orElseThrow().token());
    assertEquals(
        Optional.of("http://127.0.0.1:8080/v1"), cfg.context("prod").orElseThrow().endpoint());
    assertEquals(Optional.empty(), cfg.context("staging").orElseThrow().endpoint());
    assertEquals(
        Optional.of("staging"), cfg.effectiveContextName(Map.of("HCLOUD_CONTEXT", "staging")));
  }

  @Test
  void rewritingKeepsPreferencesAndUnknownKeys() throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(
        f,
        """
        active_context = "prod"
        future_key = 7

        [preferences]
          poll_interval = "1s"
          [preferences.sort]
            server = ["name:desc"]

        [[contexts]]
          name = "prod"
          token = "%s"
          extra = "kept"
          [contexts.preferences]
            endpoint = "http://127.0.0.1:8080/v1"
        """
            .formatted(T1));
    HcloudConfig cfg = HcloudConfig.load(f);
    cfg.addContext("dev", T2);
    cfg.setActiveContext(Optional.of("dev"));
    cfg.save();
    HcloudConfig again = HcloudConfig.load(f);
    assertEquals(List.of("prod", "dev"), again.contextNames());
    assertEquals(Optional.of("dev"), again.activeContextName());
    String text = Files.readString(f);
    assertTrue(text.contains("future_key = 7"), text);
    assertTrue(text.contains("poll_interval = \"1s\""), text);
    assertTrue(text.contains("server = [\"name:desc\"]"), text);
    assertTrue(text.contains("extra = \"kept\""), text);
    assertEquals(
        Optional.of("http://127.0.0.1:8080/v1"), again.context("prod").orElseThrow().endpoint());
  }

  @Test
  void writesMode0600InADirectoryCreatedWith0750() throws Exception {
    Path f = dir.resolve("home/.config/hcloud/cli.toml");
    HcloudConfig cfg = HcloudConfig.load(f);
    cfg.addContext("prod", T1);
    cfg.save();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertEquals(
        "rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.getParent())));
    assertEquals(
        "rwxr-x---",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/.config"))));
    try (var s = Files.list(f.getParent())) {
      assertEquals(1, s.count(), "no temporary file left behind");
    }
  }

  @Test
  void rewritingAGroupReadableFileTightensIt() throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(f, "[[contexts]]\nname = \"a\"\ntoken = \"%s\"\n".formatted(T1));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    HcloudConfig cfg = HcloudConfig.load(f);
    String warning = cfg.looseModeWarning().orElseThrow();
    assertTrue(warning.contains("rw-r--r--") && warning.contains("chmod 600"), warning);
    assertFalse(warning.contains(T1), "never the token");
    cfg.setActiveContext(Optional.of("a"));
    cfg.save();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
  }

  @Test
  void noWarningForALooseFileWithoutTokens() throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(f, "[preferences]\npoll_interval = \"1s\"\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(Optional.empty(), HcloudConfig.load(f).looseModeWarning());
  }

  @Test
  void removingTheActiveContextClearsIt() {
    HcloudConfig cfg = HcloudConfig.load(dir.resolve("cli.toml"));
    cfg.addContext("a", T1);
    cfg.addContext("b", T2);
    cfg.setActiveContext(Optional.of("a"));
    assertTrue(cfg.removeContext("a"));
    assertFalse(cfg.removeContext("a"));
    assertEquals(Optional.empty(), cfg.activeContextName());
    assertEquals(List.of("b"), cfg.contextNames());
    assertThrows(IllegalArgumentException.class, () -> cfg.addContext("b", T1));
    cfg.removeContext("b");
    assertFalse(
        cfg.toToml().contains("contexts"), "no 'contexts = []', which hcloud 1.30 cannot read");
  }

  @Test
  void badFilesAreDataErrorsNamingTheFile() throws Exception {
    Path f = dir.resolve("cli.toml");
    Files.writeString(f, "active_context = \n");
    CliException e = assertThrows(CliException.class, () -> HcloudConfig.load(f));
    assertEquals(ExitCodes.DATA, e.exitCode());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    Files.writeString(f, "[[contexts]]\nname = \"a\"\n");
    CliException e2 = assertThrows(CliException.class, () -> HcloudConfig.load(f));
    assertTrue(
        e2.getMessage().contains("context 1 needs a string 'name' and a string 'token'"),
        e2.getMessage());
  }

  /**
   * Issue 14 (3): night-config's messages quote the text, and an unclosed or unquoted token is the
   * text.
   */
  @Test
  void malformedTokenLinesAreReportedByPositionNeverByContent() throws Exception {
    Path f = dir.resolve("cli.toml");
    String secret = "SECRETtoken" + "x".repeat(53);
    for (String bad :
        List.of(
            "token = \"" + secret + "\n",
            "token = " + secret + "\n",
            "token = '" + secret + "\n",
            "token = \"\"\"" + secret + "\n")) {
      Files.writeString(f, "active_context = \"a\"\n[[contexts]]\nname = \"a\"\n" + bad);
      CliException e = assertThrows(CliException.class, () -> HcloudConfig.load(f), bad);
      assertEquals(ExitCodes.DATA, e.exitCode());
      assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
      assertFalse(e.getMessage().contains("xxxxxxxx"), e.getMessage());
      assertTrue(
          e.getMessage()
              .matches(
                  java.util.regex.Pattern.quote(f.toString())
                      + ":[45]: not valid TOML: the parser stopped at column \\d+ of this line.*"),
          e.getMessage());
    }
  }

  @Test
  void contextToStringNeverShowsTheToken() {
    assertFalse(new HcloudConfig.Context("a", T1, Optional.empty()).toString().contains(T1));
  }
}
