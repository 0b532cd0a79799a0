package dev.hzone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.PrimaryNameserver;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An error answer that quotes the request back (a proxy, a gateway, a careless error message) does
 * not carry the token or a TSIG key into {@link ApiException} messages, which hzone prints as they
 * are.
 */
class SecretScrubTest {
  static final String TSIG = "c2VjcmV0LXRzaWcta2V5LW1hdGVyaWFsLTEyMzQ1N+/=";

  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  /**
   * Answers every request with 422, quoting the request: method, path, Authorization header and
   * body.
   */
  private void echoErrors() {
    api.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            String echo =
                (r.getMethod()
                        + " "
                        + r.getPath()
                        + " Authorization: "
                        + r.getHeader("Authorization")
                        + " "
                        + r.getBody().readUtf8())
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"");
            return new MockResponse()
                .setResponseCode(422)
                .setHeader("Content-Type", "application/json")
                .setBody(
                    """
                    {"error":{"code":"invalid_input","message":"refused: %s","details":{"fields":[{"name":"primary_nameservers","messages":["%s"]}]}}}"""
                        .formatted(echo, echo));
          }
        });
  }

  @Test
  void theTokenAndTsigKeysAreTakenOutOfErrorAnswers() {
    echoErrors();
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                api.client
                    .zones()
                    .changePrimaryNameservers(
                        "example.com",
                        List.of(
                            PrimaryNameserver.withTsig(
                                "192.0.2.7",
                                53,
                                dev.hzone.tsig.TsigKey.fromBase64(
                                    java.util.Optional.empty(),
                                    dev.hzone.tsig.TsigAlgorithm.HMAC_SHA256,
                                    TSIG)))));
    String all = e.getMessage() + e.fields();
    assertTrue(
        all.contains("refused: POST /v1/zones/example.com/actions/change_primary_nameservers"),
        all);
    assertTrue(all.contains("Authorization: Bearer REDACTED"), all);
    assertFalse(all.contains(MockApi.TOKEN), all);
    assertFalse(all.contains(TSIG), all);
    assertFalse(all.contains(TSIG.replace("/", "\\/")), all);
  }

  @Test
  void piecesOfTheTokenOfEightOrMoreCharactersAreTakenOutToo() {
    String first20 = MockApi.TOKEN.substring(0, 20);
    String middle9 = MockApi.TOKEN.substring(5, 14);
    api.error(
        401,
        "unauthorized",
        "token "
            + first20
            + "... is unknown; near "
            + middle9
            + ", short "
            + MockApi.TOKEN.substring(0, 7)
            + ".");
    ApiException e = assertThrows(ApiException.class, () -> api.client.zones().get("example.com"));
    String msg = e.getMessage();
    assertFalse(msg.contains(first20), msg);
    assertFalse(msg.contains(middle9), msg);
    assertTrue(
        msg.contains(
            "token REDACTED... is unknown; near REDACTED, short "
                + MockApi.TOKEN.substring(0, 7)
                + "."),
        msg);
  }

  @Test
  void answersThatQuoteNothingAreLeftAsTheyAre() {
    api.error(422, "invalid_input", "invalid input in field 'name': is too long");
    ApiException e = assertThrows(ApiException.class, () -> api.client.zones().get("example.com"));
    assertEquals("invalid input in field 'name': is too long", e.apiMessage());
  }
}
