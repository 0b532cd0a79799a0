package dev.hzone.cli.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.hzone.api.ActionFailedException;
import dev.hzone.api.ApiJson;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;

/**
 * How a verb that changes something ends: it waits for the actions it started, with one progress
 * line on stderr ({@code Waiting for ... 40% done}), or with {@code --no-wait} returns at once and
 * prints their ids; then it prints a sentence for people, or the API's envelope ({@code {"action":
 * ...}}) for {@code -o json}.
 */
final class Writes {
  private Writes() {}

  /** True when the verb was given {@code --no-wait}. */
  static boolean noWait(CommandLine cl) {
    return cl.hasOption("no-wait");
  }

  /**
   * Waits for {@code actions} unless {@code --no-wait} was given; returns them as they finished (or
   * as they were, when not waited for).
   *
   * @throws CliException when one of them failed, naming {@code what}
   */
  static List<Action> await(
      Invocation inv, CommandLine cl, HcloudClient client, List<Action> actions, String what) {
    if (actions.isEmpty() || noWait(cl)) {
      return actions;
    }
    return await(inv, client, actions, what);
  }

  /** Waits for {@code actions} with a progress line on stderr. */
  static List<Action> await(
      Invocation inv, HcloudClient client, List<Action> actions, String what) {
    if (actions.isEmpty()) {
      return actions;
    }
    Progress progress = new Progress(inv, what, actions);
    try {
      List<Action> done = client.actionWaiter().waitFor(actions, progress::update);
      progress.finish("done");
      return done;
    } catch (ActionFailedException e) {
      progress.finish("failed");
      throw CliException.failed(what + " failed: " + e.getMessage());
    } catch (RuntimeException e) {
      progress.finish("interrupted");
      throw e;
    }
  }

  /**
   * Prints the outcome of an action verb: with {@code -o json|yaml} the API's envelope ({@code
   * action} or {@code actions}, plus the extras); otherwise the extras as {@code Label: value} and
   * then the sentence, or with {@code --no-wait} the ids of the running actions.
   */
  static void print(Invocation inv, CommandLine cl, Outcome outcome, String sentence) {
    Printer p = Printer.of(inv, cl);
    if (p.machine()) {
      JsonObject o = new JsonObject();
      if (outcome.actions().size() == 1) {
        o.add("action", ApiJson.toJson(outcome.actions().get(0)));
      } else {
        JsonArray a = new JsonArray();
        outcome.actions().forEach(x -> a.add(ApiJson.toJson(x)));
        o.add("actions", a);
      }
      outcome.extras().stream()
          .filter(e -> !e.jsonKey().isEmpty())
          .forEach(e -> o.addProperty(e.jsonKey(), e.value()));
      p.value(o, () -> {});
      return;
    }
    outcome.extras().forEach(e -> inv.out().println(e.label() + ": " + e.value()));
    if (noWait(cl) && running(outcome.actions())) {
      printRunning(inv, outcome.actions());
    } else {
      inv.out().println(sentence);
    }
  }

  /**
   * True when some of the actions still run (with {@code --no-wait}, fast ones may be done
   * already).
   */
  static boolean running(List<Action> actions) {
    return actions.stream().anyMatch(a -> !a.isDone());
  }

  /** The line {@code --no-wait} prints: which actions run, and how to wait for them later. */
  static void printRunning(Invocation inv, List<Action> actions) {
    String ids = actions.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(" "));
    for (Action a : actions) {
      inv.out().println("Action " + a.id() + " (" + a.command() + ") " + a.status().apiValue());
    }
    inv.out().println("Wait for it with 'hzone action wait " + ids + "'");
  }

  /**
   * One line on stderr while actions run: {@code Waiting for powering on server web (action 31) ...
   * 50% done}. Progress is printed only when it moves, so a log holds a handful of numbers, not one
   * per poll.
   */
  private static final class Progress {
    private final Invocation inv;
    private int shown = -1;
    private final int count;
    private final java.util.Map<Long, Integer> percent = new java.util.HashMap<>();

    Progress(Invocation inv, String what, List<Action> actions) {
      this.inv = inv;
      this.count = actions.size();
      String ids =
          actions.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(", "));
      for (Action a : actions) {
        percent.put(a.id(), a.isDone() ? 100 : a.progress());
      }
      inv.err()
          .print("Waiting for " + what + " (action" + (count == 1 ? " " : "s ") + ids + ") ...");
      inv.err().flush();
    }

    void update(Action a) {
      percent.put(a.id(), a.isDone() ? 100 : a.progress());
      int total = percent.values().stream().mapToInt(Integer::intValue).sum() / count;
      if (total != shown && total > 0 && total < 100) {
        inv.err().print(" " + total + "%");
        inv.err().flush();
        shown = total;
      }
    }

    void finish(String word) {
      // A line that showed progress ends at 100% when done, never at the last poll's number.
      if (word.equals("done") && shown > 0) {
        inv.err().print(" 100%");
      }
      inv.err().println(" " + word);
    }
  }
}
