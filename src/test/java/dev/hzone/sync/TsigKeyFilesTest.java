package dev.hzone.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsigKeyFilesTest {
  private static final String SECRET = "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==";

  @TempDir Path dir;

  @Test
  void readsABareBase64Secret() throws Exception {
    Path f = Files.writeString(dir.resolve("k"), SECRET + "\n");
    TsigKeyRef k = TsigKeyFiles.read(f, Optional.empty());
    assertEquals("hmac-sha256", k.algorithm());
    assertEquals(Optional.of(SECRET), k.secret());
  }

  @Test
  void readsABindKeyStatementWithItsAlgorithm() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("k.key"),
            "key \"transfer\" {\n\talgorithm hmac-sha1;\n\tsecret \"" + SECRET + "\";\n};\n");
    TsigKeyRef k = TsigKeyFiles.read(f, Optional.empty());
    assertEquals("hmac-sha1", k.algorithm());
    assertEquals(Optional.of(SECRET), k.secret());
  }

  @Test
  void neverShowsTheSecret() throws Exception {
    Path f = Files.writeString(dir.resolve("k"), SECRET);
    TsigKeyRef k = TsigKeyFiles.read(f, Optional.of("hmac-sha256"));
    assertFalse(k.toString().contains(SECRET));
    Path bad = Files.writeString(dir.resolve("bad"), "not base64 !!");
    TsigKeyFiles.TsigKeyFileException e =
        assertThrows(
            TsigKeyFiles.TsigKeyFileException.class,
            () -> TsigKeyFiles.read(bad, Optional.empty()));
    assertFalse(e.getMessage().contains("not base64 !!"));
    assertTrue(e.getMessage().contains(bad.toString()));
  }

  @Test
  void refusesAnAlgorithmHetznerDoesNotTake() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("k.key"),
            "key \"t\" { algorithm hmac-sha512; secret \"" + SECRET + "\"; };");
    TsigKeyFiles.TsigKeyFileException e =
        assertThrows(
            TsigKeyFiles.TsigKeyFileException.class, () -> TsigKeyFiles.read(f, Optional.empty()));
    assertTrue(e.getMessage().contains("hmac-sha512"), e.getMessage());
  }

  @Test
  void refusesAMissingFileByName() {
    Path f = dir.resolve("missing.key");
    TsigKeyFiles.TsigKeyFileException e =
        assertThrows(
            TsigKeyFiles.TsigKeyFileException.class, () -> TsigKeyFiles.read(f, Optional.empty()));
    assertTrue(e.getMessage().contains("missing.key"));
  }

  @Test
  void keysCompareBySecretNotFile() throws Exception {
    TsigKeyRef a = TsigKeyFiles.read(Files.writeString(dir.resolve("a"), SECRET), Optional.empty());
    TsigKeyRef b = TsigKeyFiles.read(Files.writeString(dir.resolve("b"), SECRET), Optional.empty());
    assertTrue(a.sameKey(b));
    assertEquals(a.digest(), b.digest());
  }
}
