package dev.hzone.cli.acme;

import dev.hzone.acme.AcmeListener;
import dev.hzone.acme.Challenge;
import dev.hzone.acme.ChallengeTarget;
import dev.hzone.acme.Nameserver;
import dev.hzone.acme.Observation;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The hook's progress on stderr, one line per step; never a challenge value. */
final class AcmeProgress implements AcmeListener {
  private final PrintStream err;

  AcmeProgress(PrintStream err) {
    this.err = err;
  }

  private void line(String text) {
    err.println("hzone acme: " + text);
  }

  @Override
  public void located(Challenge challenge, ChallengeTarget target) {
    String via = target.cnameHops() > 0 ? " (CNAME from " + challenge.fqdn() + ")" : "";
    line(
        target.fqdn()
            + " is '"
            + target.relativeName()
            + "' in zone "
            + target.zone().name()
            + via);
  }

  @Override
  public void unchanged(ChallengeTarget target, boolean present) {
    line(present ? "the TXT value is already there" : "the TXT value is already gone");
  }

  @Override
  public void written(ChallengeTarget target, boolean added, Duration took) {
    line((added ? "added the TXT value" : "removed the TXT value") + " (" + seconds(took) + ")");
  }

  @Override
  public void busy(ChallengeTarget target, Duration wait) {
    line(
        "zone "
            + target.zone().name()
            + " is busy with another action; trying again in "
            + seconds(wait));
  }

  @Override
  public void checking(String fqdn, List<Nameserver> servers, Duration timeout) {
    line(
        "waiting until "
            + servers.stream().map(Nameserver::label).collect(Collectors.joining(", "))
            + (servers.size() == 1 ? " serves" : " serve")
            + " the TXT at "
            + fqdn
            + " (giving up in "
            + seconds(timeout)
            + ")");
  }

  @Override
  public void serves(Nameserver server, Duration after) {
    line(server.label() + " serves it (" + seconds(after) + ")");
  }

  @Override
  public void lagging(List<Observation> lagging, Duration after) {
    line(
        "not yet after "
            + seconds(after)
            + ": "
            + lagging.stream().map(Observation::toString).collect(Collectors.joining(", ")));
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
