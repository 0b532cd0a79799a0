package dev.hzone.cli;

import java.util.List;

/** A top-level command: {@code hzone NAME ARGS...}. */
public interface Command {
  /** The word that selects this command. */
  String name();

  /** One line for the command list. */
  String summary();

  /** Runs the command; returns the exit code (see {@link ExitCodes}). */
  int run(Invocation inv, List<String> args);

  /** Words this command completes to, for shell completion: its verbs, if any. */
  default List<String> verbs() {
    return List.of();
  }
}
