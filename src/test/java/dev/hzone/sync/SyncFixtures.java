package dev.hzone.sync;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.document.TextPlanPrinter;
import dev.hzone.sync.plan.DesiredZone;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.PlanOptions;
import dev.hzone.sync.plan.Planner;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.plan.ZoneSettings;
import dev.hzone.sync.remote.ReadMethod;
import dev.hzone.sync.remote.RemoteZone;
import dev.hzone.sync.remote.ZoneInfo;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Zones as zone-file text blocks and plans as printed text, for sync tests written like
 * dnscontrol's.
 */
public final class SyncFixtures {
  public static final String ZONE = "example.com";

  /**
   * The SOA and Hetzner's apex NS that every remote zone has, to put in front of a test's records.
   */
  public static final String APEX =
      """
      $ORIGIN example.com.
      $TTL 3600
      @ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 2026112801 86400 10800 3600000 3600
      @ IN NS hydrogen.ns.hetzner.com.
      @ IN NS oxygen.ns.hetzner.com.
      @ IN NS helium.ns.hetzner.de.
      """;

  public static final Planner PLANNER = new Planner(new ZoneFileWriter()::format);

  private SyncFixtures() {}

  /** A zone from zone-file text (origin example.com unless the text says otherwise). */
  public static ZoneData zone(String text) {
    return zone(text, ZONE);
  }

  /** A zone from zone-file text, for the zone {@code origin}. */
  public static ZoneData zone(String text, String origin) {
    return new ZoneFileReader().parse(text, "test", origin).zone();
  }

  /** The remote zone as the RRSet list would give it. */
  public static RemoteZone remote(String text) {
    return remote(text, ReadMethod.RRSET_LIST);
  }

  public static RemoteZone remote(String text, ReadMethod method) {
    ZoneData data = zone(text);
    ZoneAttributes attrs =
        new ZoneAttributes(
            ZoneMode.PRIMARY, data.defaultTtl().orElse(3600), Map.of(), false, List.of());
    ZoneInfo info =
        new ZoneInfo(
            4711, ZONE, attrs, dev.hzone.api.cloud.Zone.AuthoritativeNameservers.HETZNER_DEFAULTS);
    return new RemoteZone(info, data, method);
  }

  public static DesiredZone desired(String text, ZoneSettings settings) {
    return new DesiredZone(zone(text), settings, Optional.of("example.com.zone"));
  }

  public static ZonePlan plan(String desired, String remote) {
    return plan(desired, ZoneSettings.DEFAULT, remote, PlanOptions.DEFAULT);
  }

  public static ZonePlan plan(
      String desired, ZoneSettings settings, String remote, PlanOptions options) {
    return PLANNER.plan(desired(desired, settings), Optional.of(remote(remote)), options);
  }

  /** The plan as {@code hzone plan} prints it, without colour and budget. */
  public static String printed(ZonePlan... zones) {
    StringBuilder sb = new StringBuilder();
    new TextPlanPrinter(false).print(new Plan(List.of(zones)), OptionalInt.empty(), sb);
    return sb.toString();
  }
}
