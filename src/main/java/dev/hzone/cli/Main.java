package dev.hzone.cli;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ErrorReporter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Failure;
import dev.hzone.cli.framework.GlobalOptions;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.OutputOptions;
import dev.hzone.cli.framework.Resources;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.Version;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code hzone} command line. {@link #run} does the work and returns the exit code; only {@link
 * #main} exits, so tests drive {@code run} in-process with their own streams and environment.
 */
public final class Main {
  /** The global options (before the command), for suggestions and shell completion. */
  static final List<String> GLOBAL_OPTIONS =
      List.of(
          "--endpoint",
          "--token-file",
          "--token",
          "--context",
          "--local",
          "--local-state",
          "--output",
          "--verbose",
          "--no-color",
          "--help",
          "--version");

  /** The global options that take a value. */
  static final List<String> GLOBAL_OPTIONS_WITH_VALUE =
      List.of(
          "--endpoint", "--token-file", "--token", "--context", "--local-state", "--output", "-o");

  /** The word of {@code hzone help [COMMAND [VERB]]}. */
  static final String HELP = "help";

  private final Map<String, Command> commands = new LinkedHashMap<>();

  Main(List<Command> commands) {
    for (Command c : commands) {
      this.commands.put(c.name(), c);
    }
  }

  public static void main(String[] args) {
    boolean tty = System.console() != null;
    int code =
        run(
            args,
            System.out,
            System.err,
            System.in,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            tty);
    System.out.flush();
    System.exit(code);
  }

  /** Runs hzone without a terminal (no colour, no prompts that need one). */
  public static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      InputStream in,
      Map<String, String> env,
      Path workDir) {
    return run(args, out, err, in, env, workDir, false);
  }

  /** Runs hzone; returns the exit code. */
  public static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      InputStream in,
      Map<String, String> env,
      Path workDir,
      boolean tty) {
    return new Main(Commands.all()).execute(Arrays.asList(args), out, err, in, env, workDir, tty);
  }

  /** The commands, for help and shell completion. */
  Map<String, Command> commands() {
    return commands;
  }

  int execute(
      List<String> args,
      PrintStream out,
      PrintStream err,
      InputStream in,
      Map<String, String> env,
      Path workDir,
      boolean tty) {
    try (Resources resources = new Resources()) {
      GlobalParse parsed = GlobalParse.parse(args, env, workDir, tty);
      Invocation inv = new Invocation(out, err, in, env, workDir, parsed.options(), resources);
      if (parsed.options().token().isPresent()) {
        inv.warn(
            "--token is visible to other users of this machine; prefer HCLOUD_TOKEN or --token-file");
      }
      if (parsed.version()) {
        out.println("hzone " + Version.current());
        return ExitCodes.OK;
      }
      if (parsed.help() || parsed.rest().isEmpty()) {
        printHelp(out);
        return parsed.rest().isEmpty() && !parsed.help() ? ExitCodes.USAGE : ExitCodes.OK;
      }
      String word = parsed.rest().get(0);
      if (word.equals(HELP)) {
        return help(inv, parsed.rest().subList(1, parsed.rest().size()));
      }
      Command command = commands.get(word);
      if (command == null) {
        throw CliException.usage(Suggestions.unknown("command", word, commands.keySet(), "hzone"));
      }
      return command.run(inv, parsed.rest().subList(1, parsed.rest().size()));
    } catch (CliException e) {
      err.println("hzone: " + e.getMessage());
      return e.exitCode();
    } catch (RuntimeException e) {
      Failure f = ErrorReporter.describe(e);
      err.println("hzone: " + f.message());
      if (env.containsKey("HZONE_DEBUG")) {
        e.printStackTrace(err);
      }
      return f.exitCode();
    }
  }

  /**
   * {@code hzone help [COMMAND [VERB]]}: the overview, or what {@code hzone COMMAND [VERB] --help}
   * prints, as git and the hcloud CLI do.
   */
  private int help(Invocation inv, List<String> words) {
    if (words.isEmpty()) {
      printHelp(inv.out());
      return ExitCodes.OK;
    }
    Command command = commands.get(words.get(0));
    if (command == null && words.size() == 1) {
      Optional<String> topic = HelpTopics.text(words.get(0));
      if (topic.isPresent()) {
        inv.out().print(topic.get());
        return ExitCodes.OK;
      }
    }
    if (command == null) {
      List<String> known = new ArrayList<>(commands.keySet());
      HelpTopics.all().forEach(t -> known.add(t.name()));
      throw CliException.usage(
          Suggestions.unknown("command or help topic", words.get(0), known, "hzone help"));
    }
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    args.add("--help");
    return command.run(inv, args);
  }

  private void printHelp(PrintStream out) {
    out.println("Usage: hzone [GLOBAL OPTIONS] COMMAND [ARGS]");
    out.println();
    out.println(
        "DNS as code for the Hetzner Cloud API: plan and apply zone files, records, ACME DNS-01,");
    out.println("migration, and a local emulator of the API.");
    out.println();
    out.println("Commands:");
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Command c : commands.values()) {
      out.printf("  %-" + width + "s   %s%n", c.name(), c.summary());
    }
    out.println();
    out.println("Global options:");
    out.println(
        "  --endpoint URL       API base URL (env HCLOUD_ENDPOINT; default https://api.hetzner.cloud/v1)");
    out.println(
        "  --token-file FILE    read the API token from FILE (else HCLOUD_TOKEN, else the active context)");
    out.println("  --context NAME       use that context of the hcloud CLI config (HCLOUD_CONFIG)");
    out.println("  --local              run against the built-in emulator, state in .hzone/local");
    out.println("  --local-state DIR    where --local keeps its state");
    out.println("  -o, --output FORMAT  table, json, yaml, columns=a,b, noheader");
    out.println("  -v, --verbose        one line per HTTP request on stderr (never the token)");
    out.println("  --no-color           no colour (also env NO_COLOR)");
    out.println("  --version            print the version");
    out.println();
    out.println("Examples:");
    out.println("  hzone --local apply --yes --create-zones zones/");
    out.println("  hzone plan zones/");
    out.println("  hzone record add example.com www A 203.0.113.7");
    out.println();
    out.println("Run 'hzone help COMMAND' or 'hzone COMMAND --help' for more on a command.");
    out.println();
    HelpTopics.printList(out);
  }

  /** The outcome of parsing the global options. */
  record GlobalParse(GlobalOptions options, List<String> rest, boolean help, boolean version) {

    static GlobalParse parse(
        List<String> args, Map<String, String> env, Path workDir, boolean tty) {
      Optional<String> endpoint =
          Optional.ofNullable(env.get("HCLOUD_ENDPOINT")).filter(s -> !s.isEmpty());
      Optional<Path> tokenFile = Optional.empty();
      Optional<String> token = Optional.empty();
      Optional<String> context = Optional.empty();
      boolean local = false;
      Path localState = workDir.resolve(".hzone/local");
      List<String> outputs = new ArrayList<>();
      boolean verbose = false;
      boolean noColor = env.containsKey("NO_COLOR");
      boolean help = false;
      boolean version = false;
      int i = 0;
      for (; i < args.size(); i++) {
        String a = args.get(i);
        String value = null;
        int eq = a.indexOf('=');
        String flag = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
        if (a.startsWith("--") && eq > 0) {
          value = a.substring(eq + 1);
        }
        switch (flag) {
          case "--endpoint" -> {
            value = value != null ? value : next(args, ++i, flag);
            endpoint = Optional.of(value);
          }
          case "--token-file" ->
              tokenFile =
                  Optional.of(workDir.resolve(value != null ? value : next(args, ++i, flag)));
          case "--token" -> token = Optional.of(value != null ? value : next(args, ++i, flag));
          case "--context" -> context = Optional.of(value != null ? value : next(args, ++i, flag));
          case "--local" -> local = true;
          case "--local-state" -> {
            localState = workDir.resolve(value != null ? value : next(args, ++i, flag));
            local = true;
          }
          case "-o", "--output" -> outputs.add(value != null ? value : next(args, ++i, flag));
          case "-v", "--verbose" -> verbose = true;
          case "--no-color" -> noColor = true;
          case "-h", "--help" -> help = true;
          case "--version" -> version = true;
          default -> {
            if (a.startsWith("-o") && a.length() > 2) {
              outputs.add(a.substring(2));
              break;
            }
            if (a.startsWith("-")) {
              // Leave per-command flags (such as -o after the command) to the command.
              return finish(
                  args,
                  i,
                  endpoint,
                  tokenFile,
                  token,
                  context,
                  local,
                  localState,
                  outputs,
                  verbose,
                  noColor,
                  tty,
                  help,
                  version,
                  true);
            }
            return finish(
                args,
                i,
                endpoint,
                tokenFile,
                token,
                context,
                local,
                localState,
                outputs,
                verbose,
                noColor,
                tty,
                help,
                version,
                false);
          }
        }
      }
      return finish(
          args,
          i,
          endpoint,
          tokenFile,
          token,
          context,
          local,
          localState,
          outputs,
          verbose,
          noColor,
          tty,
          help,
          version,
          false);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static GlobalParse finish(
        List<String> args,
        int i,
        Optional<String> endpoint,
        Optional<Path> tokenFile,
        Optional<String> token,
        Optional<String> context,
        boolean local,
        Path localState,
        List<String> outputs,
        boolean verbose,
        boolean noColor,
        boolean tty,
        boolean help,
        boolean version,
        boolean unknownFlag) {
      if (unknownFlag) {
        throw CliException.usage(
            Suggestions.unknown("global option", args.get(i), GLOBAL_OPTIONS, "hzone"));
      }
      GlobalOptions g =
          new GlobalOptions(
              endpoint,
              tokenFile,
              token,
              context,
              local,
              localState,
              OutputOptions.parse(outputs),
              verbose,
              tty && !noColor,
              tty);
      return new GlobalParse(g, List.copyOf(args.subList(i, args.size())), help, version);
    }

    private static String next(List<String> args, int i, String flag) {
      if (i >= args.size()) {
        throw CliException.usage("option " + flag + " needs a value");
      }
      return args.get(i);
    }
  }
}
