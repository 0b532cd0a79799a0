package dev.hzone.cli.cloud;

import dev.hzone.cli.framework.Printer;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * Builds the options of the resource verbs: a fresh {@link Options} per parse (Commons CLI options
 * are mutable), with the flags every kind of verb shares added by one call.
 *
 * <pre>{@code
 * () -> Opts.write(Opts.of(Opts.req("size", "GB", "the new size")))
 * }</pre>
 */
final class Opts {
  private Opts() {}

  /** Options holding {@code options}. */
  static Options of(Option... options) {
    Options o = new Options();
    for (Option x : options) {
      o.addOption(x);
    }
    return o;
  }

  /** {@code --name VALUE}. */
  static Option opt(String name, String arg, String desc) {
    return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).build();
  }

  /** {@code --name VALUE}, required. */
  static Option req(String name, String arg, String desc) {
    return Option.builder()
        .longOpt(name)
        .hasArg()
        .argName(arg)
        .desc(desc + " (required)")
        .required()
        .build();
  }

  /** {@code --name VALUE}, repeatable. */
  static Option multi(String name, String arg, String desc) {
    return Option.builder()
        .longOpt(name)
        .hasArg()
        .argName(arg)
        .desc(desc + " (repeatable)")
        .build();
  }

  /** {@code --name}, a switch. */
  static Option flag(String name, String desc) {
    return Option.builder().longOpt(name).desc(desc).build();
  }

  /** {@code --label KEY=VALUE}, repeatable. */
  static Option label() {
    return multi("label", "KEY=VALUE", "a label");
  }

  /** Adds {@code -o} to a verb that prints one resource. */
  static Options output(Options o) {
    return Printer.addOutputOption(o);
  }

  /** Adds {@code -o}, {@code --selector} and {@code --sort}. */
  static Options list(Options o) {
    return Printer.addListOptions(o);
  }

  /** Adds {@code -o} and {@code --no-wait} to a verb that starts actions. */
  static Options write(Options o) {
    Printer.addOutputOption(o);
    o.addOption(flag("no-wait", "do not wait for the action: print its id and return"));
    return o;
  }
}
