package dev.hzone.cli.framework;

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

  /**
   * For shell completion: the options of {@code hzone NAME VERB} (of {@code hzone NAME} when {@code
   * verb} is empty and the command has no verbs), each with its value's name when it takes one.
   */
  default List<OptionSpec> options(String verb) {
    return List.of();
  }

  /**
   * An option as completion sees it.
   *
   * @param name {@code --name} (or {@code -o} for an option with only a short name)
   * @param argName the name of its value ({@code FILE}, {@code NAME}), empty for a switch
   */
  record OptionSpec(String name, String argName) {
    /** The option's specs from Commons CLI options, with {@code --help}. */
    static List<OptionSpec> of(org.apache.commons.cli.Options options) {
      List<OptionSpec> out = new java.util.ArrayList<>();
      for (org.apache.commons.cli.Option o : options.getOptions()) {
        String arg = o.hasArg() ? (o.getArgName() == null ? "VALUE" : o.getArgName()) : "";
        out.add(
            new OptionSpec(o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt(), arg));
      }
      if (options.getOption("help") == null) {
        out.add(new OptionSpec("--help", ""));
      }
      return out;
    }
  }
}
