package dev.hzone.cli.zone;

import dev.hzone.api.ActionFailedException;
import dev.hzone.api.ApiException;
import dev.hzone.api.ErrorCode;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.ZoneListOptions;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.dns.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the zone and record commands share: finding a zone, waiting for actions, reading labels. */
final class Zones {
  private Zones() {}

  /**
   * The zone argument as the API takes it: an id as given, a name in lower-case punycode without
   * dot.
   */
  static String ref(String arg) {
    if (arg.matches("[0-9]+")) {
      return arg;
    }
    try {
      return Names.zoneName(arg.trim());
    } catch (IllegalArgumentException e) {
      throw CliException.usage("'" + arg + "' is not a zone name: " + e.getMessage());
    }
  }

  /**
   * The zone, or a failure naming it, with a suggestion from the project's zones where one is
   * close.
   */
  static Zone require(HcloudClient client, String arg) {
    String ref = ref(arg);
    return client
        .zones()
        .get(ref)
        .orElseThrow(
            () -> {
              List<String> names =
                  client.zones().list(ZoneListOptions.ALL).stream().map(Zone::name).toList();
              StringBuilder sb = new StringBuilder("zone '" + arg + "' not found");
              Suggestions.closest(ref, names)
                  .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
              if (names.isEmpty()) {
                sb.append(" (the project has no zones; create one with 'hzone zone create NAME')");
              } else if (!sb.toString().contains("did you mean")) {
                sb.append(" (see 'hzone zone list')");
              }
              return CliException.failed(sb.toString());
            });
  }

  /** Refuses a secondary zone for operations only primary zones have (records, zone files). */
  static Zone requirePrimary(Zone zone, String what) {
    if (zone.mode() == ZoneMode.SECONDARY) {
      throw CliException.failed(
          "zone "
              + Names.display(zone.name())
              + " is a secondary zone, so it has no "
              + what
              + " of its own here: its records are copied from its primary nameservers ("
              + ZoneView.primaries(zone.primaryNameservers())
              + "); change them there");
    }
    return zone;
  }

  /** Waits for an action; a failed one becomes a failure that says what was being done. */
  static Action await(HcloudClient client, Action action, String what) {
    try {
      return client.actionWaiter().waitFor(action);
    } catch (ActionFailedException e) {
      throw CliException.failed(what + " failed: " + e.getMessage());
    }
  }

  /** Waits for several actions, in one poll each round. */
  static void await(HcloudClient client, List<Action> actions, String what) {
    try {
      client.actionWaiter().waitFor(actions);
    } catch (ActionFailedException e) {
      throw CliException.failed(what + " failed: " + e.getMessage());
    }
  }

  /** Turns the API's "protected" refusal into what to do about it. */
  static RuntimeException explainProtected(ApiException e, Zone zone, String what) {
    if (e.is(ErrorCode.PROTECTED)) {
      return CliException.failed(
          "zone "
              + Names.display(zone.name())
              + " is protected, so it cannot be "
              + what
              + ": run 'hzone zone disable-protection "
              + Names.toUnicode(zone.name())
              + "' first ("
              + e.getMessage()
              + ")");
    }
    return e;
  }

  /**
   * Labels from {@code key=value} arguments ({@code key} alone for an empty value).
   *
   * @throws CliException a usage error naming the argument that is not a label
   */
  static Map<String, String> labels(List<String> args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      String key = eq < 0 ? a : a.substring(0, eq);
      String value = eq < 0 ? "" : a.substring(eq + 1);
      if (key.isBlank()) {
        throw CliException.usage("'" + a + "' is not a label: use KEY=VALUE");
      }
      out.put(key.trim(), value.trim());
    }
    return out;
  }
}
