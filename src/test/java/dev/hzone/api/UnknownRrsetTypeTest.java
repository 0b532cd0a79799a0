package dev.hzone.api;

import static dev.hzone.api.RrsetClientTest.rrset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.api.schema.RecordSchema;
import dev.hzone.api.schema.RrsetSchema;
import dev.hzone.dns.AnyRrset;
import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an RRSet of a type this version of hzone does not know (Hetzner adds types; hcloud-go's
 * {@code ZoneRRSetType} is a plain string) comes through as an {@link OpaqueRrset} with its type
 * and values as the API gave them, instead of failing the whole listing.
 */
class UnknownRrsetTypeTest {
  final MockApi api = new MockApi();

  @AfterEach
  void close() throws Exception {
    api.close();
  }

  private static RrsetSchema schema(String type, Integer ttl, String value) {
    return new RrsetSchema(
        "www/" + type,
        "www",
        type,
        Optional.ofNullable(ttl),
        Map.of("team", "web"),
        new RrsetSchema.Protection(true),
        List.of(new RecordSchema(value, "seeded")),
        4711);
  }

  @Test
  void theMapperKeepsAnUnknownTypeOpaqueWithEverythingTheApiSent() {
    AnyRrset r = RrsetMapper.toAnyRrset(schema("OPENPGPKEY", 300, "mQINBGRnZXQ="));
    OpaqueRrset o = assertInstanceOf(OpaqueRrset.class, r);
    assertEquals("www", o.name());
    assertEquals("OPENPGPKEY", o.typeName());
    assertEquals("www/OPENPGPKEY", o.id());
    assertEquals(OptionalInt.of(300), o.ttl());
    assertEquals(List.of(new RecordValue("mQINBGRnZXQ=", "seeded")), o.records());
    assertEquals(Map.of("team", "web"), o.labels());
    assertTrue(o.changeProtected());
  }

  @Test
  void theMapperStillModelsKnownTypes() {
    Rrset r = assertInstanceOf(Rrset.class, RrsetMapper.toAnyRrset(schema("A", null, "192.0.2.1")));
    assertEquals(RecordType.A, r.type());
    assertEquals(OptionalInt.empty(), r.ttl());
  }

  @Test
  void anAnswerAboutAKnownTypeWithAnUnknownOneIsTheApisError() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> RrsetMapper.toRrset(schema("TYPE65000", 60, "\\# 0")));
    assertTrue(e.getMessage().contains("TYPE65000"), e.getMessage());
  }

  private void oneZoneWithAnUnknownType() {
    String items =
        rrset("www", "A", "null", "[{\"value\":\"192.0.2.1\"}]")
            + ","
            + rrset("www", "TYPE65000", "600", "[{\"value\":\"\\\\# 3 abcdef\"}]");
    api.json(
        200,
        "{\"rrsets\": ["
            + items
            + "], \"meta\": {\"pagination\": {\"page\": 1, \"per_page\": 100,"
            + " \"previous_page\": null, \"next_page\": null, \"last_page\": 1,"
            + " \"total_entries\": 2}}}");
  }

  @Test
  void listAllHasTheUnknownTypeAndListLeavesItOut() {
    oneZoneWithAnUnknownType();
    List<AnyRrset> all = api.client.rrsets().listAll("example.com", RrsetListOptions.ALL);
    assertEquals(List.of("www/A", "www/TYPE65000"), all.stream().map(AnyRrset::id).toList());
    assertEquals(List.of("\\# 3 abcdef"), all.get(1).values());
    oneZoneWithAnUnknownType();
    List<Rrset> known = api.client.rrsets().list("example.com");
    assertEquals(List.of("www/A"), known.stream().map(Rrset::id).toList());
  }

  @Test
  void readingAZoneKeepsTheUnknownTypeApart() {
    oneZoneWithAnUnknownType();
    Zone zone =
        new Zone(
            4711,
            "example.com",
            null,
            ZoneMode.PRIMARY,
            null,
            null,
            null,
            3600,
            null,
            0,
            null,
            null);
    ZoneData data = api.client.rrsets().read(zone);
    assertEquals(1, data.rrsets().size());
    OpaqueRrset o = data.opaque("www", "type65000").orElseThrow();
    assertEquals(OptionalInt.of(600), o.ttl());
    assertEquals(65000, o.typeCode());
  }
}
