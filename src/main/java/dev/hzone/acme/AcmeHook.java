package dev.hzone.acme;

import dev.hzone.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The DNS-01 hook: present a challenge and wait until every authoritative nameserver serves it, or
 * clean it up. What lego's {@code exec} provider, certbot's manual hooks and acme.sh call through
 * {@code hzone acme}.
 *
 * <pre>{@code
 * AcmeHook hook = new AcmeHook(zones, new DnsTxtProbe(), new NameserverAddresses(HostResolver.SYSTEM),
 *     Clock.systemUTC(), Sleeper.SYSTEM, AcmeListener.NONE);
 * hook.present(Challenge.ofRecord("_acme-challenge.example.com.", digest), HookOptions.defaults());
 * }</pre>
 */
public final class AcmeHook {
  private final ChallengePublisher publisher;
  private final TxtProbe probe;
  private final NameserverAddresses addresses;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AcmeListener listener;

  public AcmeHook(
      ChallengeZones zones,
      TxtProbe probe,
      NameserverAddresses addresses,
      Clock clock,
      Sleeper sleeper,
      AcmeListener listener) {
    this.publisher = new ChallengePublisher(zones, clock, sleeper, listener);
    this.probe = probe;
    this.addresses = addresses;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Adds the challenge's TXT value (if not there yet) and waits until every nameserver serves it.
   *
   * @throws PropagationTimeoutException when some nameserver does not serve it within the timeout
   * @throws AcmeException when the name is in no zone of the project, or CNAMEs loop
   * @throws IllegalArgumentException when the options' policy refuses the challenge (nothing is
   *     sent)
   */
  public PresentResult present(Challenge challenge, HookOptions options)
      throws InterruptedException {
    options.policy().check(challenge);
    Instant deadline = clock.instant().plus(options.timeout());
    ChallengeTarget target = publisher.present(challenge, deadline);
    List<Nameserver> servers =
        options.nameservers().isEmpty()
            ? addresses.resolve(target.zone().assignedNameservers())
            : options.nameservers();
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      left = Duration.ofMillis(1);
    }
    Duration waited =
        new PropagationCheck(probe, clock, sleeper, options.interval())
            .await(target.fqdn(), challenge.value(), servers, left, listener);
    return new PresentResult(target, servers, waited);
  }

  /**
   * Removes exactly the challenge's value; no waiting for nameservers, since nobody looks for it
   * any more.
   *
   * @throws IllegalArgumentException when the options' policy refuses the challenge (nothing is
   *     sent): by default only a value shaped like a challenge is removed, so an SPF or other TXT
   *     value never is
   */
  public ChallengeTarget cleanup(Challenge challenge, HookOptions options)
      throws InterruptedException {
    options.policy().check(challenge);
    return publisher.cleanup(challenge, clock.instant().plus(options.timeout()));
  }
}
