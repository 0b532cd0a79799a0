package dev.hzone.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ErrorReporter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.HcloudConfig;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.ResourceView;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone context create|use|list|delete|active}: the hcloud CLI's contexts, in the same
 * {@code cli.toml} ({@code HCLOUD_CONFIG} or {@code ~/.config/hcloud/cli.toml}), so that a context
 * made by either tool works in the other.
 */
final class ContextCommand {
  private ContextCommand() {}

  static Command create() {
    return new CommandGroup(
        "context",
        "Manage contexts (named API tokens) shared with the hcloud CLI",
        List.of(
            new Verb(
                "create",
                "Create a context and make it the active one",
                "NAME",
                "hzone context create prod                       # asks for the token (not shown as typed)\n"
                    + "hzone context create prod --token-file ~/.hcloud-token\n"
                    + "HCLOUD_TOKEN=... hzone context create ci\n"
                    + "hzone context create local --endpoint http://127.0.0.1:8780/v1 --token-file emu.token",
                () ->
                    new Options()
                        .addOption(
                            Option.builder()
                                .longOpt("token-file")
                                .hasArg()
                                .argName("FILE")
                                .desc("read the token from FILE (else HCLOUD_TOKEN, else a prompt)")
                                .build())
                        .addOption(
                            Option.builder()
                                .longOpt("endpoint")
                                .hasArg()
                                .argName("URL")
                                .desc(
                                    "the API this context talks to (default the Hetzner Cloud API); any token is "
                                        + "accepted for one on this machine, such as the emulator's")
                                .build()),
                ContextCommand::createContext),
            new Verb(
                "use",
                "Make a context the active one",
                "NAME",
                "hzone context use prod",
                Options::new,
                ContextCommand::use),
            new Verb(
                "list",
                "List contexts",
                "",
                "hzone context list\nhzone context list -o json",
                () -> Printer.addOutputOption(new Options()),
                ContextCommand::list),
            new Verb(
                "delete",
                "Delete a context",
                "NAME",
                "hzone context delete staging",
                Options::new,
                ContextCommand::delete),
            new Verb(
                "active",
                "Print the name of the active context",
                "",
                "hzone context active",
                Options::new,
                ContextCommand::active)));
  }

  /** Loads the config and warns when a file with tokens is readable by others. */
  static HcloudConfig load(Invocation inv) {
    HcloudConfig cfg = HcloudConfig.load(HcloudConfig.locate(inv.env()));
    cfg.looseModeWarning().ifPresent(inv::warn);
    return cfg;
  }

  private static int createContext(Invocation inv, CommandLine cl) {
    String name = VerbRunner.positional(cl, 1, 1, "context create", "NAME").get(0).trim();
    if (name.isEmpty()) {
      throw CliException.usage("a context needs a name");
    }
    HcloudConfig cfg = HcloudConfig.load(HcloudConfig.locate(inv.env()));
    if (cfg.context(name).isPresent()) {
      throw CliException.failed(
          "a context named '"
              + name
              + "' already exists in "
              + cfg.file()
              + " (delete it first with 'hzone context delete "
              + name
              + "')");
    }
    Optional<String> endpoint =
        Optional.ofNullable(cl.getOptionValue("endpoint")).map(String::trim);
    endpoint.ifPresent(ClientFactory::checkEndpoint);
    String token = token(inv, cl, endpoint.filter(ClientFactory::isLoopbackEndpoint).isPresent());
    cfg.addContext(name, token, endpoint);
    cfg.setActiveContext(Optional.of(name));
    cfg.save();
    inv.out().println("Context " + name + " created and activated");
    return ExitCodes.OK;
  }

  /**
   * The token for a new context: --token-file (the verb's or the global one), --token,
   * HCLOUD_TOKEN, stdin.
   */
  private static String token(Invocation inv, CommandLine cl, boolean loopback) {
    String token;
    String from;
    if (cl.hasOption("token-file") || inv.globals().tokenFile().isPresent()) {
      Path f =
          cl.hasOption("token-file")
              ? inv.path(cl.getOptionValue("token-file"))
              : inv.globals().tokenFile().get();
      try {
        token = Files.readString(f, StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        throw CliException.data("cannot read the token file " + f + ": " + ErrorReporter.reason(e));
      }
      from = "token file " + f;
    } else if (inv.globals().token().isPresent()) {
      token = inv.globals().token().get().trim();
      from = "--token";
    } else if (inv.env("HCLOUD_TOKEN").isPresent()) {
      token = inv.env("HCLOUD_TOKEN").get().trim();
      from = "HCLOUD_TOKEN";
      inv.info("Using the token from HCLOUD_TOKEN");
    } else {
      try {
        String line = prompt(inv);
        if (line == null || line.isBlank()) {
          throw CliException.usage(
              "no token given: use --token-file FILE, set HCLOUD_TOKEN, or type the token when asked");
        }
        token = line.trim();
      } catch (IOException e) {
        throw CliException.usage("cannot read the token from stdin: " + e.getMessage());
      }
      from = "the token typed";
    }
    // The emulator's tokens are any string; the length rule is the Hetzner Cloud API's.
    if (!loopback && token.length() != HcloudConfig.TOKEN_LENGTH) {
      throw CliException.data(
          from
              + " is not a valid API token: it must be exactly "
              + HcloudConfig.TOKEN_LENGTH
              + " characters long, and has "
              + token.length());
    }
    return token;
  }

  /**
   * Asks for the token: at a terminal without echo (as the hcloud CLI does), else one line of
   * stdin.
   */
  private static String prompt(Invocation inv) throws IOException {
    java.io.Console console = inv.globals().tty() ? System.console() : null;
    if (console != null) {
      char[] typed = console.readPassword("Token: ");
      return typed == null ? null : new String(typed);
    }
    inv.err().print("Token: ");
    inv.err().flush();
    return new BufferedReader(new InputStreamReader(inv.in(), StandardCharsets.UTF_8)).readLine();
  }

  private static int use(Invocation inv, CommandLine cl) {
    String name = VerbRunner.positional(cl, 1, 1, "context use", "NAME").get(0);
    HcloudConfig cfg = load(inv);
    requireContext(cfg, name);
    cfg.setActiveContext(Optional.of(name));
    cfg.save();
    if (inv.env("HCLOUD_CONTEXT").filter(c -> !c.equals(name)).isPresent()) {
      inv.warn("HCLOUD_CONTEXT is set and overrides the active context in this shell");
    }
    return ExitCodes.OK;
  }

  private static int delete(Invocation inv, CommandLine cl) {
    String name = VerbRunner.positional(cl, 1, 1, "context delete", "NAME").get(0);
    HcloudConfig cfg = load(inv);
    requireContext(cfg, name);
    boolean wasActive = cfg.activeContextName().filter(name::equals).isPresent();
    cfg.removeContext(name);
    cfg.save();
    if (wasActive) {
      inv.warn("deleted the active context; choose another with 'hzone context use NAME'");
    }
    return ExitCodes.OK;
  }

  private static int active(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "context active", "");
    HcloudConfig cfg = load(inv);
    Optional<String> name = cfg.effectiveContextName(inv.env());
    if (name.isEmpty()) {
      inv.info("no active context (create one with 'hzone context create NAME')");
      return ExitCodes.OK;
    }
    if (cfg.context(name.get()).isEmpty()) {
      inv.warn("the active context '" + name.get() + "' does not exist in " + cfg.file());
    }
    if (inv.env("HCLOUD_TOKEN").isPresent()) {
      inv.warn("HCLOUD_TOKEN is set and is used instead of the active context's token");
    }
    inv.out().println(name.get());
    return ExitCodes.OK;
  }

  private static int list(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "context list", "");
    HcloudConfig cfg = load(inv);
    Optional<String> active = cfg.effectiveContextName(inv.env());
    List<Row> rows =
        cfg.contexts().stream()
            .map(c -> new Row(c.name(), active.filter(c.name()::equals).isPresent(), c.endpoint()))
            .toList();
    Printer.of(inv, cl).list(rows, VIEW);
    return ExitCodes.OK;
  }

  private static void requireContext(HcloudConfig cfg, String name) {
    if (cfg.context(name).isEmpty()) {
      throw CliException.failed(
          Suggestions.unknown("context", name, cfg.contextNames(), "hzone context list")
              .replace(" (see 'hzone context list --help')", " (see 'hzone context list')"));
    }
  }

  /** A context as listed: never its token. */
  private record Row(String name, boolean active, Optional<String> endpoint) {}

  private static final ResourceView<Row> VIEW =
      new ResourceView<>() {
        private final TableLayout<Row> table =
            TableLayout.<Row>builder()
                .column(Column.of("active", r -> r.active() ? "*" : ""))
                .column(Column.of("name", Row::name))
                .column(Column.of("endpoint", r -> r.endpoint().orElse("-")))
                .defaults("active", "name")
                .build();

        @Override
        public TableLayout<Row> table() {
          return table;
        }

        @Override
        public JsonElement toJson(Row r) {
          JsonObject o = new JsonObject();
          o.addProperty("name", r.name());
          o.addProperty("active", r.active());
          r.endpoint().ifPresent(e -> o.addProperty("endpoint", e));
          return o;
        }

        @Override
        public void describe(Row r, DescribeWriter out) {
          out.field("Name", r.name()).field("Active", Humanize.yesNo(r.active()));
        }
      };
}
