package dev.hzone.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TsigKeyParserTest {
  static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(
      StandardCharsets.US_ASCII));

  @Test
  void readsTsigKeygenOutput() {
    TsigKey k = TsigKeyParser.parse("key \"transfer-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"" + SECRET
        + "\";\n};\n", "key.conf");
    assertEquals("transfer-key", k.name());
    assertEquals(TsigAlgorithm.HMAC_SHA256, k.algorithm());
    assertArrayEquals(Base64.getDecoder().decode(SECRET), k.secret());
  }

  @Test
  void readsAnUnquotedNameCommentsAndClausesInAnyOrder() {
    TsigKey k = TsigKeyParser.parse("""
        # written by hand
        // for the old primary
        key xfer.example.com. { /* inline */ secret "%s"; algorithm HMAC-MD5.SIG-ALG.REG.INT; };
        """.formatted(SECRET), "k");
    assertEquals("xfer.example.com", k.name());
    assertEquals(TsigAlgorithm.HMAC_MD5, k.algorithm());
  }

  @Test
  void readsDigColonForm() {
    TsigKey k = TsigKeyParser.parse("hmac-sha1:xfer:" + SECRET + "\n", "env");
    assertEquals("xfer", k.name());
    assertEquals(TsigAlgorithm.HMAC_SHA1, k.algorithm());
  }

  @Test
  void refusesUnknownAlgorithmNamingTheChoices() {
    TsigKeyException e = assertThrows(TsigKeyException.class,
        () -> TsigKeyParser.parse("hmac-sha512:xfer:" + SECRET, "key.txt"));
    assertEquals("key.txt: unsupported TSIG algorithm 'hmac-sha512' (use hmac-sha256, hmac-sha1 or hmac-md5)",
        e.getMessage());
  }

  @Test
  void refusesBadBase64WithoutEchoingTheSecret() {
    String bad = "not*base64*at*all";
    TsigKeyException e = assertThrows(TsigKeyException.class,
        () -> TsigKeyParser.parse("key k { algorithm hmac-sha256; secret \"" + bad + "\"; };", "k.conf"));
    assertEquals("k.conf: the secret of key \"k\" is not valid base64", e.getMessage());
    assertFalse(e.getMessage().contains(bad));
  }

  @Test
  void refusesMissingClausesAndSeveralKeys() {
    assertEquals("f: key \"k\" has no secret clause", assertThrows(TsigKeyException.class,
        () -> TsigKeyParser.parse("key \"k\" { algorithm hmac-sha256; };", "f")).getMessage());
    assertEquals("f: key \"k\" has no algorithm clause", assertThrows(TsigKeyException.class,
        () -> TsigKeyParser.parse("key \"k\" { secret \"" + SECRET + "\"; };", "f")).getMessage());
    String two = "key a { algorithm hmac-sha256; secret \"" + SECRET + "\"; };\n"
        + "key b { algorithm hmac-sha256; secret \"" + SECRET + "\"; };\n";
    assertEquals("f: holds 2 keys (a, b); give a file with exactly one",
        assertThrows(TsigKeyException.class, () -> TsigKeyParser.parse(two, "f")).getMessage());
    assertTrue(assertThrows(TsigKeyException.class, () -> TsigKeyParser.parse("  \n# only a comment\n", "f"))
        .getMessage().startsWith("f: no TSIG key found"));
  }

  @Test
  void neverShowsTheSecretInToString() {
    TsigKey k = TsigKeyParser.parse("hmac-sha256:xfer:" + SECRET, "f");
    assertEquals("TsigKey[xfer, hmac-sha256, secret redacted]", k.toString());
  }

  @Test
  void keysWithTheSameContentAreEqual() {
    TsigKey a = TsigKeyParser.parse("hmac-sha256:XFER:" + SECRET, "f");
    TsigKey b = TsigKeyParser.parse("key \"xfer\" { algorithm hmac-sha256; secret \"" + SECRET + "\"; };", "g");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
