package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an action verb started: the actions to wait for, and values the API returned beside them
 * that the user needs (a root password, a console URL, the id of a new image), printed as {@code
 * Label: value} for people and as extra keys of the JSON envelope for programs.
 *
 * @param actions the actions to wait for (empty when the API started none)
 * @param extras values to print, in order
 */
record Outcome(List<Action> actions, List<Extra> extras) {

  /**
   * A value to print.
   *
   * @param jsonKey its key in {@code -o json}, e.g. {@code root_password}; empty for values people
   *     want to see but that the JSON output has elsewhere (the addresses of a new server)
   * @param label its label for people, e.g. {@code Root password}
   * @param value the value; an empty one is left out
   */
  record Extra(String jsonKey, String label, String value) {}

  Outcome {
    actions = List.copyOf(actions);
    extras = List.copyOf(extras);
  }

  static Outcome of(Action action) {
    return new Outcome(List.of(action), List.of());
  }

  static Outcome of(List<Action> actions) {
    return new Outcome(actions, List.of());
  }

  /** The action when the API may leave it out (some actions answer {@code "action": null}). */
  static Outcome of(Optional<Action> action) {
    return new Outcome(action.stream().toList(), List.of());
  }

  /** No action: the change took effect with the request. */
  static Outcome none() {
    return new Outcome(List.of(), List.of());
  }

  /** This outcome with one more value to print, when there is one. */
  Outcome with(String jsonKey, String label, Optional<String> value) {
    if (value.isEmpty() || value.get().isEmpty()) {
      return this;
    }
    List<Extra> more = new ArrayList<>(extras);
    more.add(new Extra(jsonKey, label, value.get()));
    return new Outcome(actions, more);
  }

  /** This outcome with one more value for people only (see {@link Extra#jsonKey()}). */
  Outcome withHuman(String label, Optional<String> value) {
    return with("", label, value);
  }

  /** The same extras with the actions as they finished. */
  Outcome withActions(List<Action> finished) {
    return new Outcome(finished, extras);
  }
}
