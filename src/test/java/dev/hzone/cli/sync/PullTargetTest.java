package dev.hzone.cli.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (8): zone names that come from the API are checked before {@code pull} makes file names
 * of them (the end-to-end cases are in {@code dev.hzone.cli.UntrustedOutputPathsTest}).
 */
class PullTargetTest {
  @TempDir Path dir;

  @Test
  void zoneNamesThatAreNoDnsNamesAreRefusedAsFileNames() {
    Path zones = dir.resolve("zones");
    assertEquals(zones.resolve("example.com.zone"), PullCommand.target(zones, "example.com"));
    assertEquals(
        zones.resolve("bäckerei-müller.de.zone"),
        PullCommand.target(zones, "xn--bckerei-mller-bfb28a.de"));
    for (String bad :
        new String[] {
          "../../evil",
          "..",
          "a/b.com",
          "a\\b.com",
          "evil",
          ".example.com",
          "example..com",
          "-a.com",
          "a .com",
          "/etc/passwd.com",
          "a\u0000.com"
        }) {
      CliException e = assertThrows(CliException.class, () -> PullCommand.target(zones, bad), bad);
      assertEquals(ExitCodes.FAILED, e.exitCode());
    }
  }
}
