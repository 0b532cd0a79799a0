package dev.hzone.acme;

import dev.hzone.api.Sleeper;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.TxtStrings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes and removes challenge TXT records, safely when several hooks run at once: it only ever
 * appends one value ({@code add_records}) or removes exactly one ({@code remove_records}), never
 * replaces the RRSet, so the apex and wildcard challenges of one order (two values at one name)
 * never clobber each other. Both are idempotent: a value already there, or already gone, is success
 * without a write.
 */
public final class ChallengePublisher {
  /**
   * The TTL of a new challenge RRSet: short, so that a retried order does not see a stale value for
   * long.
   */
  public static final int CHALLENGE_TTL = 60;

  /** Pause before trying again when the zone is busy with another action. */
  static final Duration BUSY_PAUSE = Duration.ofSeconds(1);

  private final ChallengeZones zones;
  private final ZoneLocator locator;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AcmeListener listener;

  public ChallengePublisher(
      ChallengeZones zones, Clock clock, Sleeper sleeper, AcmeListener listener) {
    this.zones = zones;
    this.locator = new ZoneLocator(zones);
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Makes the challenge's value stand at its name (or where its CNAME points), adding it to any
   * other values. A new RRSet gets a TTL of 60 s; an existing one keeps its TTL (the API refuses a
   * different one).
   *
   * @param deadline when to give up waiting for a busy zone
   * @return where the value stands
   */
  public ChallengeTarget present(Challenge challenge, Instant deadline)
      throws InterruptedException {
    ChallengeTarget target = locator.locate(challenge.fqdn());
    listener.located(challenge, target);
    if (stored(target, challenge).isPresent()) {
      listener.unchanged(target, true);
      return target;
    }
    String value =
        TxtStrings.format(TxtStrings.split(challenge.value().getBytes(StandardCharsets.UTF_8)));
    while (true) {
      OptionalInt ttl = target.txt().map(Rrset::ttl).orElse(OptionalInt.of(CHALLENGE_TTL));
      Instant start = clock.instant();
      try {
        zones.addTxt(target.zone(), target.relativeName(), value, ttl);
        listener.written(target, true, Duration.between(start, clock.instant()));
        return target;
      } catch (ZoneBusyException e) {
        target = waitWhileBusy(target, deadline, e);
      } catch (RuntimeException e) {
        // A write whose answer was lost (and retried) may fail although it took effect: trust what
        // is there.
        target = refresh(target);
        if (stored(target, challenge).isEmpty()) {
          throw e;
        }
        listener.written(target, true, Duration.between(start, clock.instant()));
        return target;
      }
      if (stored(target, challenge).isPresent()) {
        listener.unchanged(target, true);
        return target;
      }
    }
  }

  /**
   * Removes exactly the challenge's value from its name (or where its CNAME points), leaving other
   * values; the API deletes the RRSet when it becomes empty.
   */
  public ChallengeTarget cleanup(Challenge challenge, Instant deadline)
      throws InterruptedException {
    ChallengeTarget target = locator.locate(challenge.fqdn());
    listener.located(challenge, target);
    while (true) {
      Optional<RecordValue> record = stored(target, challenge);
      if (record.isEmpty()) {
        listener.unchanged(target, false);
        return target;
      }
      Instant start = clock.instant();
      try {
        zones.removeTxt(target.zone(), target.relativeName(), record.get().value());
        listener.written(target, false, Duration.between(start, clock.instant()));
        return target;
      } catch (ZoneBusyException e) {
        target = waitWhileBusy(target, deadline, e);
      } catch (RuntimeException e) {
        target = refresh(target);
        if (stored(target, challenge).isPresent()) {
          throw e;
        }
        listener.written(target, false, Duration.between(start, clock.instant()));
        return target;
      }
    }
  }

  private ChallengeTarget waitWhileBusy(
      ChallengeTarget target, Instant deadline, ZoneBusyException e) throws InterruptedException {
    if (!clock.instant().plus(BUSY_PAUSE).isBefore(deadline)) {
      throw new AcmeException(
          "zone " + target.zone().name() + " stayed busy with other actions until the timeout", e);
    }
    listener.busy(target, BUSY_PAUSE);
    sleeper.sleep(BUSY_PAUSE);
    return refresh(target);
  }

  private ChallengeTarget refresh(ChallengeTarget target) {
    return target.withRrsets(zones.rrsetsAt(target.zone(), target.relativeName()));
  }

  /**
   * The stored record whose content is the challenge value, compared on bytes (quoting and
   * splitting aside).
   */
  static Optional<RecordValue> stored(ChallengeTarget target, Challenge challenge) {
    byte[] want = challenge.value().getBytes(StandardCharsets.UTF_8);
    return target
        .txt()
        .flatMap(
            rrset ->
                rrset.records().stream()
                    .filter(
                        r -> {
                          try {
                            return Arrays.equals(want, TxtStrings.content(r.value()));
                          } catch (IllegalArgumentException e) {
                            return false;
                          }
                        })
                    .findFirst());
  }
}
