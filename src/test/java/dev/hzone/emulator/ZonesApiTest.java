package dev.hzone.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ZonesApiTest {
  private final TestEmulator t = TestEmulator.start();

  @AfterEach
  void stop() {
    t.close();
  }

  private JsonObject create(String json) {
    ApiTestClient.Response r = t.api.post("/zones", json);
    assertEquals(201, r.status(), r.text());
    return r.json();
  }

  private static List<String> names(JsonObject list, String key) {
    List<String> out = new ArrayList<>();
    list.getAsJsonArray(key).forEach(e -> out.add(e.getAsJsonObject().get("name").getAsString()));
    return out;
  }

  @Nested
  class Create {
    @Test
    void addsTheManagedSoaAndThreeAssignedNameservers() {
      JsonObject r =
          create("{\"name\":\"example.com\",\"mode\":\"primary\",\"labels\":{\"team\":\"web\"}}");
      JsonObject zone = r.getAsJsonObject("zone");
      assertEquals(3600, zone.get("ttl").getAsInt());
      assertEquals(4, zone.get("record_count").getAsInt());
      assertEquals("web", zone.getAsJsonObject("labels").get("team").getAsString());
      assertEquals("create_zone", r.getAsJsonObject("action").get("command").getAsString());
      JsonObject ns = t.api.get("/zones/example.com/rrsets/@/NS").json().getAsJsonObject("rrset");
      assertEquals(3, ns.getAsJsonArray("records").size());
      assertEquals(
          "hydrogen.ns.hetzner.com.",
          ns.getAsJsonArray("records").get(0).getAsJsonObject().get("value").getAsString());
      String soa =
          t.api
              .get("/zones/example.com/rrsets/@/SOA")
              .json()
              .getAsJsonObject("rrset")
              .getAsJsonArray("records")
              .get(0)
              .getAsJsonObject()
              .get("value")
              .getAsString();
      assertEquals(
          "hydrogen.ns.hetzner.com. dns.hetzner.com. 2026030100 86400 10800 3600000 3600", soa);
    }

    @Test
    void takesInitialRrsets() {
      create(
          "{\"name\":\"example.org\",\"mode\":\"primary\",\"ttl\":600,\"rrsets\":["
              + "{\"name\":\"www\",\"type\":\"A\",\"ttl\":null,\"labels\":{},\"records\":[{\"value\":\"203.0.113.10\","
              + "\"comment\":\"web-1\"}]}]}");
      JsonObject www = t.api.get("/zones/example.org/rrsets/www/A").json().getAsJsonObject("rrset");
      assertTrue(www.get("ttl").isJsonNull());
      assertEquals(
          "web-1",
          www.getAsJsonArray("records").get(0).getAsJsonObject().get("comment").getAsString());
      assertEquals(
          600,
          t.api.get("/zones/example.org").json().getAsJsonObject("zone").get("ttl").getAsInt());
    }

    @Test
    void takesAZoneFile() {
      String file =
          "$ORIGIN example.net.\\n$TTL 7200\\n"
              + "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\\n"
              + "@ IN 10800 NS hydrogen.ns.hetzner.com.\\n@ IN 10800 NS oxygen.ns.hetzner.com.\\n"
              + "@ IN 10800 NS helium.ns.hetzner.de.\\nwww 300 IN A 198.51.100.1 ; dropped comment\\n"
              + "mail IN MX 10 mx.example.net.\\n";
      create("{\"name\":\"example.net\",\"mode\":\"primary\",\"zonefile\":\"" + file + "\"}");
      JsonObject zone = t.api.get("/zones/example.net").json().getAsJsonObject("zone");
      assertEquals(7200, zone.get("ttl").getAsInt());
      JsonObject www = t.api.get("/zones/example.net/rrsets/www/A").json().getAsJsonObject("rrset");
      assertEquals(300, www.get("ttl").getAsInt());
      assertEquals(
          "", www.getAsJsonArray("records").get(0).getAsJsonObject().get("comment").getAsString());
      assertTrue(
          t.api
              .get("/zones/example.net/rrsets/mail/MX")
              .json()
              .getAsJsonObject("rrset")
              .get("ttl")
              .isJsonNull());
    }

    @Test
    void refusesAZoneFileAndRrsetsTogether() {
      ApiTestClient.Response r =
          t.api.post(
              "/zones",
              "{\"name\":\"example.com\",\"mode\":\"primary\","
                  + "\"zonefile\":\"x\",\"rrsets\":[{\"name\":\"a\",\"type\":\"A\",\"records\":[{\"value\":\"192.0.2.1\"}]}]}");
      assertEquals(422, r.status());
      assertEquals(
          "rrsets",
          r.json()
              .getAsJsonObject("error")
              .getAsJsonObject("details")
              .getAsJsonArray("fields")
              .get(0)
              .getAsJsonObject()
              .get("name")
              .getAsString());
    }

    @Test
    void addsTheAssignedNameserversAtCreationButAnImportNeedsThem() {
      String file =
          "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\\n"
              + "@ IN NS ns1.other.net.\\n";
      create("{\"name\":\"example.com\",\"mode\":\"primary\",\"zonefile\":\"" + file + "\"}");
      assertEquals(
          4,
          t.api
              .get("/zones/example.com/rrsets/@/NS")
              .json()
              .getAsJsonObject("rrset")
              .getAsJsonArray("records")
              .size(),
          "ledger L-CREATE-ZONEFILE");
      ApiTestClient.Response r =
          t.api.post(
              "/zones/example.com/actions/import_zonefile", "{\"zonefile\":\"" + file + "\"}");
      assertEquals(422, r.status());
      assertEquals("invalid_input", r.errorCode());
      assertTrue(r.text().contains("assigned"), r.text());
    }

    @Test
    void refusesAZoneFileWithAnotherOriginNamingTheLine() {
      ApiTestClient.Response r =
          t.api.post(
              "/zones",
              "{\"name\":\"example.com\",\"mode\":\"primary\","
                  + "\"zonefile\":\"$ORIGIN example.org.\\n\"}");
      assertEquals(422, r.status());
      assertTrue(r.text().contains("$ORIGIN"), r.text());
      r =
          t.api.post(
              "/zones",
              "{\"name\":\"example.com\",\"mode\":\"primary\","
                  + "\"zonefile\":\"@ IN SOA a. b. 1 2 3 4 5\\nwww IN A 999.1.1.1\\n\"}");
      assertEquals(422, r.status());
      assertTrue(r.text().contains("line 2"), r.text());
    }

    @Test
    void refusesInvalidNamesWithTheFieldAtFault() {
      for (String bad :
          List.of(
              "Example.com",
              "example.com.",
              "com",
              "www.example.com",
              "bäckerei.de",
              "-x.com",
              "")) {
        ApiTestClient.Response r =
            t.api.post("/zones", "{\"name\":\"" + bad + "\",\"mode\":\"primary\"}");
        assertEquals(422, r.status(), bad);
        JsonObject field =
            r.json()
                .getAsJsonObject("error")
                .getAsJsonObject("details")
                .getAsJsonArray("fields")
                .get(0)
                .getAsJsonObject();
        assertEquals("name", field.get("name").getAsString(), bad);
        assertFalse(field.getAsJsonArray("messages").isEmpty());
      }
      assertEquals(
          201, t.api.post("/zones", "{\"name\":\"example.co.uk\",\"mode\":\"primary\"}").status());
      assertEquals(
          201,
          t.api.post("/zones", "{\"name\":\"xn--mnchen-3ya.de\",\"mode\":\"primary\"}").status());
    }

    @Test
    void refusesMissingModeAndBadTtl() {
      assertEquals("mode", firstField(t.api.post("/zones", "{\"name\":\"example.com\"}")));
      assertEquals(
          "ttl",
          firstField(
              t.api.post(
                  "/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"," + "\"ttl\":59}")));
      assertEquals(
          "mode",
          firstField(t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"master\"}")));
    }

    @Test
    void refusesADuplicateName() {
      create("{\"name\":\"example.com\",\"mode\":\"primary\"}");
      ApiTestClient.Response r =
          t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}");
      assertEquals(409, r.status());
      assertEquals("uniqueness_error", r.errorCode());
    }

    @Test
    void answersJsonErrorForABodyThatIsNotJson() {
      ApiTestClient.Response r = t.api.post("/zones", "{name:");
      assertEquals(400, r.status());
      assertEquals("json_error", r.errorCode());
    }
  }

  static String firstField(ApiTestClient.Response r) {
    assertEquals(422, r.status(), r.text());
    return r.json()
        .getAsJsonObject("error")
        .getAsJsonObject("details")
        .getAsJsonArray("fields")
        .get(0)
        .getAsJsonObject()
        .get("name")
        .getAsString();
  }

  @Nested
  class Secondary {
    @Test
    void keepsItsPrimariesAndRefusesRecordEndpoints() {
      JsonObject zone =
          create(
                  "{\"name\":\"example.com\",\"mode\":\"secondary\",\"primary_nameservers\":["
                      + "{\"address\":\"198.51.100.7\",\"tsig_algorithm\":\"hmac-sha256\",\"tsig_key\":\"c2VjcmV0\"}]}")
              .getAsJsonObject("zone");
      assertEquals("secondary", zone.get("mode").getAsString());
      assertEquals(
          53,
          zone.getAsJsonArray("primary_nameservers")
              .get(0)
              .getAsJsonObject()
              .get("port")
              .getAsInt());
      assertEquals(0, zone.get("record_count").getAsInt());
      for (ApiTestClient.Response r :
          List.of(
              t.api.get("/zones/example.com/rrsets"),
              t.api.get("/zones/example.com/zonefile"),
              t.api.post(
                  "/zones/example.com/rrsets/www/A/actions/add_records",
                  "{\"records\":[{\"value\":\"192.0.2.1\"}]}"),
              t.api.post("/zones/example.com/actions/import_zonefile", "{\"zonefile\":\"\"}"))) {
        assertEquals(422, r.status(), r.text());
        assertEquals("incorrect_zone_mode", r.errorCode());
      }
      assertEquals(
          201,
          t.api
              .post(
                  "/zones/example.com/actions/change_primary_nameservers",
                  "{\"primary_nameservers\":[{\"address\":\"2001:db8::53\",\"port\":5353}]}")
              .status());
      JsonObject p =
          t.api
              .get("/zones/example.com")
              .json()
              .getAsJsonObject("zone")
              .getAsJsonArray("primary_nameservers")
              .get(0)
              .getAsJsonObject();
      assertEquals("2001:db8::53", p.get("address").getAsString());
      assertFalse(p.has("tsig_key"));
      assertTrue(t.published.served("example.com").isEmpty(), "secondary zones are not served");
    }

    @Test
    void needsPrimariesWithUniqueAddresses() {
      assertEquals(
          "primary_nameservers",
          firstField(t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"secondary\"}")));
      assertEquals(
          "primary_nameservers[1].address",
          firstField(
              t.api.post(
                  "/zones",
                  "{\"name\":\"example.com\",\"mode\":\"secondary\",\"primary_nameservers\":[{\"address\":\"192.0.2.1\"},"
                      + "{\"address\":\"192.0.2.1\",\"port\":5353}]}")));
      assertEquals(
          "primary_nameservers[0].address",
          firstField(
              t.api.post(
                  "/zones",
                  "{\"name\":\"example.com\",\"mode\":\"secondary\",\"primary_nameservers\":[{\"address\":\"ns1.x.org\"}]}")));
    }

    @Test
    void primaryZonesRefuseChangePrimaryNameservers() {
      create("{\"name\":\"example.com\",\"mode\":\"primary\"}");
      ApiTestClient.Response r =
          t.api.post(
              "/zones/example.com/actions/change_primary_nameservers",
              "{\"primary_nameservers\":[{\"address\":\"192.0.2.1\"}]}");
      assertEquals("incorrect_zone_mode", r.errorCode());
    }
  }

  @Nested
  class Read {
    @Test
    void findsZonesByIdOrName() {
      long id =
          create("{\"name\":\"example.com\",\"mode\":\"primary\"}")
              .getAsJsonObject("zone")
              .get("id")
              .getAsLong();
      assertEquals(
          "example.com",
          t.api.get("/zones/" + id).json().getAsJsonObject("zone").get("name").getAsString());
      assertEquals(404, t.api.get("/zones/example.org").status());
      assertEquals("not_found", t.api.get("/zones/999").errorCode());
    }

    @Test
    void listsWithFiltersSortAndPages() {
      for (String n : List.of("b.com", "a.com", "c.com", "d.com", "e.com")) {
        create(
            "{\"name\":\""
                + n
                + "\",\"mode\":\"primary\",\"labels\":{\"env\":\""
                + (n.equals("c.com") ? "prod" : "dev")
                + "\"}}");
      }
      create(
          "{\"name\":\"f.com\",\"mode\":\"secondary\",\"primary_nameservers\":[{\"address\":\"192.0.2.1\"}]}");
      assertEquals(
          List.of("b.com", "a.com", "c.com", "d.com", "e.com", "f.com"),
          names(t.api.get("/zones").json(), "zones"));
      assertEquals(
          List.of("f.com", "e.com", "d.com", "c.com", "b.com", "a.com"),
          names(t.api.get("/zones?sort=name:desc").json(), "zones"));
      assertEquals(
          List.of("c.com"), names(t.api.get("/zones?label_selector=env%3Dprod").json(), "zones"));
      assertEquals(
          List.of("b.com", "a.com", "d.com", "e.com"),
          names(t.api.get("/zones?label_selector=env!%3Dprod,env").json(), "zones"));
      assertEquals(List.of("f.com"), names(t.api.get("/zones?mode=secondary").json(), "zones"));
      assertEquals(List.of("d.com"), names(t.api.get("/zones?name=d.com").json(), "zones"));

      ApiTestClient.Response p2 = t.api.get("/zones?sort=name&per_page=2&page=2");
      assertEquals(List.of("c.com", "d.com"), names(p2.json(), "zones"));
      JsonObject pagination = p2.json().getAsJsonObject("meta").getAsJsonObject("pagination");
      assertEquals(1, pagination.get("previous_page").getAsInt());
      assertEquals(3, pagination.get("next_page").getAsInt());
      assertEquals(3, pagination.get("last_page").getAsInt());
      assertEquals(6, pagination.get("total_entries").getAsInt());
      String link = p2.header("Link").orElseThrow();
      assertTrue(link.contains("/v1/zones?sort=name&page=1&per_page=2>; rel=\"prev\""), link);
      assertTrue(link.contains("page=3&per_page=2>; rel=\"next\""), link);
      assertTrue(link.contains("page=3&per_page=2>; rel=\"last\""), link);
      JsonObject last =
          t.api
              .get("/zones?per_page=5&page=2")
              .json()
              .getAsJsonObject("meta")
              .getAsJsonObject("pagination");
      assertTrue(last.get("next_page").isJsonNull());
      assertEquals(
          50,
          t.api
              .get("/zones?per_page=500")
              .json()
              .getAsJsonObject("meta")
              .getAsJsonObject("pagination")
              .get("per_page")
              .getAsInt());
    }

    @Test
    void refusesBadSortAndSelector() {
      assertEquals("sort", firstField(t.api.get("/zones?sort=size")));
      assertEquals(
          "label_selector", firstField(t.api.get("/zones?label_selector=a%3D%3D%3Db%20in")));
    }
  }

  @Nested
  class Change {
    @Test
    void replacesLabelsWithPut() {
      create("{\"name\":\"example.com\",\"mode\":\"primary\",\"labels\":{\"a\":\"1\"}}");
      JsonObject z =
          t.api
              .put("/zones/example.com", "{\"labels\":{\"b\":\"2\"}}")
              .json()
              .getAsJsonObject("zone");
      assertEquals("{\"b\":\"2\"}", z.getAsJsonObject("labels").toString());
      assertEquals(
          "labels",
          firstField(t.api.put("/zones/example.com", "{\"labels\":{\"hetzner.cloud/x\":\"1\"}}")));
    }

    @Test
    void deleteIsRefusedWhileProtectedAndThenWithdrawsTheZone() {
      create("{\"name\":\"example.com\",\"mode\":\"primary\"}");
      assertTrue(t.published.served("example.com").isPresent());
      assertEquals(
          201,
          t.api.post("/zones/example.com/actions/change_protection", "{\"delete\":true}").status());
      ApiTestClient.Response refused = t.api.delete("/zones/example.com");
      assertEquals(423, refused.status());
      assertEquals("protected", refused.errorCode());
      t.api.post("/zones/example.com/actions/change_protection", "{\"delete\":false}");
      ApiTestClient.Response deleted = t.api.delete("/zones/example.com");
      assertEquals(201, deleted.status());
      assertEquals(
          "delete_zone", deleted.json().getAsJsonObject("action").get("command").getAsString());
      assertEquals(404, t.api.get("/zones/example.com").status());
      assertTrue(t.published.served("example.com").isEmpty());
      assertEquals(
          201, t.api.post("/zones", "{\"name\":\"example.com\",\"mode\":\"primary\"}").status());
    }

    @Test
    void changeTtlMovesTheDefaultAndTheSerial() {
      create("{\"name\":\"example.com\",\"mode\":\"primary\"}");
      t.api.post("/zones/example.com/actions/change_ttl", "{\"ttl\":600}");
      assertEquals(
          600,
          t.api.get("/zones/example.com").json().getAsJsonObject("zone").get("ttl").getAsInt());
      assertTrue(
          t.api
              .get("/zones/example.com/zonefile")
              .json()
              .get("zonefile")
              .getAsString()
              .contains("2026030101"));
      assertEquals(600, t.published.served("example.com").orElseThrow().defaultTtl().getAsInt());
      assertEquals(
          "ttl", firstField(t.api.post("/zones/example.com/actions/change_ttl", "{\"ttl\":null}")));
    }

    @Test
    void importReplacesEveryRrsetAndRefusesProtectedOnes() {
      create(
          "{\"name\":\"example.com\",\"mode\":\"primary\",\"rrsets\":[{\"name\":\"old\",\"type\":\"A\","
              + "\"records\":[{\"value\":\"192.0.2.1\"}]}]}");
      String file =
          "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\\n"
              + "@ NS hydrogen.ns.hetzner.com.\\n@ NS oxygen.ns.hetzner.com.\\n@ NS helium.ns.hetzner.de.\\n"
              + "new IN TXT \\\"hello world\\\"\\n";
      t.api.post("/zones/example.com/rrsets/old/A/actions/change_protection", "{\"change\":true}");
      ApiTestClient.Response refused =
          t.api.post(
              "/zones/example.com/actions/import_zonefile", "{\"zonefile\":\"" + file + "\"}");
      assertEquals("protected", refused.errorCode());
      t.api.post("/zones/example.com/rrsets/old/A/actions/change_protection", "{\"change\":false}");
      assertEquals(
          201,
          t.api
              .post("/zones/example.com/actions/import_zonefile", "{\"zonefile\":\"" + file + "\"}")
              .status());
      assertEquals(404, t.api.get("/zones/example.com/rrsets/old/A").status());
      assertEquals(
          "\"hello world\"",
          t.api
              .get("/zones/example.com/rrsets/new/TXT")
              .json()
              .getAsJsonObject("rrset")
              .getAsJsonArray("records")
              .get(0)
              .getAsJsonObject()
              .get("value")
              .getAsString());
      assertEquals(
          3600,
          t.api.get("/zones/example.com").json().getAsJsonObject("zone").get("ttl").getAsInt());
      String soa = t.api.get("/zones/example.com/rrsets/@/SOA").json().toString();
      assertTrue(soa.contains("2026030101"), "the file's serial 1 is replaced: " + soa);
    }
  }

  @Nested
  class Export {
    @Test
    void writesTheRealLayoutWithATtlOnEveryLineGroupedByType() {
      // The layout of real exports (mconfalonieri/external-dns-hetzner-webhook's test fixtures): a
      // TTL on every
      // line, the zone TTL where the RRSet has none of its own; one commented group per type, NS
      // first.
      create(
          "{\"name\":\"example.com\",\"mode\":\"primary\",\"rrsets\":["
              + "{\"name\":\"www\",\"type\":\"A\",\"records\":[{\"value\":\"203.0.113.10\",\"comment\":\"web-1\"}]},"
              + "{\"name\":\"mail\",\"type\":\"A\",\"records\":[{\"value\":\"203.0.113.25\"}]},"
              + "{\"name\":\"_dmarc\",\"type\":\"TXT\",\"ttl\":300,\"records\":[{\"value\":\"\\\"v=DMARC1; p=none\\\"\"}]}]}");
      String file = t.api.get("/zones/example.com/zonefile").json().get("zonefile").getAsString();
      assertTrue(file.startsWith(";; Exported on 2026-03-01T"), file);
      assertEquals(
          "$ORIGIN\texample.com.\n$TTL\t3600\n\n"
              + "@\t3600\tIN\tSOA\thydrogen.ns.hetzner.com. dns.hetzner.com. 2026030100 86400 10800 3600000 3600\n\n"
              + "; NS records\n"
              + "@\t3600\tIN\tNS\thydrogen.ns.hetzner.com.\n@\t3600\tIN\tNS\toxygen.ns.hetzner.com.\n"
              + "@\t3600\tIN\tNS\thelium.ns.hetzner.de.\n\n"
              + "; A records\n"
              + "mail\t3600\tIN\tA\t203.0.113.25\n"
              + "www\t3600\tIN\tA\t203.0.113.10 ; web-1\n\n"
              + "; TXT records\n"
              + "_dmarc\t300\tIN\tTXT\t\"v=DMARC1; p=none\"\n",
          file.substring(file.indexOf('\n') + 1));
    }
  }
}
