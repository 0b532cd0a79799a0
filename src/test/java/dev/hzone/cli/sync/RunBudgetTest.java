package dev.hzone.cli.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hzone.api.RateLimitBudget;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The progress of a paced run (issue 17): while the client holds requests back, a line says how
 * many of the batch are still to send, what is left and when the batch will be done, from the
 * budget's headers and the refill rate; told again at most every 15 s, on the injected clock.
 */
class RunBudgetTest {
  private static final Instant T0 = Instant.parse("2026-12-03T20:00:00Z");

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Resources resources = new Resources();
  private final AtomicLong sent = new AtomicLong();
  private final MutableClock clock = new MutableClock();

  @AfterEach
  void close() {
    resources.close();
  }

  private static final class MutableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private Invocation inv() {
    GlobalOptions g =
        new GlobalOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Path.of(".hzone/local"),
            OutputOptions.parse(List.of()),
            false,
            false);
    return new Invocation(
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        Map.of(),
        Path.of("."),
        g,
        resources);
  }

  private RunBudget budget(RateLimitBudget b, int reserve) {
    return new RunBudget(
        inv(), () -> Optional.of(b), sent::get, OptionalInt.empty(), reserve, clock);
  }

  private List<String> lines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aPacedBatchTellsWhatIsLeftAndWhenItWillBeDoneAndUpdatesAsItGoes() {
    // 3600 an hour, 10 left at 20:00: 60 reads need 50 refills of one second.
    RateLimitBudget start = new RateLimitBudget(3600, 10, T0.plusSeconds(3590), T0);
    sent.set(1);
    RunBudget run = budget(start, 0);
    run.before(60, "to read the zones");
    assertTrue(lines().get(0).contains("cannot cover this run"), lines()::toString);

    sent.set(11); // ten reads went at once; the eleventh is held back
    RateLimitBudget empty = new RateLimitBudget(3600, 0, T0.plusSeconds(3600), T0);
    run.paced(empty);
    assertEquals(
        "paced: 50 of 60 API requests to read the zones still to send; 0 left of 3600 an hour,"
            + " full again at 2026-12-03T21:00:00Z; about 50s more, done at 2026-12-03T20:00:50Z",
        lines().get(1));

    clock.now = T0.plusSeconds(10);
    sent.set(21);
    run.paced(new RateLimitBudget(3600, 0, T0.plusSeconds(3600), T0.plusSeconds(10)));
    assertEquals(2, lines().size(), () -> "not again within 15 s: " + lines());

    clock.now = T0.plusSeconds(20);
    sent.set(31);
    run.paced(new RateLimitBudget(3600, 0, T0.plusSeconds(3600), T0.plusSeconds(20)));
    assertEquals(
        "paced: 30 of 60 API requests to read the zones still to send; 0 left of 3600 an hour,"
            + " full again at 2026-12-03T21:00:00Z; about 30s more, done at 2026-12-03T20:00:50Z",
        lines().get(2));
  }

  @Test
  void theReserveIsNamedAndTheWaitCountsIt() {
    RateLimitBudget b = new RateLimitBudget(3600, 100, T0.plusSeconds(3500), T0);
    RunBudget run = budget(b, 100);
    run.before(20, "to apply the plan");
    assertTrue(
        lines().get(0).contains("cannot cover this run and keep --reserve 100"), lines()::toString);
    assertTrue(lines().get(0).contains("about 20s more"), lines()::toString);
    run.paced(b);
    assertEquals(
        "paced: 20 of 20 API requests to apply the plan still to send; 100 left of 3600 an hour,"
            + " full again at 2026-12-03T20:58:20Z (100 kept by --reserve); about 20s more, done at"
            + " 2026-12-03T20:00:20Z",
        lines().get(1));
  }

  @Test
  void nothingIsToldOutsideABatch() {
    RunBudget run = budget(new RateLimitBudget(3600, 0, T0.plusSeconds(3600), T0), 0);
    run.paced(new RateLimitBudget(3600, 0, T0.plusSeconds(3600), T0));
    assertEquals(List.of(), lines());
  }

  @Test
  void aBatchTheBudgetCoversIsNotAnnounced() {
    RunBudget run = budget(new RateLimitBudget(3600, 3000, T0.plusSeconds(600), T0), 0);
    run.before(200, "to read the zones");
    assertEquals(List.of(), lines());
  }
}
