package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescribeWriterTest {

  @Test
  void alignsValuesWithinABlockAndIndentsSections() {
    DescribeWriter d = new DescribeWriter();
    d.field("ID", "42").field("Name", "example.com").field("Record Count", "7");
    d.section("Protection", s -> s.field("Delete", "no"));
    d.labels(Map.of("team", "web", "env", ""));
    d.blank();
    d.section(
        "Authoritative Nameservers",
        s ->
            s.list(
                    "Assigned",
                    List.of("hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com."),
                    "none")
                .list("Delegated", List.of(), "No delegated nameservers")
                .field("Delegation status", "valid"));
    d.section(
        "Primary Nameservers",
        s -> {
          s.item(
              i ->
                  i.field("Address", "198.51.100.7")
                      .field("Port", "53")
                      .field("TSIG Algorithm", "hmac-sha256"));
          s.item(i -> i.field("Address", "2001:db8::7").field("Port", "5353"));
        });
    assertEquals(
        """
        ID:           42
        Name:         example.com
        Record Count: 7
        Protection:
          Delete: no
        Labels:
          env:
          team: web

        Authoritative Nameservers:
          Assigned:
            - hydrogen.ns.hetzner.com.
            - oxygen.ns.hetzner.com.
          Delegated:
            No delegated nameservers
          Delegation status: valid
        Primary Nameservers:
          - Address:        198.51.100.7
            Port:           53
            TSIG Algorithm: hmac-sha256
          - Address:        2001:db8::7
            Port:           5353
        """,
        d.render());
  }

  @Test
  void saysSoWhenThereAreNoLabels() {
    assertEquals("Labels:\n  No labels\n", new DescribeWriter().labels(Map.of()).render());
  }
}
