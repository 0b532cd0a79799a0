package dev.hzone.sync.plan;

import static dev.hzone.sync.SyncFixtures.APEX;
import static dev.hzone.sync.SyncFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyPolicyTest {
  /** A zone of {@code n} A RRSets h0..h(n-1), with values starting at {@code base}. */
  private static String hosts(int n, int base) {
    StringBuilder sb = new StringBuilder(APEX);
    for (int i = 0; i < n; i++) {
      sb.append("h").append(i).append(" IN A 192.0.2.").append(base + i).append('\n');
    }
    return sb.toString();
  }

  private static List<String> rules(ZonePlan p) {
    return p.violations().stream().map(SafetyViolation::rule).toList();
  }

  @Test
  void refusesUpdatesAboveThirtyPercent() {
    // 12 hosts + SOA + NS remotely; SOA is Hetzner's, so 13 owned RRSets; 4 of them change (31%).
    String remote = hosts(12, 1);
    String desired =
        remote
            .replace("192.0.2.1\n", "192.0.2.101\n")
            .replace("192.0.2.2\n", "192.0.2.102\n")
            .replace("192.0.2.3\n", "192.0.2.103\n")
            .replace("192.0.2.4\n", "192.0.2.104\n");
    ZonePlan p = plan(desired, remote);
    assertEquals(13, p.existingRrsets());
    assertEquals(List.of("too-many-updates"), rules(p));
    assertEquals(
        "example.com: 4 of 13 existing RRSets would change (31%), above the limit of 30% "
            + "(max_update_percent in hzone.toml)",
        p.violations().get(0).message());
  }

  @Test
  void allowsUpToTheLimit() {
    String remote = hosts(12, 1);
    String desired =
        remote
            .replace("192.0.2.1\n", "192.0.2.101\n")
            .replace("192.0.2.2\n", "192.0.2.102\n")
            .replace("192.0.2.3\n", "192.0.2.103\n");
    assertEquals(List.of(), rules(plan(desired, remote)));
  }

  @Test
  void refusesDeletesAboveThirtyPercent() {
    assertEquals(List.of("too-many-deletes"), rules(plan(hosts(8, 1), hosts(12, 1))));
  }

  @Test
  void smallZonesAreExempt() {
    assertEquals(List.of(), rules(plan(hosts(2, 50), hosts(6, 1))));
  }

  @Test
  void thresholdsComeFromSettings() {
    ZoneSettings lax = ZoneSettings.DEFAULT.withSafety(new SafetyPolicy(1.0, 0.5, 10));
    ZonePlan p = plan(hosts(8, 1), lax, hosts(12, 1), PlanOptions.DEFAULT);
    assertEquals(List.of(), rules(p));
  }

  @Test
  void refusesEmptyingAZone() {
    ZonePlan p = plan(APEX, hosts(3, 1));
    assertEquals(List.of("empty-zone"), rules(p));
    assertTrue(p.violations().get(0).message().contains("would delete 3 RRSets"));
  }
}
