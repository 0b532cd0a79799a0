package dev.hzone.migrate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link MigrationVerifier}: one check per RRSet and new nameserver, and the RRSets
 * that were not migrated, so a person sees both what agrees and what was left behind.
 *
 * @param zone the zone, without trailing dot
 * @param old the old host that was asked
 * @param servers the new nameservers that were asked
 * @param checks every check, in canonical RRSet order, then server order
 * @param dropped the notes for records that were not migrated and so were not asked about
 */
public record VerificationReport(
    String zone,
    ServerAddress old,
    List<ServerAddress> servers,
    List<RrsetCheck> checks,
    List<MigrationNote> dropped) {

  public VerificationReport {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(old, "old");
    servers = List.copyOf(servers);
    checks = List.copyOf(checks);
    dropped = List.copyOf(dropped);
  }

  /** Whether every new nameserver agrees with the old host on everything that was migrated. */
  public boolean agrees() {
    return checks.stream().allMatch(c -> c.status().ok());
  }

  /** The checks that found a difference. */
  public List<RrsetCheck> differences() {
    return checks.stream().filter(c -> !c.status().ok()).toList();
  }

  /** The checks of one status. */
  public List<RrsetCheck> withStatus(RrsetCheck.Status status) {
    return checks.stream().filter(c -> c.status() == status).toList();
  }

  /**
   * Whether a new nameserver gave no answer at all, or the old one gave none: a network problem.
   */
  public boolean unreachable() {
    return checks.stream()
        .anyMatch(
            c ->
                c.status() == RrsetCheck.Status.NO_ANSWER
                    || c.status() == RrsetCheck.Status.OLD_FAILED
                        && c.detail().startsWith("no answer"));
  }

  /** How many RRSets were asked about. */
  public long rrsetCount() {
    return checks.stream().map(RrsetCheck::key).distinct().count();
  }
}
