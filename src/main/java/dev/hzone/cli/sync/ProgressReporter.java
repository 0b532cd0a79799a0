package dev.hzone.cli.sync;

import dev.hzone.cli.framework.Humanize;
import dev.hzone.sync.apply.ApplyListener;
import dev.hzone.sync.apply.ApplyResult;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.plan.PlanCost;
import dev.hzone.sync.remote.Operation;
import dev.hzone.term.Palette;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Shows an apply's progress on stderr: at a terminal one bar that is redrawn in place, otherwise
 * (CI logs) one line per change as it finishes or fails. Once a run has taken {@link #ETA_AFTER},
 * both add how long the rest will take at the pace so far.
 */
final class ProgressReporter implements ApplyListener {
  private static final int BAR = 30;

  /** Runs shorter than this show no estimate: it would only flicker. */
  static final Duration ETA_AFTER = Duration.ofSeconds(5);

  private final PrintStream err;
  private final boolean tty;
  private final Palette palette;
  private final Clock clock;
  private Instant start;
  private int total;
  private int done;
  private int failed;

  ProgressReporter(PrintStream err, boolean tty, Palette palette) {
    this(err, tty, palette, Clock.systemUTC());
  }

  ProgressReporter(PrintStream err, boolean tty, Palette palette, Clock clock) {
    this.err = err;
    this.tty = tty;
    this.palette = palette;
    this.clock = clock;
  }

  @Override
  public synchronized void started(int changes, PlanCost cost) {
    total = changes;
    start = clock.instant();
    if (!tty) {
      err.println(
          "Applying "
              + changes
              + (changes == 1 ? " change" : " changes")
              + " with "
              + cost.describe()
              + " ...");
    }
    draw();
  }

  @Override
  public synchronized void carriedDone(String zone, int changes) {
    done += changes;
  }

  @Override
  public synchronized void changeDone(String zone, Change change) {
    done++;
    if (!tty) {
      err.println(
          zone
              + " "
              + change.subject()
              + ": "
              + palette.ok("done")
              + " ("
              + ops(change)
              + ")"
              + eta(" "));
    }
    draw();
  }

  /**
   * {@code [12/40 changes, about 1m 20s left]} once the run has taken {@link #ETA_AFTER}, else
   * nothing.
   */
  private String eta(String prefix) {
    int finished = done + failed;
    if (start == null || finished == 0 || finished >= total) {
      return "";
    }
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.compareTo(ETA_AFTER) < 0) {
      return "";
    }
    Duration left = elapsed.multipliedBy(total - finished).dividedBy(finished);
    return prefix
        + "["
        + finished
        + "/"
        + total
        + " changes, about "
        + Humanize.duration(left)
        + " left]";
  }

  @Override
  public synchronized void changeFailed(String zone, Change change, String reason) {
    failed++;
    line(zone + " " + change.subject() + ": " + palette.bad("failed") + ": " + reason);
    draw();
  }

  @Override
  public synchronized void changeSkipped(String zone, Change change, String reason) {
    failed++;
    line(zone + " " + change.subject() + ": " + palette.warn("skipped") + ": " + reason);
    draw();
  }

  @Override
  public synchronized void finished(ApplyResult result) {
    if (tty) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }

  private void line(String text) {
    if (tty) {
      err.print("\r\u001b[2K");
    }
    err.println(text);
  }

  private void draw() {
    if (!tty || total == 0) {
      return;
    }
    int finished = done + failed;
    int filled = (int) ((long) BAR * finished / total);
    String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
    err.print(
        String.format(
            Locale.ROOT,
            "\r\u001b[2K[%s] %d/%d changes%s%s",
            bar,
            finished,
            total,
            failed > 0 ? ", " + failed + " failed" : "",
            eta(", ").replace("[", "").replace("]", "")));
    err.flush();
  }

  private static String ops(Change change) {
    Set<String> names = new LinkedHashSet<>();
    for (Operation op : change.operations()) {
      names.add(op.apiName());
    }
    return String.join(", ", names);
  }
}
