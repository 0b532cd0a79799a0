package dev.hzone.cli.cloud;

import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.CommandGroup;
import dev.hzone.cli.framework.Verb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.Options;

/**
 * Builds a resource's command group, and makes the API's refusal of a field point at the option
 * that gave it: {@code invalid input in field 'server_type' ... (option --type)}. An API field
 * usually has the option's name ({@code ip_range} is {@code --ip-range}); the few the hcloud CLI
 * names otherwise are listed here.
 */
final class CloudGroup {
  /** API fields whose option has another name. */
  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("server_type", "type"),
          Map.entry("load_balancer_type", "type"),
          Map.entry("ssh_keys", "ssh-key"),
          Map.entry("domain_names", "domain"),
          Map.entry("certificate", "cert-file"),
          Map.entry("private_key", "key-file"),
          Map.entry("user_data", "user-data-from-file"),
          Map.entry("assignee_id", "assignee"),
          Map.entry("dns_ptr", "hostname"),
          Map.entry("public_key", "public-key"),
          Map.entry("labels", "label"),
          Map.entry("volumes", "volume"),
          Map.entry("networks", "network"),
          Map.entry("firewalls", "firewall"),
          Map.entry("alias_ips", "alias-ips"),
          Map.entry("proxyprotocol", "proxy-protocol"),
          Map.entry("rules", "rules-file"));

  private CloudGroup() {}

  /** The command {@code hzone NAME VERB...}, its verbs' API field errors explained. */
  static Command of(String name, String summary, List<Verb> verbs) {
    return new CommandGroup(name, summary, verbs.stream().map(CloudGroup::explained).toList());
  }

  /** The verb, with the API's field errors turned into messages that name its options. */
  static Verb explained(Verb v) {
    return new Verb(
        v.name(),
        v.summary(),
        v.usage(),
        v.examples(),
        v.options(),
        (inv, cl) -> {
          try {
            return v.handler().run(inv, cl);
          } catch (ApiException e) {
            throw explain(e, v.options().get());
          }
        });
  }

  /** An invalid or duplicate field as a failure naming the option; other errors unchanged. */
  static RuntimeException explain(ApiException e, Options options) {
    if (!e.is(ErrorCode.INVALID_INPUT, ErrorCode.UNIQUENESS_ERROR) || e.fields().isEmpty()) {
      return e;
    }
    Set<String> hints = new LinkedHashSet<>();
    for (ApiException.FieldError f : e.fields()) {
      String top = f.name().replaceAll("[.\\[].*", "");
      String option = RENAMED.getOrDefault(top, top.replace('_', '-'));
      if (options.hasLongOption(option)) {
        hints.add("--" + option);
      }
    }
    String message =
        "API error: "
            + e.getMessage()
            + (hints.isEmpty() ? "" : " (check " + String.join(", ", new ArrayList<>(hints)) + ")");
    return e.is(ErrorCode.INVALID_INPUT)
        ? CliException.data(message)
        : CliException.failed(message);
  }
}
