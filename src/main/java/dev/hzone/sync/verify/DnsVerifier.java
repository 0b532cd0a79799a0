package dev.hzone.sync.verify;

import dev.hzone.api.Sleeper;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import dev.hzone.resolve.DirectQuery;
import dev.hzone.resolve.PropagationWaiter;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.ZonePlan;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

/**
 * Checks after an apply that every authoritative nameserver serves what the plan changed: the new
 * values of created and updated RRSets, nothing for deleted ones. Nameservers take a while to
 * publish, so each check is repeated on {@link PropagationWaiter}'s schedule until it passes or the
 * time is up; each question is a {@link DirectQuery}. SOA is skipped (Hetzner sets its serial), and
 * names below a delegation, which the zone's servers answer with a referral, are counted as not
 * checkable.
 */
public final class DnsVerifier {
  /**
   * @param timeout how long to keep asking
   * @param interval the pause between rounds
   * @param queryTimeout how long to wait for one answer
   */
  public record Options(Duration timeout, Duration interval, Duration queryTimeout) {
    /** Two minutes, asking every second, two seconds per query. */
    public static final Options DEFAULT =
        new Options(Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  /**
   * The outcome.
   *
   * @param checked RRSet and nameserver pairs that serve what the plan says
   * @param notCheckable pairs answered with a referral (below a delegation)
   * @param mismatches one line per pair that still differs, naming zone, RRSet, server and what it
   *     serves
   */
  public record Result(int checked, int notCheckable, List<String> mismatches) {
    public Result {
      mismatches = List.copyOf(mismatches);
    }

    public boolean succeeded() {
      return mismatches.isEmpty();
    }
  }

  private final Options options;
  private final Sleeper sleeper;
  private final Clock clock;

  public DnsVerifier(Options options, Sleeper sleeper, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What one nameserver should serve for one RRSet: values, or nothing. */
  private record Check(
      String zone, RrsetKey key, InetSocketAddress server, Set<String> expected, String shown) {}

  /**
   * Verifies every RRSet change of {@code plan}.
   *
   * @param nameservers the authoritative servers of each zone of the plan
   */
  public Result verify(Plan plan, Map<String, List<InetSocketAddress>> nameservers)
      throws InterruptedException {
    List<Check> pending = new ArrayList<>();
    for (ZonePlan z : plan.zones()) {
      for (Change c : z.changes()) {
        Rrset expected =
            c instanceof Change.CreateRrset cr
                ? cr.after()
                : c instanceof Change.UpdateRrset u ? u.after() : null;
        Rrset gone = c instanceof Change.DeleteRrset d ? d.before() : null;
        Rrset r = expected != null ? expected : gone;
        if (r == null || r.type() == RecordType.SOA) {
          continue;
        }
        Set<String> values = new TreeSet<>();
        List<String> shown = new ArrayList<>();
        if (expected != null) {
          for (RecordValue v : expected.records()) {
            values.add(ValueCanonicalizer.canonical(r.type(), v.value()));
            shown.add(v.value());
          }
        }
        for (InetSocketAddress ns : nameservers.getOrDefault(z.zone(), List.of())) {
          pending.add(
              new Check(
                  z.zone(),
                  r.key(),
                  ns,
                  values,
                  shown.isEmpty() ? "nothing" : String.join(", ", shown)));
        }
      }
    }
    DirectQuery query = new DirectQuery(options.queryTimeout());
    PropagationWaiter.Round<Check, Answer> round =
        (checks, left) -> {
          Map<Check, Answer> seen = new LinkedHashMap<>();
          for (Check c : checks) {
            seen.put(c, ask(query, c));
          }
          return seen;
        };
    PropagationWaiter.Outcome<Check, Answer> o =
        new PropagationWaiter(
                new PropagationWaiter.Schedule(options.timeout(), options.interval()),
                sleeper,
                clock)
            .await(
                pending,
                round,
                (c, a) -> a.referral || (a.values != null && a.values.equals(c.expected)),
                PropagationWaiter.Listener.none());
    int referrals = (int) o.settled().values().stream().filter(Answer::referral).count();
    List<String> mismatches = new ArrayList<>();
    o.pending()
        .forEach(
            (c, last) ->
                mismatches.add(
                    c.zone
                        + " "
                        + c.key.id()
                        + " at "
                        + c.server.getHostString()
                        + ":"
                        + c.server.getPort()
                        + ": serves "
                        + last.description
                        + ", expected "
                        + c.shown));
    return new Result(o.settled().size() - referrals, referrals, mismatches);
  }

  /** What a server said: the canonical values (null when it did not answer), or a referral. */
  private record Answer(Set<String> values, boolean referral, String description) {}

  private static Answer ask(DirectQuery query, Check c) {
    Name name;
    try {
      name = Name.fromString(c.key.absoluteName(c.zone));
    } catch (TextParseException e) {
      return new Answer(null, false, "no answer (" + e.getClass().getSimpleName() + ")");
    }
    DirectQuery.Reply reply = query.ask(c.server, name, c.key.type().code());
    if (!reply.answered()) {
      return new Answer(
          null,
          false,
          "no answer ("
              + reply.error().map(e -> e.getClass().getSimpleName()).orElse(reply.outcome().name())
              + ")");
    }
    Message response = reply.message().orElseThrow();
    int rcode = response.getRcode();
    if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
      return new Answer(null, false, Rcode.string(rcode));
    }
    boolean authoritative = response.getHeader().getFlag(Flags.AA);
    Set<String> values = new TreeSet<>();
    List<String> shown = new ArrayList<>();
    for (Record rec : response.getSection(Section.ANSWER)) {
      if (rec.getName().equals(name) && rec.getType() == c.key.type().code()) {
        values.add(ValueCanonicalizer.canonical(c.key.type(), rec.rdataToString()));
        shown.add(rec.rdataToString());
      }
    }
    if (!authoritative && values.isEmpty()) {
      // A referral: the name is at or below a delegation. NS at the cut is what the referral
      // carries.
      if (c.key.type() == RecordType.NS) {
        for (Record rec : response.getSection(Section.AUTHORITY)) {
          if (rec.getName().equals(name) && rec.getType() == c.key.type().code()) {
            values.add(ValueCanonicalizer.canonical(c.key.type(), rec.rdataToString()));
            shown.add(rec.rdataToString());
          }
        }
        return new Answer(values, false, shown.isEmpty() ? "nothing" : String.join(", ", shown));
      }
      return new Answer(null, true, "a referral");
    }
    return new Answer(values, false, shown.isEmpty() ? "nothing" : String.join(", ", shown));
  }
}
