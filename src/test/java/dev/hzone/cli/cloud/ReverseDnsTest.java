package dev.hzone.cli.cloud;

import static dev.hzone.cli.cloud.CloudFixtures.action;
import static dev.hzone.cli.cloud.CloudFixtures.one;
import static dev.hzone.cli.cloud.CloudRequestsTest.act;
import static dev.hzone.cli.cloud.CloudRequestsTest.get;
import static dev.hzone.cli.cloud.CloudRequestsTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.cli.cloud.MockCloud.Exchange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code set-rdns} checks the forward record in the project's zones (the longest zone containing
 * the name) and offers to add the address there, with {@code --add-forward} or on a yes at the
 * prompt.
 */
class ReverseDnsTest {
  static final String ZONE =
      """
      {"zone": {"id": 4711, "name": "example.com", "mode": "primary", "ttl": 3600, "labels": {},
       "protection": {"delete": false}, "status": "ok", "record_count": 4, "created": "2026-03-01T10:00:00Z",
       "registrar": "other", "primary_nameservers": [],
       "authoritative_nameservers": {"assigned": ["hydrogen.ns.hetzner.com."], "delegated": [],
                                     "delegation_last_check": null, "delegation_status": "unknown"}}}""";
  static final Exchange NO_ZONE_WWW =
      new Exchange(
          "GET",
          "/v1/zones/www.example.com",
          "",
          404,
          "{\"error\": {\"code\": \"not_found\", \"message\": \"zone not found\", \"details\": null}}");
  static final Exchange ZONE_EXAMPLE = get("/zones/example.com", ZONE);
  static final Exchange NO_CNAME =
      new Exchange(
          "GET",
          "/v1/zones/example.com/rrsets/www/CNAME",
          "",
          404,
          "{\"error\": {\"code\": \"not_found\", \"message\": \"rrset not found\", \"details\": null}}");
  static final Exchange NO_RRSET =
      new Exchange(
          "GET",
          "/v1/zones/example.com/rrsets/www/A",
          "",
          404,
          "{\"error\": {\"code\": \"not_found\", \"message\": \"rrset not found\", \"details\": null}}");
  static final Exchange PTR =
      act(
          "/servers/42/actions/change_dns_ptr",
          "{\"ip\": \"203.0.113.7\", \"dns_ptr\": \"www.example.com\"}");
  static final Exchange ADD =
      post(
          "/zones/example.com/rrsets/www/A/actions/add_records",
          "{\"records\": [{\"value\": \"203.0.113.7\"}]}",
          one("action", action(77, "add_rrset_records")));

  @TempDir Path dir;

  private CloudRun run(List<Exchange> script, String stdin, String... args) throws Exception {
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r = CloudRun.run(dir, api.env(), stdin, args);
      assertEquals(0, r.code(), r.transcript());
      api.verify(script, r.transcript());
      return r;
    }
  }

  @Test
  void aForwardRecordThatAgreesIsSaidToAgree() throws Exception {
    Exchange rrset =
        get(
            "/zones/example.com/rrsets/www/A",
            """
        {"rrset": {"id": "www/A", "name": "www", "type": "A", "ttl": null, "labels": {}, "protection": {"change": false},
         "records": [{"value": "203.0.113.7", "comment": null}], "zone": 4711}}""");
    CloudRun r =
        run(
            List.of(ServerCases.WEB, NO_ZONE_WWW, ZONE_EXAMPLE, NO_CNAME, rrset, PTR),
            "",
            "server",
            "set-rdns",
            "web",
            "--hostname",
            "WWW.example.com.");
    assertTrue(
        r.err().contains("Forward record www.example.com A 203.0.113.7 in zone example.com agrees"),
        r.err());
    assertEquals("Reverse DNS of server web (203.0.113.7) set to www.example.com\n", r.out());
  }

  @Test
  void aMissingForwardRecordIsAddedWithAddForward() throws Exception {
    CloudRun r =
        run(
            List.of(ServerCases.WEB, NO_ZONE_WWW, ZONE_EXAMPLE, NO_CNAME, NO_RRSET, ADD, PTR),
            "",
            "server",
            "set-rdns",
            "web",
            "--hostname",
            "www.example.com",
            "--add-forward");
    assertTrue(
        r.err().contains("Forward record www.example.com A 203.0.113.7 added to zone example.com"),
        r.err());
  }

  @Test
  void aMissingForwardRecordIsAddedOnAYesAtThePrompt() throws Exception {
    CloudRun r =
        run(
            List.of(ServerCases.WEB, NO_ZONE_WWW, ZONE_EXAMPLE, NO_CNAME, NO_RRSET, ADD, PTR),
            "y\n",
            "server",
            "set-rdns",
            "web",
            "--hostname",
            "www.example.com");
    assertTrue(
        r.err().contains("Add www.example.com A 203.0.113.7 to zone example.com? [y/N]"), r.err());
  }

  @Test
  void withoutAnAnswerTheReverseEntryIsSetAndTheMissingRecordNamed() throws Exception {
    CloudRun r =
        run(
            List.of(ServerCases.WEB, NO_ZONE_WWW, ZONE_EXAMPLE, NO_CNAME, NO_RRSET, PTR),
            "",
            "server",
            "set-rdns",
            "web",
            "--hostname",
            "www.example.com");
    assertTrue(
        r.err()
            .contains(
                "warning: the reverse entry will not match a forward record; add it with "
                    + "'hzone record add example.com www A 203.0.113.7' or rerun with --add-forward"),
        r.err());
  }

  @Test
  void aCnameIsRefusedNamingItsTargetBeforeAnyWrite() throws Exception {
    Exchange cname =
        get(
            "/zones/example.com/rrsets/www/CNAME",
            """
        {"rrset": {"id": "www/CNAME", "name": "www", "type": "CNAME", "ttl": null, "labels": {},
         "protection": {"change": false}, "records": [{"value": "web", "comment": null}], "zone": 4711}}""");
    List<Exchange> script = List.of(ServerCases.WEB, NO_ZONE_WWW, ZONE_EXAMPLE, cname);
    try (MockCloud api = new MockCloud(script)) {
      CloudRun r =
          CloudRun.run(
              dir,
              api.env(),
              "y\n",
              "server",
              "set-rdns",
              "web",
              "--hostname",
              "www.example.com",
              "--add-forward");
      assertEquals(65, r.code(), r.transcript());
      assertTrue(
          r.err()
              .contains(
                  "www.example.com is a CNAME to web.example.com in zone example.com, so it cannot "
                      + "have an A record of its own and none was added; nothing was changed"),
          r.err());
      assertTrue(
          r.err()
              .contains("'hzone server set-rdns web --hostname web.example.com --ip 203.0.113.7'"),
          r.err());
      api.verify(script, r.transcript());
    }
  }

  @Test
  void aNameOutsideTheProjectsZonesIsNotChecked() throws Exception {
    Exchange noZone =
        new Exchange(
            "GET",
            "/v1/zones/example.com",
            "",
            404,
            "{\"error\": {\"code\": \"not_found\", \"message\": \"zone not found\", \"details\": null}}");
    CloudRun r =
        run(
            List.of(ServerCases.WEB, NO_ZONE_WWW, noZone, PTR),
            "",
            "server",
            "set-rdns",
            "web",
            "--hostname",
            "www.example.com");
    assertTrue(
        r.err().contains("warning: no zone of this project contains www.example.com"), r.err());
  }

  @Test
  void anIpv6AddressIsCheckedAgainstAaaa() throws Exception {
    Exchange noRrset =
        new Exchange(
            "GET",
            "/v1/zones/example.com/rrsets/www/AAAA",
            "",
            404,
            "{\"error\": {\"code\": \"not_found\", \"message\": \"rrset not found\", \"details\": null}}");
    Exchange add =
        post(
            "/zones/example.com/rrsets/www/AAAA/actions/add_records",
            "{\"records\": [{\"value\": \"2001:db8:7::1\"}]}",
            one("action", action(77, "add_rrset_records")));
    Exchange ptr =
        act(
            "/floating_ips/11/actions/change_dns_ptr",
            "{\"ip\": \"2001:db8:7::1\", \"dns_ptr\": \"www.example.com\"}");
    CloudRun r =
        run(
            List.of(StorageAndIpCases.VIP, NO_ZONE_WWW, ZONE_EXAMPLE, NO_CNAME, noRrset, add, ptr),
            "",
            "floating-ip",
            "set-rdns",
            "vip",
            "--hostname",
            "www.example.com",
            "--ip",
            "2001:db8:7::1",
            "--add-forward");
    assertTrue(
        r.out().contains("Reverse DNS of floating IP vip (2001:db8:7::1) set to www.example.com"),
        r.out());
  }
}
