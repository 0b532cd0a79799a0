package dev.hzone.migrate;

import java.util.List;
import java.util.Objects;

/**
 * What the parent zone's nameservers delegate a zone to, compared with the nameservers the zone
 * should have (for a Hetzner zone: {@code authoritative_nameservers.assigned}).
 *
 * @param zone the zone, without trailing dot
 * @param parentZone the closest enclosing zone that has nameservers ({@code com}, {@code co.uk}),
 *     or empty when none was found
 * @param answers what each of the parent's nameservers said, in the order asked
 * @param delegated every nameserver name any parent server delegates to, lower case with trailing
 *     dot, sorted
 * @param expected the nameservers the zone should be delegated to, in the same form
 * @param missing expected but not delegated (empty when the verdict is {@link Verdict#UNKNOWN}:
 *     nothing is known)
 * @param extra delegated but not expected
 * @param verdict the summary
 * @param detail why the verdict is {@link Verdict#UNKNOWN}, else empty
 */
public record DelegationReport(
    String zone,
    String parentZone,
    List<ParentAnswer> answers,
    List<String> delegated,
    List<String> expected,
    List<String> missing,
    List<String> extra,
    Verdict verdict,
    String detail) {

  public DelegationReport {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(parentZone, "parentZone");
    answers = List.copyOf(answers);
    delegated = List.copyOf(delegated);
    expected = List.copyOf(expected);
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Whether the parent's servers gave different NS sets (a registry update still spreading, say).
   */
  public boolean inconsistent() {
    return answers.stream()
            .filter(ParentAnswer::answered)
            .map(a -> a.nameservers())
            .distinct()
            .count()
        > 1;
  }

  /** The summary, in the words of the API's {@code delegation_status} where they mean the same. */
  public enum Verdict {
    /** The parent delegates to exactly the expected nameservers. */
    VALID("valid"),
    /** The parent delegates to some of the expected nameservers, or to them and others. */
    PARTIALLY_VALID("partially-valid"),
    /** The parent delegates only to other nameservers. */
    INVALID("invalid"),
    /** The parent says the name does not exist (NXDOMAIN). */
    UNREGISTERED("unregistered"),
    /** No parent nameserver could be found or none answered. */
    UNKNOWN("unknown");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    /** The API's spelling, e.g. {@code partially-valid}. */
    public String text() {
      return text;
    }
  }

  /**
   * One parent nameserver's answer.
   *
   * @param nameserver its name, with trailing dot
   * @param address the address that was asked, {@code HOST:PORT}
   * @param outcome whether it answered
   * @param rcode the response code's name, or the outcome in lower case
   * @param nameservers the NS names it delegates the zone to (answer or authority section), sorted
   * @param detail what the network said on failure, else empty
   */
  public record ParentAnswer(
      String nameserver,
      String address,
      QueryResult.Outcome outcome,
      String rcode,
      List<String> nameservers,
      String detail) {

    public ParentAnswer {
      Objects.requireNonNull(nameserver, "nameserver");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(rcode, "rcode");
      nameservers = List.copyOf(nameservers);
      Objects.requireNonNull(detail, "detail");
    }

    public boolean answered() {
      return outcome == QueryResult.Outcome.ANSWERED;
    }
  }
}
