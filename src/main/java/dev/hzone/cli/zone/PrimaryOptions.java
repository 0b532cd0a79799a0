package dev.hzone.cli.zone;

import dev.hzone.api.LabelRules;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.migrate.ServerAddress;
import dev.hzone.tsig.SecretFileMode;
import dev.hzone.tsig.TsigAlgorithm;
import dev.hzone.tsig.TsigKey;
import dev.hzone.tsig.TsigKeyException;
import dev.hzone.tsig.TsigKeyReader;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The primary nameservers of a secondary zone from the command line: {@code --primary ADDR[:PORT]
 * [--tsig-algorithm A] [--tsig-key-file F | --tsig-key-env VAR]}, repeatable. TSIG options apply to
 * the {@code --primary} they follow; given before any {@code --primary}, they apply to every
 * primary that has none of its own. Secrets come from files or the environment only, never from
 * argv, and are never printed.
 */
final class PrimaryOptions {
  /**
   * The zone label that remembers the TSIG key's name: the API stores algorithm and secret but no
   * name, and {@code zone check-primaries} must sign with the name the primary knows the key by.
   */
  static final String KEY_NAME_LABEL = "hzone.dev/tsig-key-name";

  private PrimaryOptions() {}

  /** Adds the options to a verb. */
  static Options add(Options o) {
    o.addOption(
        Option.builder()
            .longOpt("primary")
            .hasArg()
            .argName("ADDR[:PORT]")
            .desc(
                "a primary nameserver's IP address (port 53 unless given; IPv6 with a port as [ADDR]:PORT); "
                    + "repeatable")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("tsig-algorithm")
            .hasArg()
            .argName("ALG")
            .desc("hmac-md5, hmac-sha1 or hmac-sha256 (default, or the key file's)")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("tsig-key-file")
            .hasArg()
            .argName("FILE")
            .desc(
                "the TSIG key: BIND's key statement (tsig-keygen), ALG:NAME:SECRET, or the base64 secret alone")
            .build());
    o.addOption(
        Option.builder()
            .longOpt("tsig-key-env")
            .hasArg()
            .argName("VAR")
            .desc("read the TSIG key (same forms) from environment variable VAR")
            .build());
    o.addOption(
        Option.builder()
            .longOpt(FILE_OPTION)
            .hasArg()
            .argName("FILE")
            .desc(
                "the primaries as the hcloud CLI takes them: a JSON array of {\"address\", \"port\", "
                    + "\"tsig_algorithm\", \"tsig_key\"} (instead of --primary)")
            .build());
    return o;
  }

  /** The hcloud CLI's option: the primaries as a JSON file, in the API's own layout. */
  static final String FILE_OPTION = "primary-nameservers-file";

  /**
   * A primary as given, with the TSIG key name when the key text had one (the API stores no name).
   */
  record Given(PrimaryNameserver primary, Optional<String> keyName) {}

  /**
   * The primaries in the order given.
   *
   * @throws CliException usage (64) or data (65) errors naming the option at fault, never the
   *     secret
   */
  static List<Given> parse(Invocation inv, CommandLine cl) {
    if (cl.hasOption(FILE_OPTION)) {
      if (cl.hasOption("primary")
          || cl.hasOption("tsig-key-file")
          || cl.hasOption("tsig-key-env")
          || cl.hasOption("tsig-algorithm")) {
        throw CliException.usage(
            "--"
                + FILE_OPTION
                + " gives the primaries with their keys: leave out --primary "
                + "and the --tsig-* options");
      }
      List<Given> given = fromJson(inv, cl.getOptionValue(FILE_OPTION));
      if (given.stream().anyMatch(g -> g.primary().tsigKey().isPresent())) {
        warnIfLoose(inv, cl.getOptionValue(FILE_OPTION), "TSIG keys");
      }
      return given;
    }
    List<Entry> entries = new ArrayList<>();
    Entry defaults = new Entry(null);
    Entry current = defaults;
    for (Option o : cl.getOptions()) {
      switch (o.getLongOpt()) {
        case "primary" -> {
          current = new Entry(address(o.getValue()));
          entries.add(current);
        }
        case "tsig-algorithm" -> current.algorithm = Optional.of(algorithm(o.getValue()));
        case "tsig-key-file" -> {
          current.key = Optional.of(keyFromFile(inv, o.getValue()));
          current.keySource = o.getValue();
        }
        case "tsig-key-env" -> {
          current.key = Optional.of(keyFromEnv(inv, o.getValue()));
          current.keySource = "environment variable " + o.getValue();
        }
        default -> {}
      }
    }
    if (entries.isEmpty() && (defaults.key.isPresent() || defaults.algorithm.isPresent())) {
      throw CliException.usage("TSIG options need a --primary ADDR[:PORT] to apply to");
    }
    List<Given> out = new ArrayList<>();
    for (Entry e : entries) {
      Optional<TsigKey> key = e.key.or(() -> defaults.key);
      Optional<TsigAlgorithm> alg = e.algorithm.or(() -> defaults.algorithm);
      if (key.isEmpty()) {
        if (e.algorithm.isPresent()) {
          throw CliException.usage(
              "--tsig-algorithm for primary "
                  + e.address
                  + " needs a key: "
                  + "--tsig-key-file FILE or --tsig-key-env VAR");
        }
        out.add(
            new Given(PrimaryNameserver.of(e.address.host(), e.address.port()), Optional.empty()));
        continue;
      }
      // Only a bare secret comes without a name, and it names no algorithm either: the option (or
      // the default) does.
      TsigKey k = key.get();
      boolean textNamesAlgorithm = k.name().isPresent();
      if (textNamesAlgorithm && alg.isPresent() && alg.get() != k.algorithm()) {
        throw CliException.usage(
            "--tsig-algorithm "
                + alg.get().text()
                + " differs from the key's algorithm "
                + k.algorithm().text()
                + (e.keySource != null ? " in " + e.keySource : " in " + defaults.keySource));
      }
      if (!textNamesAlgorithm) {
        k = TsigKey.unnamed(alg.orElse(TsigAlgorithm.DEFAULT), k.secret());
      }
      out.add(
          new Given(PrimaryNameserver.withTsig(e.address.host(), e.address.port(), k), k.name()));
    }
    return out;
  }

  /**
   * The primaries from a JSON file in the layout of the API and of the hcloud CLI's {@code
   * --primary-nameservers-file}: {@code [{"address": "198.51.100.7", "port": 53, "tsig_algorithm":
   * "hmac-sha256", "tsig_key": "base64"}]}. The secret stays in the file: errors name the field,
   * never its value.
   */
  static List<Given> fromJson(Invocation inv, String file) {
    Path p = inv.path(file);
    String text;
    try {
      text = Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.data("cannot read " + p + ": " + e.getMessage());
    }
    com.google.gson.JsonElement root;
    try {
      root = com.google.gson.JsonParser.parseString(text);
    } catch (com.google.gson.JsonParseException e) {
      throw CliException.data(
          p
              + ": not JSON: give an array of {\"address\", \"port\", \"tsig_algorithm\", "
              + "\"tsig_key\"}");
    }
    if (!root.isJsonArray() || root.getAsJsonArray().isEmpty()) {
      throw CliException.data(p + ": give a non-empty JSON array of primaries");
    }
    List<Given> out = new ArrayList<>();
    int i = 0;
    for (com.google.gson.JsonElement e : root.getAsJsonArray()) {
      String where = p + ": [" + i++ + "]";
      if (!e.isJsonObject()) {
        throw CliException.data(where + ": a primary is an object with \"address\"");
      }
      com.google.gson.JsonObject o = e.getAsJsonObject();
      String address =
          string(o, "address", where)
              .orElseThrow(() -> CliException.data(where + ".address: missing"));
      ServerAddress a;
      try {
        a = address(address);
      } catch (CliException ex) {
        throw CliException.data(where + ".address: " + ex.getMessage().replace("--primary ", ""));
      }
      int port = PrimaryNameserver.DEFAULT_PORT;
      if (o.has("port") && !o.get("port").isJsonNull()) {
        try {
          port = o.get("port").getAsInt();
        } catch (RuntimeException ex) {
          throw CliException.data(where + ".port: not a number");
        }
        if (port < 1 || port > 65535) {
          throw CliException.data(where + ".port: " + port + " is not 1-65535");
        }
      }
      Optional<String> key = string(o, "tsig_key", where);
      Optional<String> alg = string(o, "tsig_algorithm", where);
      if (key.isEmpty()) {
        if (alg.isPresent()) {
          throw CliException.data(where + ": tsig_algorithm without tsig_key");
        }
        out.add(new Given(PrimaryNameserver.of(a.host(), port), Optional.empty()));
        continue;
      }
      TsigKey k = key(key.get(), where + ".tsig_key");
      TsigAlgorithm algorithm;
      try {
        algorithm = alg.isPresent() ? algorithm(alg.get()) : k.algorithm();
      } catch (CliException ex) {
        throw CliException.data(where + ".tsig_algorithm: " + ex.getMessage());
      }
      TsigKey withAlgorithm =
          k.name()
              .map(n -> TsigKey.of(n, algorithm, k.secret()))
              .orElseGet(() -> TsigKey.unnamed(algorithm, k.secret()));
      out.add(
          new Given(
              PrimaryNameserver.withTsig(a.host(), port, withAlgorithm), withAlgorithm.name()));
    }
    return out;
  }

  private static Optional<String> string(com.google.gson.JsonObject o, String field, String where) {
    if (!o.has(field) || o.get(field).isJsonNull()) {
      return Optional.empty();
    }
    if (!o.get(field).isJsonPrimitive() || !o.get(field).getAsJsonPrimitive().isString()) {
      throw CliException.data(where + "." + field + ": not a string");
    }
    return Optional.of(o.get(field).getAsString());
  }

  /**
   * The key name to remember in {@link #KEY_NAME_LABEL}: the one name all given keys share, if it
   * can be a label value.
   */
  static Optional<String> keyNameLabel(List<Given> given) {
    List<String> names = given.stream().flatMap(g -> g.keyName().stream()).distinct().toList();
    if (names.size() != 1) {
      return Optional.empty();
    }
    String n =
        names.get(0).endsWith(".")
            ? names.get(0).substring(0, names.get(0).length() - 1)
            : names.get(0);
    return LabelRules.isName(n) ? Optional.of(n) : Optional.empty();
  }

  private static final class Entry {
    final ServerAddress address;
    Optional<TsigAlgorithm> algorithm = Optional.empty();
    Optional<TsigKey> key = Optional.empty();
    String keySource;

    Entry(ServerAddress address) {
      this.address = address;
    }
  }

  private static ServerAddress address(String text) {
    ServerAddress a;
    try {
      a = ServerAddress.parse(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--primary " + e.getMessage());
    }
    if (!a.host().matches("[0-9.]+") && !a.host().contains(":")) {
      throw CliException.usage(
          "--primary '"
              + text
              + "': give an IP address, not a host name "
              + "(the API takes the primaries' public IPv4 or IPv6 addresses)");
    }
    try {
      InetAddress.getByName(a.host());
    } catch (IOException e) {
      throw CliException.usage("--primary '" + text + "' is not an IP address");
    }
    return a;
  }

  private static TsigAlgorithm algorithm(String text) {
    List<String> known = List.of("hmac-md5", "hmac-sha1", "hmac-sha256");
    return TsigAlgorithm.fromText(text)
        .orElseThrow(
            () ->
                CliException.usage(
                    Suggestions.unknown("TSIG algorithm", text, known, "hzone zone create")
                        .replace(
                            " (see 'hzone zone create --help')",
                            " (the API accepts " + String.join(", ", known) + ")")));
  }

  private static TsigKey keyFromFile(Invocation inv, String file) {
    warnIfLoose(inv, file, "a TSIG key");
    try {
      return TsigKeyReader.readFile(inv.path(file), inv.path(file).toString(), Optional.empty());
    } catch (TsigKeyException e) {
      throw CliException.data(e.getMessage());
    }
  }

  /**
   * The warning for a key file others may read, once per command (a file may be named for several
   * primaries).
   */
  static void warnIfLoose(Invocation inv, String file, String what) {
    SecretFileMode.looseModeWarning(inv.path(file), what).ifPresent(inv::warnOnce);
  }

  private static TsigKey keyFromEnv(Invocation inv, String var) {
    return key(
        inv.env(var)
            .orElseThrow(
                () ->
                    CliException.usage(
                        "--tsig-key-env " + var + ": the environment variable is not set")),
        "environment variable " + var);
  }

  /**
   * Parses key text with {@link TsigKeyReader}: a bare base64 secret (a key without name; its
   * algorithm the default until an option names one), BIND's key statement or ALG:NAME:SECRET.
   */
  static TsigKey key(String text, String source) {
    try {
      return TsigKeyReader.parse(text, source, Optional.empty());
    } catch (TsigKeyException e) {
      throw CliException.data(e.getMessage());
    }
  }
}
