package dev.hzone.sync.document;

import static dev.hzone.sync.SyncFixtures.APEX;
import static dev.hzone.sync.SyncFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.SyncFixtures;
import dev.hzone.sync.TsigKeyFiles;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.SafetyPolicy;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.Operation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanPrintersTest {
  @TempDir Path dir;

  private static final String REMOTE =
      APEX
          + """
      www 300 IN A 203.0.113.10 ; web-1
      old IN TXT "legacy"
      _acme-challenge IN TXT "token"
      """;
  private static final String DESIRED =
      APEX.replace("$TTL 3600", "$TTL 1800")
          + """
      www 600 IN A 203.0.113.10 ; web-1
      www 600 IN A 203.0.113.11 ; web-2
      shop IN A 192.0.2.2
      txt IN TXT "a \\"quoted\\" word" "and more"
      """;

  private Plan samplePlan() throws Exception {
    Path key = Files.writeString(dir.resolve("k.key"), "c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw==");
    ZoneSettings secondary =
        new ZoneSettings(
            ZoneMode.SECONDARY,
            OptionalInt.empty(),
            List.of(),
            SafetyPolicy.DEFAULT,
            Optional.of(Map.of("team", "dns")),
            Optional.of(true),
            List.of(
                new PrimaryServer(
                    "198.51.100.7", 53, Optional.of(TsigKeyFiles.read(key, Optional.empty())))),
            false,
            true,
            Map.of());
    ZonePlan sec =
        SyncFixtures.PLANNER.plan(
            new DesiredZone(
                new dev.hzone.dns.ZoneData(
                    "example.net", OptionalInt.empty(), new java.util.TreeMap<>()),
                secondary,
                Optional.empty()),
            Optional.empty(),
            PlanOptions.DEFAULT.withZoneCreation(PlanOptions.ZoneCreation.ALLOW));
    return new Plan(List.of(plan(DESIRED, REMOTE), sec));
  }

  @Test
  void jsonPlanReadsBackAsTheSamePlan() throws Exception {
    Plan p = samplePlan();
    StringBuilder sb = new StringBuilder();
    new JsonPlanPrinter().print(p, sb);
    Plan back = new PlanDocumentReader().read("plan.json", sb.toString());
    assertEquals(p, back);
    StringBuilder again = new StringBuilder();
    new JsonPlanPrinter().print(back, again);
    assertEquals(sb.toString(), again.toString());
  }

  @Test
  void jsonPlanNeverHoldsTheTsigSecret() throws Exception {
    StringBuilder sb = new StringBuilder();
    new JsonPlanPrinter().print(samplePlan(), sb);
    assertFalse(sb.toString().contains("c2VjcmV0LXRzaWcta2V5LWZvci10ZXN0cw=="));
    assertTrue(sb.toString().contains("\"tsig_key_file\": \"" + dir.resolve("k.key") + "\""));
  }

  @Test
  void anEditedPlanIsRefused() throws Exception {
    StringBuilder sb = new StringBuilder();
    new JsonPlanPrinter().print(samplePlan(), sb);
    String edited = sb.toString().replace("203.0.113.11", "203.0.113.66");
    PlanDocumentReader.PlanDocumentException e =
        assertThrows(
            PlanDocumentReader.PlanDocumentException.class,
            () -> new PlanDocumentReader().read("plan.json", edited));
    assertEquals(
        "plan.json does not match its checksum: it was changed after hzone wrote it; run hzone plan "
            + "--out again",
        e.getMessage());
    assertThrows(
        PlanDocumentReader.PlanDocumentException.class,
        () -> new PlanDocumentReader().read("plan.json", "{\"format\": \"terraform\"}"));
    assertThrows(
        PlanDocumentReader.PlanDocumentException.class,
        () -> new PlanDocumentReader().read("plan.json", "not json"));
  }

  @Test
  void jsonPlanFollowsItsSchema() throws Exception {
    StringBuilder sb = new StringBuilder();
    new JsonPlanPrinter().print(samplePlan(), sb);
    JsonSchema schema;
    try (InputStream in = JsonPlanPrinter.class.getResourceAsStream("plan.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode doc = new ObjectMapper().readTree(sb.toString());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertEquals(Set.of(), errors);
  }

  @Test
  void textPlanShowsZoneSettingsAndNewZones() throws Exception {
    String text = SyncFixtures.printed(samplePlan().zones().toArray(ZonePlan[]::new));
    assertEquals(
        """
        example.com: 2 to create, 2 to change, 1 to delete (6 requests)
          ~ zone  ttl 3600 -> 1800  [change_zone_ttl]
          - old TXT  ttl default  [delete_rrset]
              - "legacy"
          + shop A  ttl default  [create_rrset]
              + 192.0.2.2
          + txt TXT  ttl default  [create_rrset]
              + "a \\"quoted\\" word" "and more"
          ~ www A  ttl 300 -> 600  [add_records, change_ttl]
                203.0.113.10  ; web-1
              + 203.0.113.11  ; web-2
          = left alone: _acme-challenge TXT (ACME challenge not in the zone file)
        example.net: new secondary zone (2 requests)
          + zone secondary, ttl 3600, labels {team=dns}, delete protection on, primaries [198.51.100.7:53 (tsig hmac-sha256)]  [create_zone, change_zone_protection]

        Plan: 3 to create, 2 to change, 1 to delete; 10 API requests (8 writes, 2 action polls) to apply, rate-limit budget not known
        """,
        text);
  }

  @Test
  void colourOnlyWhenAsked() throws Exception {
    StringBuilder plain = new StringBuilder();
    StringBuilder colour = new StringBuilder();
    Plan p = samplePlan();
    new TextPlanPrinter(false).print(p, OptionalInt.of(3590), plain);
    new TextPlanPrinter(true).print(p, OptionalInt.of(3590), colour);
    assertFalse(plain.toString().contains("\u001b["));
    assertTrue(colour.toString().contains("\u001b[32m+ shop A\u001b[0m"), colour.toString());
    assertTrue(
        plain
            .toString()
            .endsWith(
                "10 API requests (8 writes, 2 action polls) to apply, 3590 left in the rate-limit budget\n"));
  }

  /**
   * The batches of a large change (moved here from PlannerTest with the split: the codec is this
   * package's).
   */
  @Test
  void batchedOperationsHaveAJsonForm() {
    StringBuilder desired = new StringBuilder(APEX);
    StringBuilder remote = new StringBuilder(APEX);
    for (int i = 0; i < 120; i++) {
      desired.append("big IN TXT \"v").append(i).append("\"\n");
      desired.append("grow IN A 10.0.").append(i).append(".1\n");
    }
    remote.append("grow IN A 10.0.0.1\n");
    ZonePlan p = plan(desired.toString(), remote.toString());
    for (Change c : p.changes()) {
      for (Operation op : c.operations()) {
        assertTrue(PlanJsonCodec.operation(op).toString().length() > 0);
      }
    }
  }
}
