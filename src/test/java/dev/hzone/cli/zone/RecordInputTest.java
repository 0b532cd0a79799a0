package dev.hzone.cli.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.ApiException;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RrsetKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordInputTest {
  static final String ZONE = "example.com";

  static List<String> values(String name, RecordType type, String... args) {
    return RecordInput.values(ZONE, RrsetKey.of(name, type), List.of(args), "").stream()
        .map(v -> v.record().value())
        .toList();
  }

  @Test
  void namesAreMadeRelativeToTheZone() {
    assertEquals("@", RecordInput.name("@", ZONE));
    assertEquals("www", RecordInput.name("www", ZONE));
    assertEquals("www", RecordInput.name("WWW.example.com.", ZONE));
    assertEquals("www", RecordInput.name("www.example.com", ZONE));
    assertEquals("@", RecordInput.name("example.com.", ZONE));
    assertEquals("_dmarc", RecordInput.name("_dmarc", ZONE));
    assertEquals("*.dev", RecordInput.name("*.dev", ZONE));
    assertEquals("xn--bcher-kva", RecordInput.name("bücher", ZONE));
    CliException e =
        assertThrows(CliException.class, () -> RecordInput.name("www.example.net.", ZONE));
    assertTrue(e.getMessage().contains("not in zone example.com"), e.getMessage());
  }

  @Test
  void typesWithSuggestionsAndAWordOnUnsupportedOnes() {
    assertEquals(RecordType.AAAA, RecordInput.type("aaaa"));
    CliException typo = assertThrows(CliException.class, () -> RecordInput.type("AAA"));
    assertTrue(typo.getMessage().contains("did you mean 'AAAA'?"), typo.getMessage());
    CliException sshfp = assertThrows(CliException.class, () -> RecordInput.type("SSHFP"));
    assertTrue(
        sshfp.getMessage().contains("SSHFP is not supported by the Hetzner API"),
        sshfp.getMessage());
  }

  @Test
  void valuesAreConvertedAsInAZoneFile() {
    assertEquals(
        List.of("203.0.113.7", "203.0.113.8"),
        values("www", RecordType.A, "203.0.113.7", "203.0.113.8"));
    assertEquals(
        List.of("10 mail.example.com.", "20 mx.example.net."),
        values("@", RecordType.MX, "10 mail", "20 mx.example.net."));
    assertEquals(List.of("www.example.com."), values("alias", RecordType.CNAME, "www"));
    assertEquals(
        List.of("10 5 5060 sip.example.com."),
        values("_sip._tcp", RecordType.SRV, "10 5 5060 sip"));
    assertEquals(
        List.of("0 issue \"letsencrypt.org\""),
        values("@", RecordType.CAA, "0 issue \"letsencrypt.org\""));
  }

  @Test
  void oneRecordSplitOverArgumentsIsReadAsOne() {
    assertEquals(List.of("10 mail.example.com."), values("@", RecordType.MX, "10", "mail"));
  }

  @Test
  void txtTakesPlainTextLiterallyAndQuotedTextAsZoneFileStrings() {
    assertEquals(
        List.of("\"v=spf1 include:_spf.example.net ~all\""),
        values("@", RecordType.TXT, "v=spf1 include:_spf.example.net ~all"));
    assertEquals(List.of("\"a\" \"b\""), values("@", RecordType.TXT, "\"a\" \"b\""));
    assertEquals(List.of("\"say \\\"hi\\\"\""), values("@", RecordType.TXT, "say \"hi\""));
    String longText = "k=" + "x".repeat(300);
    String v = values("@", RecordType.TXT, longText).get(0);
    assertTrue(v.startsWith("\"k=xxx") && v.contains("\" \""), "split into 255-byte strings: " + v);
  }

  @Test
  void badValuesNameTheArgument() {
    CliException e =
        assertThrows(
            CliException.class, () -> values("www", RecordType.A, "203.0.113.7", "300.1.2.3"));
    assertEquals(ExitCodes.DATA, e.exitCode());
    assertTrue(e.getMessage().startsWith("invalid A value '300.1.2.3': "), e.getMessage());
  }

  @Test
  void apiFieldErrorsAreShownNextToWhatWasTyped() {
    List<RecordInput.Value> vals =
        RecordInput.values(ZONE, RrsetKey.of("@", RecordType.MX), List.of("10 mail", "20 mx"), "");
    ApiException e =
        new ApiException(
            422,
            "invalid_input",
            "invalid input in field 'records'",
            List.of(
                new ApiException.FieldError(
                    "records[1].value", List.of("target does not resolve"))),
            List.of(),
            Optional.empty());
    assertEquals(
        "the API refused MX value '20 mx' (sent as '20 mx.example.com.'): target does not resolve"
            + " (invalid_input)",
        RecordInput.explain(e, RrsetKey.of("@", RecordType.MX), vals));
  }
}
