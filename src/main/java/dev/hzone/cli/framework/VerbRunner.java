package dev.hzone.cli.framework;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Parses a verb's arguments, answers {@code --help}, and runs it. */
public final class VerbRunner {
  private VerbRunner() {}

  public static int run(Verb verb, String commandPath, Invocation inv, List<String> args) {
    Options options = verb.options().get();
    options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    // The global options that only change how results are shown may also follow the command
    // (CLI.md).
    boolean ownOutput = options.hasLongOption("output");
    if (!ownOutput) {
      Printer.addOutputOption(options);
    }
    if (!options.hasLongOption("verbose")) {
      options.addOption(
          Option.builder("v").longOpt("verbose").desc("global option: see 'hzone --help'").build());
    }
    if (!options.hasLongOption("no-color")) {
      options.addOption(
          Option.builder().longOpt("no-color").desc("global option: see 'hzone --help'").build());
    }
    if (args.contains("--help") || args.contains("-h")) {
      // Before parsing: a verb with required options still answers --help.
      printHelp(verb, commandPath, options, inv);
      return ExitCodes.OK;
    }
    CommandLine cl;
    try {
      cl = new DefaultParser().parse(options, args.toArray(String[]::new), false);
    } catch (UnrecognizedOptionException e) {
      List<String> names = new ArrayList<>();
      for (Option o : options.getOptions()) {
        if (o.getLongOpt() != null) {
          names.add("--" + o.getLongOpt());
        }
      }
      throw CliException.usage(
          Suggestions.unknown("option", e.getOption(), names, "hzone " + commandPath));
    } catch (MissingArgumentException e) {
      throw CliException.usage(
          "option --"
              + e.getOption().getLongOpt()
              + " needs a value (see 'hzone "
              + commandPath
              + " --help')");
    } catch (ParseException e) {
      throw CliException.usage(e.getMessage() + " (see 'hzone " + commandPath + " --help')");
    }
    if (cl.hasOption("help")) {
      printHelp(verb, commandPath, options, inv);
      return ExitCodes.OK;
    }
    return verb.handler().run(trailingGlobals(inv, cl, ownOutput), cl);
  }

  /**
   * The invocation with the global options given after the command merged into those given before
   * it.
   */
  private static Invocation trailingGlobals(Invocation inv, CommandLine cl, boolean ownOutput) {
    GlobalOptions g = inv.globals();
    boolean output = !ownOutput && cl.hasOption("output");
    if (!output && !cl.hasOption("verbose") && !cl.hasOption("no-color")) {
      return inv;
    }
    GlobalOptions merged =
        new GlobalOptions(
            g.endpoint(),
            g.tokenFile(),
            g.token(),
            g.context(),
            g.local(),
            g.localState(),
            output ? g.output().with(List.of(cl.getOptionValues("output"))) : g.output(),
            g.verbose() || cl.hasOption("verbose"),
            g.color() && !cl.hasOption("no-color"),
            g.tty());
    return new Invocation(
        inv.out(), inv.err(), inv.in(), inv.env(), inv.workDir(), merged, inv.resources());
  }

  static void printHelp(Verb verb, String commandPath, Options options, Invocation inv) {
    PrintWriter w = new PrintWriter(inv.out());
    w.println("Usage: hzone " + commandPath + (verb.usage().isEmpty() ? "" : " " + verb.usage()));
    w.println();
    w.println(verb.summary());
    w.println();
    HelpFormatter f = HelpFormatter.builder().setShowSince(false).get();
    f.setSyntaxPrefix("");
    f.setWidth(100);
    w.println("Options:");
    f.printOptions(w, 100, options, 2, 3);
    if (!verb.examples().isEmpty()) {
      w.println();
      w.println("Examples:");
      for (String line : verb.examples().split("\n")) {
        w.println("  " + line);
      }
    }
    w.flush();
  }

  /**
   * Positional arguments, checked against the expected count; a usage error names what is missing.
   */
  public static List<String> positional(
      CommandLine cl, int min, int max, String commandPath, String usage) {
    List<String> a = cl.getArgList();
    if (a.size() < min || (max >= 0 && a.size() > max)) {
      throw CliException.usage(
          (a.size() < min ? "missing arguments" : "too many arguments")
              + ": usage: hzone "
              + commandPath
              + " "
              + usage);
    }
    return a;
  }
}
