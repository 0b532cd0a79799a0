package dev.hzone.cli;

import dev.hzone.sync.apply.ApplyListener;
import dev.hzone.sync.apply.ApplyResult;
import dev.hzone.sync.plan.Change;
import dev.hzone.sync.remote.Operation;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Shows an apply's progress on stderr: at a terminal one bar that is redrawn in place, otherwise (CI logs)
 * one line per change as it finishes or fails.
 */
final class ProgressReporter implements ApplyListener {
  private static final int BAR = 30;

  private final PrintStream err;
  private final boolean tty;
  private final Palette palette;
  private int total;
  private int done;
  private int failed;

  ProgressReporter(PrintStream err, boolean tty, Palette palette) {
    this.err = err;
    this.tty = tty;
    this.palette = palette;
  }

  @Override
  public synchronized void started(int changes, int writes) {
    total = changes;
    if (!tty) {
      err.println("Applying " + changes + (changes == 1 ? " change" : " changes") + " with " + writes
          + (writes == 1 ? " request" : " requests") + " ...");
    }
    draw();
  }

  @Override
  public synchronized void changeDone(String zone, Change change) {
    done++;
    if (!tty) {
      err.println(zone + " " + change.subject() + ": " + palette.ok("done") + " (" + ops(change) + ")");
    }
    draw();
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
    err.print(String.format(Locale.ROOT, "\r\u001b[2K[%s] %d/%d changes%s", bar, finished, total,
        failed > 0 ? ", " + failed + " failed" : ""));
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
