package dev.hzone.cli.cloud;

import dev.hzone.api.LabelRules;
import dev.hzone.api.cloud.ApiEnum;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.xbill.DNS.Address;

/**
 * Reads and checks the arguments of the resource verbs before anything is sent: positional
 * arguments, numbers, choices, IP addresses and ranges, labels, files. Every mistake is a usage
 * error (exit 64) that names the option and says what it takes; an unreadable file is a data error
 * (exit 65).
 */
final class Args {

  private Args() {}

  /**
   * The positional arguments, between {@code min} and {@code max} of them ({@code -1}: no maximum).
   */
  static List<String> positional(
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

  /** A whole number option within {@code [min, max]}, if given. */
  static Optional<Long> number(CommandLine cl, String option, long min, long max) {
    if (!cl.hasOption(option)) {
      return Optional.empty();
    }
    return Optional.of(number(cl.getOptionValue(option), "--" + option, min, max));
  }

  /**
   * {@code text} as a whole number within {@code [min, max]}; {@code what} names it in the error.
   */
  static long number(String text, String what, long min, long max) {
    long v;
    try {
      v = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw CliException.usage(what + ": '" + text + "' is not a whole number");
    }
    if (v < min || v > max) {
      throw CliException.usage(what + ": " + v + " is out of range (" + min + " to " + max + ")");
    }
    return v;
  }

  /** A required whole-number option. */
  static long requiredNumber(CommandLine cl, String option, long min, long max) {
    return number(cl, option, min, max)
        .orElseThrow(() -> CliException.usage("missing option --" + option));
  }

  /**
   * A duration in whole seconds, written as a number of seconds or with a unit as the hcloud CLI
   * takes it ({@code 15s}, {@code 5m}, {@code 1h}), within {@code [min, max]} seconds, if the
   * option is given.
   */
  static Optional<Long> seconds(CommandLine cl, String option, long min, long max) {
    if (!cl.hasOption(option)) {
      return Optional.empty();
    }
    String t = cl.getOptionValue(option).trim().toLowerCase(Locale.ROOT);
    long factor = 1;
    if (t.endsWith("s")) {
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("m")) {
      t = t.substring(0, t.length() - 1);
      factor = 60;
    } else if (t.endsWith("h")) {
      t = t.substring(0, t.length() - 1);
      factor = 3600;
    }
    long v =
        number(t, "--" + option + " (seconds, or with s, m or h)", 0, Long.MAX_VALUE / 3600)
            * factor;
    if (v < min || v > max) {
      throw CliException.usage(
          "--" + option + ": " + v + " seconds is out of range (" + min + " to " + max + ")");
    }
    return Optional.of(v);
  }

  /** One of {@code choices} (case-insensitive), if the option is given. */
  static Optional<String> choice(CommandLine cl, String option, List<String> choices) {
    return cl.hasOption(option)
        ? Optional.of(choice(cl.getOptionValue(option), "--" + option, choices))
        : Optional.empty();
  }

  /** {@code text} as one of {@code choices}, lower-cased. */
  static String choice(String text, String what, List<String> choices) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (choices.contains(t)) {
      return t;
    }
    StringBuilder sb = new StringBuilder(what + ": unknown value '" + text + "'");
    Suggestions.closest(t, choices)
        .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
    sb.append(" (one of: ").append(String.join(", ", choices)).append(')');
    throw CliException.usage(sb.toString());
  }

  /** One of an API enum's values (its {@code UNKNOWN} excepted), if the option is given. */
  static <E extends Enum<E> & ApiEnum> Optional<E> apiEnum(
      CommandLine cl, String option, Class<E> type) {
    return cl.hasOption(option)
        ? Optional.of(apiEnum(cl.getOptionValue(option), "--" + option, type))
        : Optional.empty();
  }

  /** {@code text} as one of an API enum's values. */
  static <E extends Enum<E> & ApiEnum> E apiEnum(String text, String what, Class<E> type) {
    List<String> values = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (!e.name().equals("UNKNOWN")) {
        values.add(e.apiValue());
      }
    }
    String v = choice(text, what, values);
    for (E e : type.getEnumConstants()) {
      if (e.apiValue().equals(v)) {
        return e;
      }
    }
    throw new IllegalStateException(v);
  }

  /** {@code true} or {@code false} (also yes/no, on/off), if the option is given. */
  static Optional<Boolean> bool(CommandLine cl, String option) {
    if (!cl.hasOption(option)) {
      return Optional.empty();
    }
    String v =
        choice(
            cl.getOptionValue(option),
            "--" + option,
            List.of("true", "false", "yes", "no", "on", "off"));
    return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on"));
  }

  /** An IPv4 or IPv6 address literal (never a host name: nothing is resolved). */
  static String ip(String text, String what) {
    String t = text.trim();
    if (Address.toByteArray(t, Address.IPv4) != null
        || Address.toByteArray(t, Address.IPv6) != null) {
      return t;
    }
    throw CliException.usage(what + ": '" + text + "' is not an IP address");
  }

  /** True for an IPv6 address literal. */
  static boolean isIpv6(String ip) {
    return Address.toByteArray(ip, Address.IPv6) != null;
  }

  /** An IP range {@code ADDRESS/PREFIX} with a prefix the address family allows. */
  static String cidr(String text, String what) {
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash < 0) {
      throw CliException.usage(
          what + ": '" + text + "' is not an IP range: write ADDRESS/PREFIX, e.g. 10.0.0.0/16");
    }
    String addr = ip(t.substring(0, slash), what);
    long max = isIpv6(addr) ? 128 : 32;
    number(t.substring(slash + 1), what + " prefix", 0, max);
    return t;
  }

  /** The values of a repeatable option, each also split at commas; empty when not given. */
  static List<String> values(CommandLine cl, String option) {
    List<String> out = new ArrayList<>();
    if (cl.hasOption(option)) {
      for (String v : cl.getOptionValues(option)) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  /** The {@code --label} values as a map, if any were given. */
  static Optional<Map<String, String>> labels(CommandLine cl) {
    if (!cl.hasOption("label")) {
      return Optional.empty();
    }
    return Optional.of(labels(List.of(cl.getOptionValues("label"))));
  }

  /**
   * Labels from {@code KEY=VALUE} arguments (a bare {@code KEY} has an empty value), checked
   * against the API's rules for keys and values.
   */
  static Map<String, String> labels(List<String> args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      String key = (eq < 0 ? a : a.substring(0, eq)).trim();
      String value = eq < 0 ? "" : a.substring(eq + 1).trim();
      if (!LabelRules.isKey(key)) {
        throw CliException.usage("label '" + a + "': the key must be " + LabelRules.KEY_RULE);
      }
      if (!LabelRules.isValue(value)) {
        throw CliException.usage("label '" + a + "': the value must be " + LabelRules.VALUE_RULE);
      }
      out.put(key, value);
    }
    return out;
  }

  /** The text of a file the user named, or of stdin for {@code -}. */
  static String file(Invocation inv, String option, String name) {
    try {
      if (name.equals("-")) {
        InputStream in = inv.in();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Path p = inv.path(name);
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.data("--" + option + ": cannot read " + name + ": " + e.getMessage());
    }
  }
}
