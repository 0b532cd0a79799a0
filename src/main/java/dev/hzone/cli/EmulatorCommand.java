package dev.hzone.cli;

import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.emulator.Emulator;
import dev.hzone.emulator.EmulatorException;
import dev.hzone.emulator.EmulatorOptions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone emulator}: serves the Cloud API emulator and its DNS server until stopped (SIGINT,
 * SIGTERM), after printing {@code hzone emulator: api http://HOST:PORT/v1 dns HOST:PORT} on stdout.
 */
final class EmulatorCommand {
  private EmulatorCommand() {}

  static Command create() {
    return new LeafCommand(
        new Verb(
            "emulator",
            "Run a local emulator of the Hetzner Cloud API and its DNS",
            "",
            "hzone emulator --state .hzone/emu --token my-token\n"
                + "hzone emulator --listen 127.0.0.1:0 --dns-listen 127.0.0.1:0 --access-log requests.log\n"
                + "hzone emulator --faults 0.1 --seed 7 --latency 50   # flaky and slow, the same way every run",
            EmulatorCommand::options,
            EmulatorCommand::run));
  }

  private static Options options() {
    return new Options()
        .addOption(
            opt("listen", "HOST:PORT", "API address (default 127.0.0.1:8780; port 0: a free port)"))
        .addOption(
            opt("dns-listen", "HOST:PORT", "DNS address, UDP and TCP (default 127.0.0.1:8753)"))
        .addOption(
            opt(
                "state",
                "DIR",
                "keep the state in DIR and read it back at start (default: memory only)"))
        .addOption(
            opt(
                "token",
                "TOKEN",
                "the API token to accept (default: a generated one, shown on stderr)"))
        .addOption(opt("latency", "MS", "add MS milliseconds to every answer"))
        .addOption(
            opt("action-ms", "MS", "how long every action runs before it succeeds (default 200)"))
        .addOption(
            opt(
                "faults",
                "RATE",
                "fail this share of requests (0 to 1) with 429, 5xx, conflict, locked,"
                    + " dropped connections or failed actions"))
        .addOption(opt("seed", "N", "seed of the fault decisions, for repeatable runs (default 0)"))
        .addOption(
            opt("access-log", "FILE", "append one line per request: METHOD PATH?QUERY STATUS"))
        .addOption(
            opt(
                "dns-delay",
                "MS",
                "serve changes over DNS MS milliseconds after their action finished"))
        .addOption(
            Option.builder()
                .longOpt("follow-primaries")
                .desc(
                    "secondary zones transfer their zone from "
                        + "their primary nameservers (AXFR with the zone's TSIG key, SOA refresh and retry, NOTIFY) and are "
                        + "served over DNS; off by default, so the emulator connects nowhere by itself")
                .build());
  }

  private static Option opt(String name, String arg, String desc) {
    return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).build();
  }

  private static int run(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "emulator", "[OPTIONS]");
    EmulatorOptions options = parse(inv, cl);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "hzone-emulator-stop"));
    return serve(inv, options, stop, cl.hasOption("follow-primaries"));
  }

  /** Starts the emulator, prints the ready line, and serves until {@code stop} is released. */
  static int serve(Invocation inv, EmulatorOptions options, CountDownLatch stop) {
    return serve(inv, options, stop, false);
  }

  /**
   * As {@link #serve(Invocation, EmulatorOptions, CountDownLatch)}, secondary zones following their
   * primaries.
   */
  static int serve(
      Invocation inv, EmulatorOptions options, CountDownLatch stop, boolean followPrimaries) {
    Emulator emu;
    try {
      Emulator.Builder b =
          Emulator.builder(options).log(line -> inv.err().println("hzone emulator: " + line));
      emu = (followPrimaries ? b.followPrimaries() : b).start();
    } catch (EmulatorException e) {
      throw CliException.unavailable(e.getMessage(), e);
    }
    try (emu) {
      if (options.token().isEmpty()) {
        inv.err()
            .println(
                "hzone emulator: generated API token (use it as HCLOUD_TOKEN): " + emu.token());
      }
      options.stateDir().ifPresent(d -> inv.err().println("hzone emulator: state in " + d));
      inv.out().println(emu.readyLine());
      inv.out().flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /** The options of the command line. */
  static EmulatorOptions parse(Invocation inv, CommandLine cl) {
    EmulatorOptions o = EmulatorOptions.defaults();
    if (cl.hasOption("listen")) {
      o = o.withListen(address(cl.getOptionValue("listen"), "--listen"));
    }
    if (cl.hasOption("dns-listen")) {
      o = o.withDnsListen(address(cl.getOptionValue("dns-listen"), "--dns-listen"));
    }
    if (cl.hasOption("state")) {
      o = o.withStateDir(inv.path(cl.getOptionValue("state")));
    }
    if (cl.hasOption("token")) {
      String token = cl.getOptionValue("token");
      if (token.isEmpty() || !token.chars().allMatch(c -> c > 32 && c < 127)) {
        throw CliException.usage("--token must be printable ASCII without spaces");
      }
      o = o.withToken(token);
    }
    if (cl.hasOption("latency")) {
      o = o.withLatency(millis(cl.getOptionValue("latency"), "--latency"));
    }
    if (cl.hasOption("action-ms")) {
      o = o.withActionDuration(millis(cl.getOptionValue("action-ms"), "--action-ms"));
    }
    if (cl.hasOption("dns-delay")) {
      o = o.withDnsDelay(millis(cl.getOptionValue("dns-delay"), "--dns-delay"));
    }
    double rate = 0;
    if (cl.hasOption("faults")) {
      try {
        rate = Double.parseDouble(cl.getOptionValue("faults"));
      } catch (NumberFormatException e) {
        rate = -1;
      }
      if (!(rate >= 0 && rate <= 1)) {
        throw CliException.usage(
            "--faults takes a rate between 0 and 1, e.g. 0.05, not '"
                + cl.getOptionValue("faults")
                + "'");
      }
    }
    long seed = 0;
    if (cl.hasOption("seed")) {
      try {
        seed = Long.parseLong(cl.getOptionValue("seed"));
      } catch (NumberFormatException e) {
        throw CliException.usage(
            "--seed takes an integer, not '" + cl.getOptionValue("seed") + "'");
      }
    }
    o = o.withFaults(rate, seed);
    if (cl.hasOption("access-log")) {
      o = o.withAccessLog(inv.path(cl.getOptionValue("access-log")));
    }
    return o;
  }

  private static Duration millis(String text, String flag) {
    try {
      long ms = Long.parseLong(text);
      if (ms >= 0) {
        return Duration.ofMillis(ms);
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw CliException.usage(flag + " takes milliseconds (0 or more), not '" + text + "'");
  }

  /** {@code HOST:PORT} or {@code [IPV6]:PORT}. */
  static InetSocketAddress address(String text, String flag) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw CliException.usage(flag + " takes HOST:PORT, e.g. 127.0.0.1:8780, not '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw CliException.usage(
          flag + ": '" + text.substring(colon + 1) + "' is not a port (0 to 65535)");
    }
    return new InetSocketAddress(host, port);
  }
}
