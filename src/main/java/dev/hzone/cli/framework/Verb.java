package dev.hzone.cli.framework;

import java.util.function.Supplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One runnable command form, parsed with Commons CLI: a verb of a group ({@code hzone zone list})
 * or a command of its own ({@code hzone plan}).
 *
 * @param name the word that selects it
 * @param summary one line for lists
 * @param usage the argument synopsis after the command words, e.g. {@code "ZONE NAME TYPE
 *     VALUE..."}
 * @param examples example invocations shown by {@code --help}, one per line
 * @param options its flags (a new {@link Options} each time: Commons CLI options are mutable)
 * @param handler what it does
 */
public record Verb(
    String name,
    String summary,
    String usage,
    String examples,
    Supplier<Options> options,
    Handler handler) {

  /** The body of a verb. */
  @FunctionalInterface
  public interface Handler {
    /** Runs with the parsed command line; returns the exit code. */
    int run(Invocation inv, CommandLine cl);
  }
}
