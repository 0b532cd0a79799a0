package dev.hzone.tsig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one TSIG key reader (issue 18): the three forms, errors that name the source and never the
 * secret.
 */
class TsigKeyReaderTest {
  static final byte[] RAW = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final String SECRET = Base64.getEncoder().encodeToString(RAW);

  @TempDir Path dir;

  static TsigKey parse(String text, String source) {
    return TsigKeyReader.parse(text, source, Optional.empty());
  }

  @Test
  void readsTsigKeygenOutput() {
    TsigKey k =
        parse(
            "key \"transfer-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"" + SECRET + "\";\n};\n",
            "key.conf");
    assertEquals(Optional.of("transfer-key"), k.name());
    assertEquals(TsigAlgorithm.HMAC_SHA256, k.algorithm());
    assertArrayEquals(RAW, k.secret());
  }

  @Test
  void readsAnUnquotedNameCommentsAndClausesInAnyOrder() {
    TsigKey k =
        parse(
            """
        # written by hand
        // for the old primary
        key xfer.example.com. { /* inline */ secret "%s"; algorithm HMAC-MD5.SIG-ALG.REG.INT; };
        """
                .formatted(SECRET),
            "k");
    assertEquals(Optional.of("xfer.example.com"), k.name());
    assertEquals(TsigAlgorithm.HMAC_MD5, k.algorithm());
  }

  @Test
  void readsDigColonForm() {
    TsigKey k = parse("hmac-sha1:xfer:" + SECRET + "\n", "env");
    assertEquals(Optional.of("xfer"), k.name());
    assertEquals(TsigAlgorithm.HMAC_SHA1, k.algorithm());
  }

  @Test
  void aBareSecretIsAKeyWithoutNameWithTheConfiguredOrDefaultAlgorithm() {
    assertEquals(TsigAlgorithm.HMAC_SHA256, parse(SECRET + "\n", "f").algorithm());
    TsigKey k = TsigKeyReader.parse(SECRET, "f", Optional.of(TsigAlgorithm.HMAC_SHA1));
    assertEquals(Optional.empty(), k.name());
    assertEquals(TsigAlgorithm.HMAC_SHA1, k.algorithm());
  }

  @Test
  void aConfiguredAlgorithmMustMatchTheKeys() {
    TsigKeyException e =
        assertThrows(
            TsigKeyException.class,
            () ->
                TsigKeyReader.parse(
                    "hmac-sha1:xfer:" + SECRET, "k.key", Optional.of(TsigAlgorithm.HMAC_SHA256)));
    assertEquals("k.key: is a hmac-sha1 key but hmac-sha256 is configured", e.getMessage());
  }

  @Test
  void refusesUnknownAlgorithmNamingTheChoices() {
    TsigKeyException e =
        assertThrows(TsigKeyException.class, () -> parse("hmac-sha512:xfer:" + SECRET, "key.txt"));
    assertEquals(
        "key.txt: unsupported TSIG algorithm 'hmac-sha512' (use hmac-sha256, hmac-sha1 or hmac-md5)",
        e.getMessage());
  }

  @Test
  void neverEchoesASecretPutWhereTheAlgorithmBelongs() {
    TsigKeyException e =
        assertThrows(TsigKeyException.class, () -> parse(SECRET + ":xfer:hmac-sha256", "k"));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void refusesBadBase64WithoutEchoingTheSecret() {
    String bad = "not*base64*at*all";
    TsigKeyException e =
        assertThrows(
            TsigKeyException.class,
            () -> parse("key k { algorithm hmac-sha256; secret \"" + bad + "\"; };", "k.conf"));
    assertEquals("k.conf: the secret of key \"k\" is not valid base64", e.getMessage());
    assertFalse(e.getMessage().contains(bad));
  }

  @Test
  void refusesMissingClausesAndSeveralKeys() {
    assertEquals(
        "f: key \"k\" has no secret clause",
        assertThrows(
                TsigKeyException.class, () -> parse("key \"k\" { algorithm hmac-sha256; };", "f"))
            .getMessage());
    assertEquals(
        "f: key \"k\" has no algorithm clause",
        assertThrows(
                TsigKeyException.class,
                () -> parse("key \"k\" { secret \"" + SECRET + "\"; };", "f"))
            .getMessage());
    String two =
        "key a { algorithm hmac-sha256; secret \""
            + SECRET
            + "\"; };\n"
            + "key b { algorithm hmac-sha256; secret \""
            + SECRET
            + "\"; };\n";
    assertEquals(
        "f: holds 2 keys (a, b); give a file with exactly one",
        assertThrows(TsigKeyException.class, () -> parse(two, "f")).getMessage());
    assertTrue(
        assertThrows(TsigKeyException.class, () -> parse("  \n# only a comment\n", "f"))
            .getMessage()
            .startsWith("f: no TSIG key found"));
  }

  @Test
  void readsFilesUpToALimitAndNamesMissingOnes() throws Exception {
    Path f = Files.writeString(dir.resolve("k.key"), "hmac-sha256:xfer:" + SECRET);
    assertEquals(Optional.of("xfer"), TsigKeyReader.readFile(f, Optional.empty()).name());
    assertEquals(
        "missing.key: no such TSIG key file",
        assertThrows(
                TsigKeyException.class,
                () ->
                    TsigKeyReader.readFile(
                        dir.resolve("missing.key"), "missing.key", Optional.empty()))
            .getMessage());
    Path big = Files.write(dir.resolve("big"), new byte[TsigKeyReader.MAX_BYTES + 1]);
    assertTrue(
        assertThrows(TsigKeyException.class, () -> TsigKeyReader.readFile(big, Optional.empty()))
            .getMessage()
            .contains("too large"));
  }

  @Test
  void neverShowsTheSecretButAFingerprint() throws Exception {
    TsigKey k = parse("hmac-sha256:xfer:" + SECRET, "f");
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(RAW)).substring(0, 8);
    assertEquals(expected, k.fingerprint());
    assertEquals("TsigKey[xfer, hmac-sha256, fingerprint " + expected + "]", k.toString());
    assertFalse(k.toString().contains(SECRET));
  }

  @Test
  void keysWithTheSameContentAreEqualAndOthersDiffer() {
    TsigKey a = parse("hmac-sha256:XFER:" + SECRET, "f");
    TsigKey b = parse("key \"xfer\" { algorithm hmac-sha256; secret \"" + SECRET + "\"; };", "g");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    TsigKey other =
        TsigKey.of(
            "xfer", TsigAlgorithm.HMAC_SHA256, "another secret".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(a, other);
    assertNotEquals(a.fingerprint(), other.fingerprint());
    assertTrue(a.sameSecret(a.withName("renamed")));
  }

  @Test
  void theUnknownAlgorithmReadsLenientlyButSignsNothing() {
    assertEquals(TsigAlgorithm.UNKNOWN, TsigAlgorithm.lenient("hmac-sha3-512"));
    assertEquals(TsigAlgorithm.HMAC_SHA1, TsigAlgorithm.lenient("HMAC-SHA1."));
    assertThrows(IllegalArgumentException.class, () -> TsigKey.unnamed(TsigAlgorithm.UNKNOWN, RAW));
  }
}
