package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract check itself: it must reject answers that differ from openapi.json, or it proves
 * nothing.
 */
class OpenApiContractTest {
  private static final String RRSET =
      "{\"id\":\"www/A\",\"name\":\"www\",\"type\":\"A\",\"ttl\":null,"
          + "\"labels\":{},\"protection\":{\"change\":false},\"records\":[{\"value\":\"192.0.2.1\",\"comment\":\"\"}],"
          + "\"zone\":42}";

  private final OpenApiContract contract = OpenApiContract.get();

  @Test
  void acceptsAnRrsetAsTheSpecDefinesIt() {
    contract.check("GET", "/v1/zones/example.com/rrsets/www/A", 200, "{\"rrset\":" + RRSET + "}");
  }

  @Test
  void rejectsAnUnknownMemberWhereTheSpecClosesTheObject() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                contract.check(
                    "GET",
                    "/v1/zones/example.com/rrsets/www/A",
                    200,
                    "{\"rrset\":" + RRSET.replace("\"zone\":42", "\"zone\":42,\"x\":1") + "}"));
    assertTrue(e.getMessage().contains("x"), e.getMessage());
  }

  @Test
  void rejectsAMissingRequiredMember() {
    assertThrows(
        AssertionError.class,
        () ->
            contract.check(
                "GET",
                "/v1/zones/example.com/rrsets/www/A",
                200,
                "{\"rrset\":" + RRSET.replace("\"ttl\":null,", "") + "}"));
  }

  @Test
  void rejectsATtlBelowTheMinimum() {
    assertThrows(
        AssertionError.class,
        () ->
            contract.check(
                "GET",
                "/v1/zones/example.com/rrsets/www/A",
                200,
                "{\"rrset\":" + RRSET.replace("\"ttl\":null", "\"ttl\":5") + "}"));
  }

  @Test
  void rejectsATimestampThatIsNotRfc3339() {
    String action =
        "{\"action\":{\"id\":1,\"command\":\"x\",\"status\":\"running\",\"progress\":0,"
            + "\"started\":\"yesterday\",\"finished\":null,\"resources\":[],\"error\":null}}";
    assertThrows(AssertionError.class, () -> contract.check("GET", "/v1/actions/1", 200, action));
    contract.check(
        "GET", "/v1/actions/1", 200, action.replace("yesterday", "2026-03-01T10:00:00Z"));
  }

  @Test
  void rejectsAnErrorWithoutCode() {
    assertThrows(
        AssertionError.class,
        () ->
            contract.check(
                "GET",
                "/v1/zones/x",
                404,
                "{\"error\":{\"message\":\"not found\",\"details\":null}}"));
  }

  @Test
  void rejectsABodyOn204() {
    assertThrows(AssertionError.class, () -> contract.check("DELETE", "/v1/ssh_keys/1", 204, "{}"));
    contract.check("DELETE", "/v1/ssh_keys/1", 204, "");
  }

  @Test
  void rejectsAStatusTheOperationDoesNotDocument() {
    assertThrows(AssertionError.class, () -> contract.check("POST", "/v1/zones", 200, "{}"));
  }

  @Test
  void rejectsSuccessOnAPathTheApiDoesNotHave() {
    assertThrows(AssertionError.class, () -> contract.check("GET", "/v1/nothing", 200, "{}"));
  }
}
