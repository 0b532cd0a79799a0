package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.schema.Json;
import dev.hzone.tsig.TsigAlgorithm;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A secondary zone's primaries are read leniently (issue 13 item 6): the TSIG fields each on their
 * own.
 */
class PrimaryNameserverJsonTest {
  static PrimaryNameserver read(String json) {
    return Json.gson().fromJson(json, PrimaryNameserver.class);
  }

  @Test
  void readsBothFieldsIntoAKey() {
    PrimaryNameserver p =
        read(
            """
            {"address":"192.0.2.1","port":53,"tsig_algorithm":"hmac-sha1","tsig_key":"c2VjcmV0"}""");
    assertEquals(Optional.of(TsigAlgorithm.HMAC_SHA1), p.tsigAlgorithm());
    assertEquals(TsigAlgorithm.HMAC_SHA1, p.tsig().orElseThrow().algorithm());
    assertFalse(p.toString().contains("c2VjcmV0"));
  }

  @Test
  void anUnknownAlgorithmReadsAsUnknownNotAsAnError() {
    PrimaryNameserver p =
        read(
            """
            {"address":"192.0.2.1","tsig_algorithm":"hmac-sha3-512","tsig_key":"c2VjcmV0"}""");
    assertEquals(Optional.of(TsigAlgorithm.UNKNOWN), p.tsigAlgorithm());
    assertEquals(Optional.empty(), p.tsig());
    assertEquals(53, p.port());
  }

  @Test
  void emptyStringsAndLoneFieldsAreTolerated() {
    PrimaryNameserver empty =
        read(
            """
            {"address":"192.0.2.1","port":53,"tsig_algorithm":"","tsig_key":""}""");
    assertEquals(Optional.empty(), empty.tsigAlgorithm());
    assertEquals(Optional.empty(), empty.tsigKey());
    PrimaryNameserver keyOnly =
        read(
            """
            {"address":"192.0.2.1","tsig_key":"c2VjcmV0"}""");
    assertTrue(keyOnly.tsigKey().isPresent());
    assertEquals(Optional.empty(), keyOnly.tsig());
    PrimaryNameserver algOnly =
        read(
            """
            {"address":"192.0.2.1","tsig_algorithm":"hmac-md5"}""");
    assertEquals(Optional.of(TsigAlgorithm.HMAC_MD5), algOnly.tsigAlgorithm());
    assertEquals(Optional.empty(), algOnly.tsig());
  }

  @Test
  void writesTheApiValue() {
    String json =
        Json.gson()
            .toJson(
                PrimaryNameserver.withTsig(
                    "192.0.2.1",
                    53,
                    dev.hzone.tsig.TsigKey.unnamed(
                        TsigAlgorithm.HMAC_SHA256, new byte[] {1, 2, 3})));
    assertTrue(json.contains("\"tsig_algorithm\":\"hmac-sha256\""), json);
    assertTrue(json.contains("\"tsig_key\":\"AQID\""), json);
  }
}
