package dev.hzone.emulator;

import static dev.hzone.emulator.ZonesApiTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RrsetsApiTest {
  private static final String Z = "/zones/example.com";
  private final TestEmulator t = TestEmulator.start();

  @BeforeEach
  void zone() {
    assertEquals(
        201, t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}").status());
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private JsonObject rrset(String name, String type) {
    ApiTestClient.Response r = t.api.get(Z + "/rrsets/" + name + "/" + type);
    assertEquals(200, r.status(), r.text());
    return r.json().getAsJsonObject("rrset");
  }

  private static List<String> values(JsonObject rrset) {
    List<String> out = new ArrayList<>();
    rrset
        .getAsJsonArray("records")
        .forEach(e -> out.add(e.getAsJsonObject().get("value").getAsString()));
    return out;
  }

  private String serial() {
    return values(rrset("@", "SOA")).get(0).split(" ")[2];
  }

  private ApiTestClient.Response action(String rrset, String action, String body) {
    return t.api.post(Z + "/rrsets/" + rrset + "/actions/" + action, body);
  }

  private static String records(String... values) {
    StringBuilder sb = new StringBuilder("{\"records\":[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i > 0 ? "," : "")
          .append("{\"value\":\"")
          .append(values[i].replace("\"", "\\\""))
          .append("\"}");
    }
    return sb.append("]}").toString();
  }

  @Nested
  class Crud {
    @Test
    void createsReadsAndDeletesWithActions() {
      ApiTestClient.Response r =
          t.api.post(
              Z + "/rrsets",
              "{\"name\":\"www\",\"type\":\"A\",\"ttl\":300,"
                  + "\"labels\":{\"owner\":\"web\"},\"records\":[{\"value\":\"203.0.113.10\",\"comment\":\"web-1\"}]}");
      assertEquals(201, r.status(), r.text());
      assertEquals("create_rrset", r.json().getAsJsonObject("action").get("command").getAsString());
      assertEquals("www/A", r.json().getAsJsonObject("rrset").get("id").getAsString());
      assertEquals(300, rrset("www", "A").get("ttl").getAsInt());
      assertEquals("2026030101", serial());
      ApiTestClient.Response dup =
          t.api.post(
              Z + "/rrsets",
              "{\"name\":\"www\",\"type\":\"A\"," + "\"records\":[{\"value\":\"203.0.113.11\"}]}");
      assertEquals(409, dup.status());
      assertEquals("uniqueness_error", dup.errorCode());
      JsonObject put =
          t.api
              .put(Z + "/rrsets/www/A", "{\"labels\":{\"x\":\"y\"}}")
              .json()
              .getAsJsonObject("rrset");
      assertEquals("{\"x\":\"y\"}", put.getAsJsonObject("labels").toString());
      assertEquals("2026030101", serial(), "labels are not a change resolvers see");
      ApiTestClient.Response del = t.api.delete(Z + "/rrsets/www/A");
      assertEquals(201, del.status());
      assertEquals(
          "delete_rrset", del.json().getAsJsonObject("action").get("command").getAsString());
      assertEquals(404, t.api.get(Z + "/rrsets/www/A").status());
      assertEquals("2026030102", serial());
    }

    @Test
    void listsWithNameTypeSelectorAndUpTo100PerPage() {
      for (int i = 0; i < 120; i++) {
        t.api.post(
            Z + "/rrsets",
            "{\"name\":\"h"
                + i
                + "\",\"type\":\"A\",\"labels\":{\"n\":\""
                + (i % 2)
                + "\"},"
                + "\"records\":[{\"value\":\"192.0.2."
                + (i % 250)
                + "\"}]}");
      }
      JsonObject page = t.api.get(Z + "/rrsets?per_page=200").json();
      assertEquals(100, page.getAsJsonArray("rrsets").size());
      assertEquals(
          122,
          page.getAsJsonObject("meta")
              .getAsJsonObject("pagination")
              .get("total_entries")
              .getAsInt());
      assertEquals(1, t.api.get(Z + "/rrsets?name=h7").json().getAsJsonArray("rrsets").size());
      assertEquals(
          2, t.api.get(Z + "/rrsets?type=NS&type=SOA").json().getAsJsonArray("rrsets").size());
      assertEquals(
          60,
          t.api
              .get(Z + "/rrsets?label_selector=n%3D1&per_page=100")
              .json()
              .getAsJsonArray("rrsets")
              .size());
      JsonArray byId =
          t.api.get(Z + "/rrsets?sort=id:desc&per_page=1").json().getAsJsonArray("rrsets");
      assertEquals("h99/A", byId.get(0).getAsJsonObject().get("id").getAsString());
      assertEquals("type", firstField(t.api.get(Z + "/rrsets?type=SPF")));
    }

    @Test
    void refusesBadNamesTypesAndUnknownFields() {
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www.example.com\",\"type\":\"A\","
                      + "\"records\":[{\"value\":\"192.0.2.1\"}]}")));
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"WWW\",\"type\":\"A\","
                      + "\"records\":[{\"value\":\"192.0.2.1\"}]}")));
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www.\",\"type\":\"A\","
                      + "\"records\":[{\"value\":\"192.0.2.1\"}]}")));
      assertEquals(
          "type",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www\",\"type\":\"SSHFP\","
                      + "\"records\":[{\"value\":\"1 1 abcd\"}]}")));
      assertEquals(
          "records",
          firstField(
              t.api.post(Z + "/rrsets", "{\"name\":\"www\",\"type\":\"A\",\"records\":[]}")));
      assertEquals(
          "records[0].value",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www\",\"type\":\"A\","
                      + "\"records\":[{\"value\":\"300.1.1.1\"}]}")));
      assertEquals(
          "extra",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www\",\"type\":\"A\",\"extra\":1,"
                      + "\"records\":[{\"value\":\"192.0.2.1\"}]}")));
      assertEquals(
          "records",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www\",\"type\":\"AAAA\","
                      + "\"records\":[{\"value\":\"2001:db8::1\"},{\"value\":\"2001:DB8:0::1\"}]}")));
      assertEquals(
          201,
          t.api
              .post(
                  Z + "/rrsets",
                  "{\"name\":\"*.dev\",\"type\":\"A\","
                      + "\"records\":[{\"value\":\"192.0.2.1\"}]}")
              .status());
      assertEquals(
          201,
          t.api
              .post(
                  Z + "/rrsets",
                  "{\"name\":\"_sip._tcp\",\"type\":\"SRV\","
                      + "\"records\":[{\"value\":\"10 5 5060 sip.example.com.\"}]}")
              .status());
    }
  }

  @Nested
  class Rules {
    @Test
    void txtMustBeQuotedStringsOfAtMost255Bytes() {
      assertEquals(
          "records[0].value",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"t\",\"type\":\"TXT\","
                      + "\"records\":[{\"value\":\"v=spf1 -all\"}]}")));
      String long256 = "a".repeat(256);
      ApiTestClient.Response tooLong =
          t.api.post(
              Z + "/rrsets",
              "{\"name\":\"t\",\"type\":\"TXT\","
                  + "\"records\":[{\"value\":\"\\\""
                  + long256
                  + "\\\"\"}]}");
      assertTrue(tooLong.text().contains("exceeds 255"), tooLong.text());
      String split = "\\\"" + "a".repeat(255) + "\\\" \\\"a\\\"";
      assertEquals(
          201,
          t.api
              .post(
                  Z + "/rrsets",
                  "{\"name\":\"t\",\"type\":\"TXT\","
                      + "\"records\":[{\"value\":\""
                      + split
                      + "\"},{\"value\":\"\\\"say \\\\\\\"hi\\\\\\\"\\\"\"}]}")
              .status());
      assertEquals(
          List.of("\"" + "a".repeat(255) + "\" \"a\"", "\"say \\\"hi\\\"\""),
          values(rrset("t", "TXT")));
    }

    @Test
    void cnameStandsAlone() {
      t.api.post(
          Z + "/rrsets",
          "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}");
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"www\",\"type\":\"CNAME\","
                      + "\"records\":[{\"value\":\"other.example.net.\"}]}")));
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"@\",\"type\":\"CNAME\","
                      + "\"records\":[{\"value\":\"other.example.net.\"}]}")));
      assertEquals(
          "records",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"c\",\"type\":\"CNAME\","
                      + "\"records\":[{\"value\":\"a.example.net.\"},{\"value\":\"b.example.net.\"}]}")));
    }

    @Test
    void soaIsManagedItsSerialBumpedAndItCannotGo() {
      assertEquals("2026030100", serial());
      assertEquals(
          201,
          action(
                  "@/SOA",
                  "set_records",
                  records(
                      "hydrogen.ns.hetzner.com. hostmaster.example.com. 1 7200 3600 1209600 300"))
              .status());
      assertEquals(
          "hydrogen.ns.hetzner.com. hostmaster.example.com. 2026030101 7200 3600 1209600 300",
          values(rrset("@", "SOA")).get(0));
      assertEquals("rr_type", firstField(t.api.delete(Z + "/rrsets/@/SOA")));
      assertEquals(
          "records",
          firstField(
              action(
                  "@/SOA",
                  "remove_records",
                  records(
                      "hydrogen.ns.hetzner.com. hostmaster.example.com. 2026030101 7200 3600 1209600 300"))));
      assertEquals(
          "records", firstField(action("@/SOA", "add_records", records("a. b. 1 2 3 4 5"))));
      assertEquals(
          "name",
          firstField(
              t.api.post(
                  Z + "/rrsets",
                  "{\"name\":\"sub\",\"type\":\"SOA\","
                      + "\"records\":[{\"value\":\"a. b. 1 2 3 4 5\"}]}")));
      t.clock.advance(java.time.Duration.ofDays(2));
      action(
          "@/SOA",
          "set_records",
          records("hydrogen.ns.hetzner.com. dns.hetzner.com. 5 86400 10800 3600000 3600"));
      assertEquals("2026030300", serial(), "a new day starts at nn=00");
    }

    @Test
    void assignedNameserversCannotBeRemovedButOthersMayBeAdded() {
      assertEquals(201, action("@/NS", "add_records", records("ns1.other.net.")).status());
      assertEquals(4, values(rrset("@", "NS")).size());
      assertEquals(
          "records",
          firstField(action("@/NS", "remove_records", records("oxygen.ns.hetzner.com."))));
      assertEquals("records", firstField(action("@/NS", "set_records", records("ns1.other.net."))));
      assertEquals(201, action("@/NS", "remove_records", records("ns1.other.net.")).status());
      assertEquals("rr_type", firstField(t.api.delete(Z + "/rrsets/@/NS")));
      assertEquals(201, action("sub/NS", "add_records", records("ns1.other.net.")).status());
    }
  }

  @Nested
  class Actions {
    @Test
    void setAddRemoveAndUpdateRecords() {
      assertEquals(
          201,
          action(
                  "www/A",
                  "add_records",
                  "{\"records\":[{\"value\":\"192.0.2.1\",\"comment\":\"a\"}]," + "\"ttl\":600}")
              .status());
      assertEquals(600, rrset("www", "A").get("ttl").getAsInt());
      assertEquals(
          "ttl",
          firstField(
              action(
                  "www/A",
                  "add_records",
                  "{\"records\":[{\"value\":\"192.0.2.2\"}]," + "\"ttl\":300}")));
      assertEquals("records", firstField(action("www/A", "add_records", records("192.0.2.1"))));
      assertEquals(201, action("www/A", "add_records", records("192.0.2.2")).status());
      assertEquals(List.of("192.0.2.1", "192.0.2.2"), values(rrset("www", "A")));
      ApiTestClient.Response upd =
          action(
              "www/A",
              "update_records",
              "{\"records\":[{\"value\":\"192.0.2.2\",\"comment\":\"b\"}]}");
      assertEquals(200, upd.status(), "update_records answers 200, as the spec says");
      assertEquals(
          "update_rrset_records",
          upd.json().getAsJsonObject("action").get("command").getAsString());
      assertEquals(
          "b",
          rrset("www", "A")
              .getAsJsonArray("records")
              .get(1)
              .getAsJsonObject()
              .get("comment")
              .getAsString());
      assertEquals(
          "records[0].comment",
          firstField(action("www/A", "update_records", records("192.0.2.2"))));
      assertEquals(201, action("www/A", "set_records", records("192.0.2.9")).status());
      assertEquals(List.of("192.0.2.9"), values(rrset("www", "A")));
      assertEquals(404, action("nope/A", "set_records", records("192.0.2.9")).status());
      assertEquals("records", firstField(action("www/A", "remove_records", records("192.0.2.8"))));
      assertEquals(201, action("www/A", "remove_records", records("192.0.2.9")).status());
      assertEquals(404, t.api.get(Z + "/rrsets/www/A").status(), "an RRSet left empty is deleted");
    }

    @Test
    void acceptsAtMost50RecordsPerRequest() {
      String[] fifty = new String[50];
      String[] fiftyOne = new String[51];
      for (int i = 0; i < 51; i++) {
        if (i < 50) {
          fifty[i] = "192.0.2." + i;
        }
        fiftyOne[i] = "198.51.100." + i;
      }
      assertEquals("records", firstField(action("big/A", "add_records", records(fiftyOne))));
      assertEquals(201, action("big/A", "add_records", records(fifty)).status());
      assertEquals(201, action("big/A", "add_records", records("192.0.2.200")).status());
      assertEquals(51, values(rrset("big", "A")).size());
    }

    @Test
    void ttlNullInheritsTheZoneTtl() {
      action("www/A", "add_records", records("192.0.2.1"));
      assertTrue(rrset("www", "A").get("ttl").isJsonNull());
      assertEquals(201, action("www/A", "change_ttl", "{\"ttl\":120}").status());
      assertEquals(120, rrset("www", "A").get("ttl").getAsInt());
      assertEquals("ttl", firstField(action("www/A", "change_ttl", "{}")));
      assertEquals(201, action("www/A", "change_ttl", "{\"ttl\":null}").status());
      assertTrue(rrset("www", "A").get("ttl").isJsonNull());
      ZoneData served = t.published.served("example.com").orElseThrow();
      assertEquals(OptionalInt.empty(), served.get("www", RecordType.A).orElseThrow().ttl());
    }

    @Test
    void protectionBlocksChangesAndDeletion() {
      action("www/A", "add_records", records("192.0.2.1"));
      assertEquals(201, action("www/A", "change_protection", "{\"change\":true}").status());
      assertTrue(rrset("www", "A").getAsJsonObject("protection").get("change").getAsBoolean());
      for (ApiTestClient.Response r :
          List.of(
              action("www/A", "set_records", records("192.0.2.2")),
              action("www/A", "add_records", records("192.0.2.2")),
              action("www/A", "change_ttl", "{\"ttl\":60}"),
              t.api.delete(Z + "/rrsets/www/A"))) {
        assertEquals(423, r.status());
        assertEquals("protected", r.errorCode());
      }
      assertEquals("change", firstField(action("www/A", "change_protection", "{}")));
      assertEquals(201, action("www/A", "change_protection", "{\"change\":false}").status());
      assertEquals(201, t.api.delete(Z + "/rrsets/www/A").status());
    }

    @Test
    void everyFinishedChangeIsPublished() {
      action("www/A", "add_records", records("192.0.2.1"));
      ZoneData served = t.published.served("example.com").orElseThrow();
      assertEquals(List.of("192.0.2.1"), served.get("www", RecordType.A).orElseThrow().values());
      assertTrue(
          served.get("@", RecordType.SOA).orElseThrow().values().get(0).contains("2026030101"));
    }
  }
}
