package dev.hzone.cli.cloud;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.hzone.api.ApiJson;
import dev.hzone.api.cloud.Direction;
import dev.hzone.api.cloud.Firewall;
import dev.hzone.api.cloud.Rule;
import dev.hzone.api.cloud.RuleProtocol;
import dev.hzone.cli.framework.CliException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * Firewall rules as the user gives them: a JSON file in the API's form ({@code --rules-file}, as
 * the hcloud CLI reads it), or one rule from flags ({@code add-rule}, {@code delete-rule}); and the
 * firewall's current rules turned back into that form, so that a rule can be added or removed and
 * the whole list set again.
 */
final class FirewallRules {
  /** The API's limit on rules per firewall. */
  static final int MAX_RULES = 50;

  private FirewallRules() {}

  /** The options of one rule. */
  static Options ruleOptions() {
    return Opts.of(
        Opts.req("direction", "in|out", "incoming or outgoing traffic"),
        Opts.req("protocol", "tcp|udp|icmp|esp|gre", "the protocol"),
        Opts.opt("port", "PORT[-PORT]", "a port or range (tcp and udp only)"),
        Opts.multi("source-ips", "CIDR", "where incoming traffic may come from (direction in)"),
        Opts.multi("destination-ips", "CIDR", "where outgoing traffic may go (direction out)"),
        Opts.opt("description", "TEXT", "a description (255 characters at most)"));
  }

  /** The rule the flags describe, checked as the API would check it. */
  static Rule fromOptions(CommandLine cl) {
    Rule r =
        Rule.of(
            Args.apiEnum(cl, "direction", Direction.class).orElseThrow(),
            Args.apiEnum(cl, "protocol", RuleProtocol.class).orElseThrow());
    List<String> sources = Args.values(cl, "source-ips");
    List<String> destinations = Args.values(cl, "destination-ips");
    r = sources.isEmpty() ? r : r.withSourceIps(sources);
    r = destinations.isEmpty() ? r : r.withDestinationIps(destinations);
    r = cl.hasOption("port") ? r.withPort(cl.getOptionValue("port").trim()) : r;
    r = cl.hasOption("description") ? r.withDescription(cl.getOptionValue("description")) : r;
    check(r, "the rule");
    return r;
  }

  /**
   * The rules of a JSON file: an array of rule objects in the API's form (or a firewall's {@code
   * rules}).
   */
  static List<Rule> fromJson(String text, String file) {
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw CliException.data(file + ": not JSON: " + e.getMessage());
    }
    if (root.isJsonObject() && root.getAsJsonObject().has("rules")) {
      root = root.getAsJsonObject().get("rules");
    }
    if (!root.isJsonArray()) {
      throw CliException.data(
          file
              + ": expected a JSON array of rules, like [{\"direction\": \"in\", \"protocol\": "
              + "\"tcp\", \"port\": \"22\", \"source_ips\": [\"0.0.0.0/0\", \"::/0\"]}]");
    }
    JsonArray array = root.getAsJsonArray();
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = file + ": rule " + (i + 1);
      Rule r;
      try {
        r = ApiJson.fromJson(array.get(i).toString(), Rule.class);
      } catch (JsonParseException e) {
        throw CliException.data(where + ": " + e.getMessage());
      } catch (NullPointerException e) {
        throw CliException.data(where + ": '" + e.getMessage() + "' is missing");
      }
      try {
        check(r, where);
      } catch (CliException e) {
        throw CliException.data(e.getMessage()); // a file's mistake is bad data, not bad usage
      }
      out.add(r);
    }
    if (out.size() > MAX_RULES) {
      throw CliException.data(
          file + ": " + out.size() + " rules; a firewall takes " + MAX_RULES + " at most");
    }
    return out;
  }

  /** The firewall's rules as the request takes them. */
  static List<Rule> current(Firewall f) {
    List<Rule> out = new ArrayList<>();
    for (Firewall.Rule r : f.rules()) {
      out.add(
          new Rule(
              r.description(),
              Args.apiEnum(r.direction().apiValue(), "direction", Direction.class),
              r.sourceIps().isEmpty() ? Optional.empty() : Optional.of(r.sourceIps()),
              r.destinationIps().isEmpty() ? Optional.empty() : Optional.of(r.destinationIps()),
              Args.apiEnum(r.protocol().apiValue(), "protocol", RuleProtocol.class),
              r.port()));
    }
    return out;
  }

  /**
   * True when two rules allow the same traffic (descriptions are not compared unless both have
   * one).
   */
  static boolean same(Rule a, Rule b) {
    return a.direction() == b.direction()
        && a.protocol() == b.protocol()
        && a.port().equals(b.port())
        && a.sourceIps().orElse(List.of()).equals(b.sourceIps().orElse(List.of()))
        && a.destinationIps().orElse(List.of()).equals(b.destinationIps().orElse(List.of()))
        && (a.description().isEmpty()
            || b.description().isEmpty()
            || a.description().equals(b.description()));
  }

  /** {@code in tcp 22 from 0.0.0.0/0}, for sentences. */
  static String describe(Rule r) {
    StringBuilder sb = new StringBuilder(r.direction().apiValue() + " " + r.protocol().apiValue());
    r.port().ifPresent(p -> sb.append(" port ").append(p));
    r.sourceIps().ifPresent(s -> sb.append(" from ").append(String.join(", ", s)));
    r.destinationIps().ifPresent(s -> sb.append(" to ").append(String.join(", ", s)));
    return sb.toString();
  }

  private static void check(Rule r, String where) {
    boolean in = r.direction() == Direction.IN;
    List<String> sources = r.sourceIps().orElse(List.of());
    List<String> destinations = r.destinationIps().orElse(List.of());
    if (in && (sources.isEmpty() || !destinations.isEmpty())) {
      throw CliException.usage(
          where
              + ": an incoming rule needs source IPs (--source-ips, 'source_ips') and no "
              + "destination IPs");
    }
    if (!in && (destinations.isEmpty() || !sources.isEmpty())) {
      throw CliException.usage(
          where
              + ": an outgoing rule needs destination IPs (--destination-ips, "
              + "'destination_ips') and no source IPs");
    }
    sources.forEach(c -> Args.cidr(c, where + ": source IP"));
    destinations.forEach(c -> Args.cidr(c, where + ": destination IP"));
    boolean ported = r.protocol() == RuleProtocol.TCP || r.protocol() == RuleProtocol.UDP;
    if (ported && r.port().isEmpty()) {
      throw CliException.usage(
          where
              + ": a "
              + r.protocol().apiValue()
              + " rule needs a port (--port, 'port'), "
              + "e.g. 22 or 1024-5000 or any");
    }
    if (!ported && r.port().isPresent()) {
      throw CliException.usage(where + ": only tcp and udp rules have a port");
    }
    r.port()
        .filter(p -> !p.equals("any"))
        .ifPresent(
            p -> {
              String[] range = p.split("-", 2);
              long from = Args.number(range[0], where + ": port", 1, 65535);
              if (range.length == 2 && Args.number(range[1], where + ": port", 1, 65535) < from) {
                throw CliException.usage(where + ": port range " + p + " ends before it starts");
              }
            });
    if (r.description().map(String::length).orElse(0) > 255) {
      throw CliException.usage(where + ": the description is longer than 255 characters");
    }
  }
}
