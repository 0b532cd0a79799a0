package dev.hzone.acme;

import dev.hzone.api.ActionWaiter;
import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.PollOptions;
import dev.hzone.api.RrsetListOptions;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link ChallengeZones} over the Cloud API: {@code GET /zones/{name}} per candidate zone, {@code
 * GET /zones/{zone}/rrsets?name=..} for what stands at the name, {@code add_records} and {@code
 * remove_records} on the TXT RRSet, each waited for. A zone busy with another action ({@code
 * locked}, {@code conflict}) becomes {@link ZoneBusyException}, which the hook retries.
 */
public final class HcloudChallengeZones implements ChallengeZones {
  /**
   * How the hook polls its actions: sooner than the client's default (500 ms), because DNS actions
   * are quick and the hook's run time is on the critical path of every certificate order.
   */
  public static final PollOptions HOOK_POLLING =
      new PollOptions(Duration.ofMillis(100), Duration.ofSeconds(1), 1.5, Duration.ofMinutes(5));

  private final HcloudClient client;
  private final ActionWaiter waiter;

  public HcloudChallengeZones(HcloudClient client) {
    this.client = client;
    this.waiter = client.actionWaiter().withOptions(HOOK_POLLING);
  }

  @Override
  public Optional<Zone> zone(String zoneName) {
    Optional<Zone> z = client.zones().get(zoneName);
    // Only a primary zone has RRSets to write; a secondary zone of that name is not where the
    // record goes.
    return z.filter(zone -> zone.mode() == ZoneMode.PRIMARY);
  }

  @Override
  public List<Rrset> rrsetsAt(Zone zone, String relativeName) {
    return client.rrsets().list(zone.name(), RrsetListOptions.ALL.withName(relativeName));
  }

  @Override
  public void addTxt(Zone zone, String relativeName, String value, OptionalInt ttl) {
    busyAware(
        () ->
            waiter.waitFor(
                client
                    .rrsets()
                    .addRecords(
                        zone.name(),
                        RrsetKey.of(relativeName, RecordType.TXT),
                        List.of(RecordValue.of(value)),
                        ttl)));
  }

  @Override
  public void removeTxt(Zone zone, String relativeName, String value) {
    busyAware(
        () ->
            waiter.waitFor(
                client
                    .rrsets()
                    .removeRecords(
                        zone.name(),
                        RrsetKey.of(relativeName, RecordType.TXT),
                        List.of(RecordValue.of(value)))));
  }

  private static void busyAware(Runnable write) {
    try {
      write.run();
    } catch (ApiException e) {
      if (e.is(ErrorCode.LOCKED, ErrorCode.CONFLICT)) {
        throw new ZoneBusyException(e.getMessage(), e);
      }
      throw e;
    }
  }
}
