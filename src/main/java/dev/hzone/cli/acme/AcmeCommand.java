package dev.hzone.cli.acme;

import dev.hzone.acme.AcmeHook;
import dev.hzone.acme.Challenge;
import dev.hzone.acme.ChallengePolicy;
import dev.hzone.acme.DnsTxtProbe;
import dev.hzone.acme.HookOptions;
import dev.hzone.acme.Nameserver;
import dev.hzone.acme.NameserverAddresses;
import dev.hzone.acme.PresentResult;
import dev.hzone.api.Sleeper;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone acme present|cleanup|certbot-auth|certbot-cleanup}: the DNS-01 hook for lego's
 * {@code exec} provider (default and RAW argument forms), certbot's manual hooks and acme.sh.
 */
public final class AcmeCommand implements Command {
  private static final String PRESENT_USAGE = "FQDN VALUE | -- DOMAIN TOKEN KEYAUTH";
  private static final Set<String> VALUED_OPTIONS = Set.of("--nameserver", "--timeout");

  /** Flags recognised after the arguments too (no challenge value or name looks like them). */
  private static final Set<String> FLAGS = Set.of("--allow-any-name", "--allow-any-value");

  private final CommandGroup group;

  private AcmeCommand(CommandGroup group) {
    this.group = group;
  }

  /** The command as {@code hzone} ships it, against the configured API. */
  public static Command create() {
    return create(new ApiAcmeBackend(), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  static Command create(AcmeBackend backend, Clock clock, Sleeper sleeper) {
    Runner runner = new Runner(backend, clock, sleeper);
    return new AcmeCommand(
        new CommandGroup(
            "acme",
            "ACME DNS-01 hook for lego, certbot and acme.sh",
            List.of(
                new Verb(
                    "present",
                    "Add a challenge TXT value and wait until every authoritative nameserver serves it",
                    PRESENT_USAGE,
                    "hzone acme present _acme-challenge.example.com. Q8N2hWlLaPk_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M\n"
                        + "hzone acme present -- example.com TOKEN KEYAUTH        # lego EXEC_MODE=RAW\n"
                        + "EXEC_PATH=samples/lego-hook.sh lego --dns exec ...    # see samples/",
                    AcmeCommand::options,
                    (inv, cl) -> runner.present(inv, cl, fromArguments(cl, "present"))),
                new Verb(
                    "cleanup",
                    "Remove exactly that challenge TXT value",
                    PRESENT_USAGE,
                    "hzone acme cleanup _acme-challenge.example.com. Q8N2hWlLaPk_SijkXy0q7UeC9tmJEF19OMXiVzNNB0M\n"
                        + "hzone acme cleanup -- example.com TOKEN KEYAUTH        # lego EXEC_MODE=RAW",
                    AcmeCommand::options,
                    (inv, cl) -> runner.cleanup(inv, cl, fromArguments(cl, "cleanup"))),
                new Verb(
                    "certbot-auth",
                    "certbot --manual-auth-hook: present CERTBOT_DOMAIN / CERTBOT_VALIDATION",
                    "",
                    "certbot certonly --manual --preferred-challenges dns \\\n"
                        + "  --manual-auth-hook 'hzone acme certbot-auth' --manual-cleanup-hook 'hzone acme certbot-cleanup' \\\n"
                        + "  -d example.com -d '*.example.com'",
                    AcmeCommand::options,
                    (inv, cl) -> runner.present(inv, cl, fromCertbot(inv, cl, "certbot-auth"))),
                new Verb(
                    "certbot-cleanup",
                    "certbot --manual-cleanup-hook: remove CERTBOT_VALIDATION at CERTBOT_DOMAIN",
                    "",
                    "certbot ... --manual-cleanup-hook 'hzone acme certbot-cleanup'",
                    AcmeCommand::options,
                    (inv, cl) ->
                        runner.cleanup(inv, cl, fromCertbot(inv, cl, "certbot-cleanup"))))));
  }

  @Override
  public String name() {
    return group.name();
  }

  @Override
  public String summary() {
    return group.summary();
  }

  @Override
  public List<String> verbs() {
    return group.verbs();
  }

  @Override
  public List<OptionSpec> options(String verb) {
    return group.options(verb);
  }

  @Override
  public int run(Invocation inv, List<String> args) {
    if (!args.isEmpty() && (args.get(0).equals("present") || args.get(0).equals("cleanup"))) {
      List<String> out = new ArrayList<>();
      out.add(args.get(0));
      out.addAll(separatePositionals(args.subList(1, args.size())));
      return group.run(inv, out);
    }
    return group.run(inv, args);
  }

  /**
   * Puts {@code --} before the positional arguments. A challenge value is base64url and may begin
   * with {@code -} (one value in 64), which an option parser would take for an option: once the
   * first positional argument is seen, everything after it that is not one of our options is an
   * argument.
   */
  static List<String> separatePositionals(List<String> args) {
    List<String> options = new ArrayList<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (a.equals("--")) {
        positionals.addAll(args.subList(i + 1, args.size()));
        break;
      } else if (VALUED_OPTIONS.contains(flag)) {
        options.add(a);
        if (!a.contains("=") && i + 1 < args.size()) {
          options.add(args.get(++i));
        }
      } else if (a.equals("-h")
          || a.equals("--help")
          || FLAGS.contains(a)
          || (a.startsWith("-") && positionals.isEmpty())) {
        options.add(a);
      } else {
        positionals.add(a);
      }
    }
    options.add("--");
    options.addAll(positionals);
    return options;
  }

  private static Options options() {
    return new Options()
        .addOption(
            Option.builder()
                .longOpt("nameserver")
                .hasArg()
                .argName("HOST:PORT")
                .desc(
                    "check propagation at this nameserver instead of the zone's assigned ones (repeatable)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("timeout")
                .hasArg()
                .argName("SECONDS")
                .desc("give up waiting for the nameservers after SECONDS (default 180)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("allow-any-name")
                .desc(
                    "also write or remove at a name whose first label is not _acme-challenge (lego's default form"
                        + " passes a CNAME-delegated challenge's target; EXEC_MODE=RAW needs no flag)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("allow-any-value")
                .desc(
                    "also write or remove a value that is not 43 characters of base64url (the DNS-01 digest);"
                        + " without it cleanup can never remove another TXT value such as SPF")
                .build());
  }

  /**
   * lego's two forms: {@code FQDN VALUE}, or RAW {@code DOMAIN TOKEN KEYAUTH}, whose value is the
   * digest.
   */
  private static Challenge fromArguments(CommandLine cl, String verb) {
    List<String> a = VerbRunner.positional(cl, 2, 3, "acme " + verb, PRESENT_USAGE);
    try {
      return a.size() == 2
          ? Challenge.ofRecord(a.get(0), a.get(1))
          : Challenge.ofKeyAuthorization(a.get(0), a.get(2));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("hzone acme " + verb + ": " + e.getMessage());
    }
  }

  private static Challenge fromCertbot(Invocation inv, CommandLine cl, String verb) {
    VerbRunner.positional(cl, 0, 0, "acme " + verb, "");
    String domain =
        inv.env("CERTBOT_DOMAIN")
            .orElseThrow(
                () ->
                    CliException.usage(
                        "CERTBOT_DOMAIN is not set: 'hzone acme "
                            + verb
                            + "' is meant to be run by certbot as a manual hook"));
    String validation =
        inv.env("CERTBOT_VALIDATION")
            .orElseThrow(
                () ->
                    CliException.usage(
                        "CERTBOT_VALIDATION is not set: 'hzone acme "
                            + verb
                            + "' is meant to be run by certbot as a manual hook"));
    try {
      return Challenge.ofDomain(domain, validation);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("hzone acme " + verb + ": CERTBOT_DOMAIN: " + e.getMessage());
    }
  }

  /** Runs the hook with the options of one invocation. */
  private record Runner(AcmeBackend backend, Clock clock, Sleeper sleeper) {

    int present(Invocation inv, CommandLine cl, Challenge challenge) {
      HookOptions options = hookOptions(inv, cl, checked(cl, challenge));
      Instant start = clock.instant();
      PresentResult r = run(inv, options, hook -> hook.present(challenge, options));
      if (talkative(inv)) {
        inv.info(
            "hzone acme: done in "
                + AcmeProgress.seconds(Duration.between(start, clock.instant()))
                + " (waiting for nameservers "
                + AcmeProgress.seconds(r.propagation())
                + ")");
      }
      return ExitCodes.OK;
    }

    int cleanup(Invocation inv, CommandLine cl, Challenge challenge) {
      HookOptions options = hookOptions(inv, cl, checked(cl, challenge));
      run(inv, options, hook -> hook.cleanup(challenge, options));
      return ExitCodes.OK;
    }

    /**
     * Progress goes to stderr only with {@code --verbose} or at a terminal: certbot reports any
     * stderr of a hook that succeeded as "ran with error output". Otherwise it is kept, and shown
     * only when the hook fails.
     */
    private static boolean talkative(Invocation inv) {
      return inv.globals().verbose() || inv.globals().tty();
    }

    private <T> T run(Invocation inv, HookOptions options, HookCall<T> call) {
      java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
      java.io.PrintStream progress =
          talkative(inv)
              ? inv.err()
              : new java.io.PrintStream(kept, true, java.nio.charset.StandardCharsets.UTF_8);
      AcmeHook hook =
          new AcmeHook(
              backend.zones(inv),
              new DnsTxtProbe(),
              new NameserverAddresses(NameserverAddresses.HostResolver.SYSTEM),
              clock,
              sleeper,
              new AcmeProgress(progress));
      try {
        return call.run(hook);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        inv.err().print(kept.toString(java.nio.charset.StandardCharsets.UTF_8));
        throw CliException.failed("interrupted");
      } catch (RuntimeException e) {
        inv.err().print(kept.toString(java.nio.charset.StandardCharsets.UTF_8));
        throw e;
      }
    }

    /**
     * The policy of this run, once it has let the challenge pass: refused before anything is asked
     * or sent.
     */
    private static ChallengePolicy checked(CommandLine cl, Challenge challenge) {
      ChallengePolicy policy =
          new ChallengePolicy(cl.hasOption("allow-any-name"), cl.hasOption("allow-any-value"));
      try {
        policy.check(challenge);
      } catch (IllegalArgumentException e) {
        throw CliException.data("hzone acme: " + e.getMessage());
      }
      return policy;
    }

    private HookOptions hookOptions(Invocation inv, CommandLine cl, ChallengePolicy policy) {
      HookOptions o = HookOptions.defaults().withPolicy(policy);
      if (cl.hasOption("timeout")) {
        String t = cl.getOptionValue("timeout");
        try {
          long s = Long.parseLong(t);
          if (s <= 0) {
            throw new NumberFormatException();
          }
          o = o.withTimeout(Duration.ofSeconds(s));
        } catch (NumberFormatException e) {
          throw CliException.usage("--timeout: '" + t + "' is not a positive number of seconds");
        }
      }
      List<Nameserver> servers = new ArrayList<>();
      String[] given = cl.getOptionValues("nameserver");
      if (given != null) {
        for (String s : given) {
          try {
            servers.add(Nameserver.parse(s));
          } catch (IllegalArgumentException e) {
            throw CliException.usage("--nameserver: " + e.getMessage());
          }
        }
      }
      return o.withNameservers(servers.isEmpty() ? backend.defaultNameservers(inv) : servers);
    }
  }

  @FunctionalInterface
  private interface HookCall<T> {
    T run(AcmeHook hook) throws InterruptedException;
  }
}
