package dev.hzone.cli.sync;

import dev.hzone.api.HcloudClient;
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
 * 1. With {@code --reserve N}, N requests of the budget are kept for other tools sharing the
 * project: the client paces itself above them, the announcement counts them, and a reserve that
 * takes the whole budget stops the run before the batch, exit 1, as {@code --max-requests} does.
 */
final class RunBudget {
  /** How often the progress of a paced run is told again. */
  static final Duration UPDATE_EVERY = Duration.ofSeconds(15);

  private final Supplier<Optional<RateLimitBudget>> budget;
  private final LongSupplier sent;
  private final OptionalInt max;
  private final int reserve;
  private final Clock clock;
  private final Invocation inv;

  /** The batch under way ({@link #before}), for the progress of a paced run. */
  private String batchWhat;

  private int batchSize;
  private long batchStart;
  private Instant lastTold;

  RunBudget(
      Invocation inv,
      Supplier<Optional<RateLimitBudget>> budget,
      LongSupplier sent,
      OptionalInt max,
      int reserve,
      Clock clock) {
    this.inv = inv;
    this.budget = budget;
    this.sent = sent;
    this.max = max;
    this.reserve = reserve;
    this.clock = clock;
  }

  /**
   * The budget of this invocation: its API client's view of the rate limit, its request count, and
   * {@code --max-requests} and {@code --reserve} from {@code cl} (none when {@code cl} is null);
   * the client keeps the reserve from here on.
   */
  static RunBudget of(Invocation inv, CommandLine cl) {
    OptionalInt max = maxRequests(cl);
    int reserve = reserve(cl);
    RunBudget b =
        new RunBudget(
            inv,
            () -> ClientFactory.client(inv).rateLimit(),
            RequestCounter.of(inv)::count,
            max,
            reserve,
            Clock.systemUTC());
    HcloudClient client = ClientFactory.client(inv);
    client.reserveRateLimit(reserve);
    client.onPacing((wait, budget) -> b.paced(budget));
    return b;
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
    o.addOption(
        Option.builder()
            .longOpt("reserve")
            .hasArg()
            .argName("N")
            .desc(
                "leave N requests of the hour's rate-limit budget to other tools sharing the project: pace"
                    + " above them (default 0)")
            .build());
  }

  private static int reserve(CommandLine cl) {
    if (cl == null || !cl.hasOption("reserve")) {
      return 0;
    }
    try {
      int n = Integer.parseInt(cl.getOptionValue("reserve").trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw CliException.usage(
          "--reserve must be a whole number of at least 0, not '"
              + cl.getOptionValue("reserve")
              + "'");
    }
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
   * plan"): refuses past {@code --max-requests} or when {@code --reserve} takes the whole budget,
   * and warns when the budget (less the reserve) cannot cover them.
   *
   * @throws CliException (exit 1) past {@code --max-requests}, or with a reserve of the whole
   *     budget; nothing of the batch has been sent
   */
  void before(int requests, String what) {
    long already = sent.getAsLong();
    Optional<RateLimitBudget> known = budget.get();
    if (known.isPresent() && reserve >= known.get().limit()) {
      throw CliException.failed(
          "this run needs about "
              + (already + requests)
              + " API requests ("
              + already
              + " sent, "
              + requests
              + " more "
              + what
              + "), but --reserve "
              + reserve
              + " keeps the whole rate-limit budget of "
              + known.get().limit()
              + " an hour for other tools; nothing more was sent ("
              + left(known.get())
              + ")");
    }
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
    known.flatMap(b -> shortfall(b, requests, what)).ifPresent(inv::warn);
    synchronized (this) {
      batchWhat = what;
      batchSize = requests;
      batchStart = already;
      lastTold = null;
    }
  }

  /**
   * A request of the run is held back for the budget {@code b}: tells the progress of the batch
   * under way, unless told less than {@link #UPDATE_EVERY} ago.
   */
  synchronized void paced(RateLimitBudget b) {
    progress(b).ifPresent(line -> inv.info((inv.globals().tty() ? "\r\u001b[2K" : "") + line));
  }

  /**
   * The progress line of a paced batch, when one is due: {@code paced: 40 of 60 API requests to
   * read the zones still to send; 0 left of 3600 an hour, full again at T; about 40s more, done at
   * T}. The time is what the refill takes to cover the requests still to send (and the reserve).
   */
  synchronized Optional<String> progress(RateLimitBudget b) {
    Instant now = clock.instant();
    if (batchWhat == null || (lastTold != null && now.isBefore(lastTold.plus(UPDATE_EVERY)))) {
      return Optional.empty();
    }
    lastTold = now;
    long done = sent.getAsLong() - batchStart;
    int toSend = (int) Math.max(1, Math.min(batchSize, batchSize - done));
    Duration more = b.waitFor(toSend + reserve, now);
    return Optional.of(
        "paced: "
            + toSend
            + " of "
            + batchSize
            + " API requests "
            + batchWhat
            + " still to send; "
            + left(b)
            + (reserve > 0 ? " (" + reserve + " kept by --reserve)" : "")
            + "; about "
            + Humanize.duration(more)
            + " more, done at "
            + now.plus(more).truncatedTo(ChronoUnit.SECONDS));
  }

  /** The warning for a batch the budget cannot cover, if it cannot. */
  Optional<String> shortfall(RateLimitBudget b, int requests, String what) {
    Instant now = clock.instant();
    Duration wait = b.waitFor(requests + reserve, now);
    if (wait.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        "the rate-limit budget cannot cover this run"
            + (reserve > 0 ? " and keep --reserve " + reserve : "")
            + ": it needs about "
            + requests
            + " API requests "
            + what
            + ", "
            + left(b)
            + (reserve > 0 ? ", " + reserve + " of them kept for other tools" : "")
            + ". hzone paces itself to the refill rate (one request every "
            + seconds(b.refillInterval())
            + ") instead of running into 429 answers"
            + (reserve > 0 ? " or spending the reserve" : "")
            + ": about "
            + Humanize.duration(wait)
            + " more. Stopped, a re-run resumes where this one ended.");
  }

  private String left(RateLimitBudget b) {
    Instant now = clock.instant();
    return b.remainingAt(now)
        + " left of "
        + b.limit()
        + " an hour, full again at "
        + b.reset().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
