package dev.hzone.cli.sync;

import dev.hzone.api.RateLimitBudget;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * What a plan or apply needs from the API's rate-limit budget, said before it is spent. Before each
 * batch of requests whose size is known (the reads once the zones are looked up, the writes and
 * polls once the plan is made) it compares the batch with the budget the last answer's {@code
 * RateLimit-*} headers reported: a batch the budget cannot cover is announced on stderr with what
 * it needs, what is left and when the budget is full again, and how long the client's pacing will
 * take (it holds requests back to the refill rate instead of running into {@code 429}); with {@code
 * --max-requests N}, a run that would send more than N requests in all stops before the batch, exit
 * 1.
 */
final class RunBudget {
  private final Supplier<Optional<RateLimitBudget>> budget;
  private final LongSupplier sent;
  private final OptionalInt max;
  private final Clock clock;
  private final Invocation inv;

  RunBudget(
      Invocation inv,
      Supplier<Optional<RateLimitBudget>> budget,
      LongSupplier sent,
      OptionalInt max,
      Clock clock) {
    this.inv = inv;
    this.budget = budget;
    this.sent = sent;
    this.max = max;
    this.clock = clock;
  }

  /**
   * The budget of this invocation: its API client's view of the rate limit, its request count, and
   * {@code --max-requests} from {@code cl} (none when {@code cl} is null).
   */
  static RunBudget of(Invocation inv, CommandLine cl) {
    return new RunBudget(
        inv,
        () -> ClientFactory.client(inv).rateLimit(),
        RequestCounter.of(inv)::count,
        maxRequests(cl),
        Clock.systemUTC());
  }

  static void addOptions(Options o) {
    o.addOption(
        Option.builder()
            .longOpt("max-requests")
            .hasArg()
            .argName("N")
            .desc(
                "stop (exit 1) before a batch of reads or writes that would take the run past N API requests in"
                    + " all")
            .build());
  }

  private static OptionalInt maxRequests(CommandLine cl) {
    if (cl == null || !cl.hasOption("max-requests")) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(cl.getOptionValue("max-requests").trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(n);
    } catch (NumberFormatException e) {
      throw CliException.usage(
          "--max-requests must be a whole number of at least 1, not '"
              + cl.getOptionValue("max-requests")
              + "'");
    }
  }

  /**
   * Before {@code requests} more requests that {@code what} ("to read the zones", "to apply the
   * plan"): refuses past {@code --max-requests}, and warns when the budget cannot cover them.
   *
   * @throws CliException (exit 1) past {@code --max-requests}; nothing of the batch has been sent
   */
  void before(int requests, String what) {
    long already = sent.getAsLong();
    if (max.isPresent() && already + requests > max.getAsInt()) {
      throw CliException.failed(
          "this run needs about "
              + (already + requests)
              + " API requests ("
              + already
              + " sent, "
              + requests
              + " more "
              + what
              + "), more than --max-requests "
              + max.getAsInt()
              + "; nothing more was sent"
              + budget.get().map(b -> " (" + left(b) + ")").orElse(""));
    }
    budget.get().flatMap(b -> shortfall(b, requests, what)).ifPresent(inv::warn);
  }

  /** The warning for a batch the budget cannot cover, if it cannot. */
  Optional<String> shortfall(RateLimitBudget b, int requests, String what) {
    Instant now = clock.instant();
    Duration wait = b.waitFor(requests, now);
    if (wait.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        "the rate-limit budget cannot cover this run: it needs about "
            + requests
            + " API requests "
            + what
            + ", "
            + left(b)
            + ". hzone paces itself to the refill rate (one request every "
            + seconds(b.refillInterval())
            + ") instead of running into 429 answers: about "
            + Humanize.duration(wait)
            + " more. Stopped, a re-run resumes where this one ended.");
  }

  private String left(RateLimitBudget b) {
    Instant now = clock.instant();
    return b.remainingAt(now)
        + " are left of "
        + b.limit()
        + " an hour, full again at "
        + b.reset().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
