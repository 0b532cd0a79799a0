package dev.hzone.tsig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileModeTest {
  @TempDir Path dir;

  @Test
  void anyGroupOrOtherBitIsLooseAndOwnerBitsAloneAreNot() {
    for (String mode :
        new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw-----w-", "rwx--x---"}) {
      assertTrue(SecretFileMode.readableByOthers(PosixFilePermissions.fromString(mode)), mode);
    }
    for (String mode : new String[] {"rw-------", "r--------", "rwx------", "---------"}) {
      assertFalse(SecretFileMode.readableByOthers(PosixFilePermissions.fromString(mode)), mode);
    }
    assertFalse(
        SecretFileMode.readableByOthers(Set.of()), "no POSIX permissions: nothing to warn about");
  }

  @Test
  void theWarningNamesFileModeAndTheCommandNeverTheContent() throws Exception {
    Path key =
        Files.writeString(dir.resolve("transfer.key"), "hmac-sha256:t:c2VjcmV0LXRzaWcta2V5\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    String w = SecretFileMode.looseModeWarning(key, "a TSIG key").orElseThrow();
    assertEquals(
        key
            + " holds a TSIG key but has mode rw-r--r--, so other users may read it; run: chmod 600 "
            + key,
        w);
    assertFalse(w.contains("c2VjcmV0"));
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    assertEquals(Optional.empty(), SecretFileMode.looseModeWarning(key, "a TSIG key"));
  }

  @Test
  void theAdviceIsOneShellWordWhateverThePath() throws Exception {
    Path key = Files.writeString(dir.resolve("it's a key"), "c2VjcmV0\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));
    String w = SecretFileMode.looseModeWarning(key, "a TSIG key").orElseThrow();
    assertTrue(w.endsWith("run: chmod 600 '" + dir + "/it'\\''s a key'"), w);
  }

  @Test
  void aMissingFileGivesNoWarningSinceReadingItReportsTheProblem() {
    assertEquals(
        Optional.empty(), SecretFileMode.looseModeWarning(dir.resolve("nope.key"), "a TSIG key"));
  }
}
