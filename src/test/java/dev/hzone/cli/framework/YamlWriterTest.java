package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

  private static String yaml(String json) {
    return YamlWriter.write(JsonParser.parseString(json));
  }

  @Test
  void writesNestedMapsAndSequencesInBlockStyle() {
    String json =
        """
        {"id": 42, "name": "example.com", "ttl": null, "labels": {"team": "web"},
         "protection": {"delete": false},
         "authoritative_nameservers": {"assigned": ["hydrogen.ns.hetzner.com.", "oxygen.ns.hetzner.com."]},
         "primary_nameservers": [{"address": "198.51.100.7", "port": 53}], "empty": [], "none": {}}
        """;
    assertEquals(
        """
        id: 42
        name: example.com
        ttl: null
        labels:
          team: web
        protection:
          delete: false
        authoritative_nameservers:
          assigned:
          - hydrogen.ns.hetzner.com.
          - oxygen.ns.hetzner.com.
        primary_nameservers:
        - address: "198.51.100.7"
          port: 53
        empty: []
        none: {}
        """,
        yaml(json));
  }

  @Test
  void writesATopLevelListOfObjects() {
    assertEquals(
        """
        - id: 1
          name: a.com
        - id: 2
          name: b.com
        """,
        yaml("[{\"id\":1,\"name\":\"a.com\"},{\"id\":2,\"name\":\"b.com\"}]"));
  }

  @Test
  void writesNestedSequencesCompactly() {
    assertEquals(
        """
        - - a
          - b
        - - c
        """,
        yaml("[[\"a\",\"b\"],[\"c\"]]"));
  }

  @Test
  void quotesStringsThatAReaderWouldTakeForSomethingElse() {
    assertEquals("\"\"", YamlWriter.scalar(""));
    assertEquals("\"yes\"", YamlWriter.scalar("yes"));
    assertEquals("\"Off\"", YamlWriter.scalar("Off"));
    assertEquals("\"null\"", YamlWriter.scalar("null"));
    assertEquals("\"3600\"", YamlWriter.scalar("3600"));
    assertEquals("\"2026-03-01T10:00:00Z\"", YamlWriter.scalar("2026-03-01T10:00:00Z"));
    assertEquals("\"@\"", YamlWriter.scalar("@"));
    assertEquals("\"*\"", YamlWriter.scalar("*"));
    assertEquals("\"- x\"", YamlWriter.scalar("- x"));
    assertEquals("\"a: b\"", YamlWriter.scalar("a: b"));
    assertEquals("\"a #b\"", YamlWriter.scalar("a #b"));
    assertEquals("\"trailing \"", YamlWriter.scalar("trailing "));
    assertEquals("\"\\\"v=spf1 -all\\\"\"", YamlWriter.scalar("\"v=spf1 -all\""));
    assertEquals("\"line\\nbreak\"", YamlWriter.scalar("line\nbreak"));
    assertEquals("\"<b>\"", YamlWriter.scalar("<b>"));
  }

  @Test
  void leavesOrdinaryWordsPlain() {
    assertEquals("example.com", YamlWriter.scalar("example.com"));
    assertEquals("hydrogen.ns.hetzner.com.", YamlWriter.scalar("hydrogen.ns.hetzner.com."));
    assertEquals("www/A", YamlWriter.scalar("www/A"));
    assertEquals("example.com/team", YamlWriter.scalar("example.com/team"));
    assertEquals("primary", YamlWriter.scalar("primary"));
    assertEquals("hello world", YamlWriter.scalar("hello world"));
  }

  @Test
  void writesScalarsAtTheTopLevel() {
    assertEquals("null\n", yaml("null"));
    assertEquals("[]\n", yaml("[]"));
    assertEquals("{}\n", yaml("{}"));
    assertEquals("7\n", yaml("7"));
  }
}
