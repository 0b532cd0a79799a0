package dev.hzone.cli.zone;

import dev.hzone.api.ApiException;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.ZoneCreateOptions;
import dev.hzone.api.ZoneCreateResult;
import dev.hzone.api.ZoneListOptions;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.cli.sync.ApplyCommand;
import dev.hzone.cli.sync.SyncSession;
import dev.hzone.dns.Names;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.apply.Applier;
import dev.hzone.sync.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;

/**
 * The zone verbs that read a zone or change its settings: list, describe, create, update, delete,
 * TTL, protection, labels.
 */
final class ZoneVerbs {
  private ZoneVerbs() {}

  static ZoneView view(Printer p, CommandLine cl) {
    return new ZoneView(
        p.clock(), cl.hasOption("show-tsig-keys") ? ZoneView.Secrets.SHOW : ZoneView.Secrets.MASK);
  }

  static int list(Invocation inv, CommandLine cl) {
    VerbRunner.positional(cl, 0, 0, "zone list", "");
    Printer p = Printer.of(inv, cl);
    ZoneListOptions o = ZoneListOptions.ALL;
    if (cl.hasOption("mode")) {
      o = o.withMode(mode(cl.getOptionValue("mode")));
    }
    if (Printer.selector(cl).isPresent()) {
      o = o.withLabelSelector(Printer.selector(cl).get());
    }
    List<Zone> zones = ClientFactory.client(inv).zones().list(o);
    p.list(zones, view(p, cl));
    return ExitCodes.OK;
  }

  static int describe(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone describe", "ZONE").get(0);
    Printer p = Printer.of(inv, cl);
    p.one(Zones.require(ClientFactory.client(inv), arg), view(p, cl));
    return ExitCodes.OK;
  }

  static int create(Invocation inv, CommandLine cl) {
    // NAME as an argument (hzone) or as --name (the hcloud CLI); one of them.
    List<String> given =
        VerbRunner.positional(
            cl,
            cl.hasOption("name") ? 0 : 1,
            cl.hasOption("name") ? 0 : 1,
            "zone create",
            "NAME  (or --name NAME)");
    String name = Zones.ref(cl.hasOption("name") ? cl.getOptionValue("name") : given.get(0));
    if (cl.hasOption("file") && cl.hasOption("zonefile")) {
      throw CliException.usage("--file and --zonefile are the same option: give one");
    }
    String zonefile =
        cl.hasOption("zonefile") ? cl.getOptionValue("zonefile") : cl.getOptionValue("file");
    boolean protect = protectionLevels(cl.getOptionValues("enable-protection"));
    ZoneMode mode = cl.hasOption("mode") ? mode(cl.getOptionValue("mode")) : ZoneMode.PRIMARY;
    List<PrimaryOptions.Given> primaries = PrimaryOptions.parse(inv, cl);
    if (mode == ZoneMode.SECONDARY && primaries.isEmpty()) {
      throw CliException.usage("a secondary zone needs at least one --primary ADDR[:PORT]");
    }
    if (mode == ZoneMode.PRIMARY && !primaries.isEmpty()) {
      throw CliException.usage("--primary is for secondary zones: add --mode secondary");
    }
    ZoneCreateOptions o =
        mode == ZoneMode.SECONDARY
            ? ZoneCreateOptions.secondary(
                name, primaries.stream().map(PrimaryOptions.Given::primary).toList())
            : ZoneCreateOptions.primary(name);
    if (cl.hasOption("ttl")) {
      o = o.withTtl(ttl(cl.getOptionValue("ttl")));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (cl.hasOption("label")) {
      labels.putAll(Zones.labels(List.of(cl.getOptionValues("label"))));
    }
    PrimaryOptions.keyNameLabel(primaries)
        .ifPresent(n -> labels.put(PrimaryOptions.KEY_NAME_LABEL, n));
    if (!labels.isEmpty()) {
      o = o.withLabels(labels);
    }
    // The file is read and checked before anything is sent; it is imported once the zone exists, so
    // that
    // the SOA and NS records Hetzner assigns can be kept where the file has none.
    ZoneData fromFile = null;
    if (zonefile != null) {
      if (mode == ZoneMode.SECONDARY) {
        throw CliException.usage(
            "--file is for primary zones; a secondary zone copies its records");
      }
      fromFile = ZoneFileVerbs.read(inv, zonefile, name);
    }
    HcloudClient client = ClientFactory.client(inv);
    ZoneCreateResult r = client.zones().create(o);
    Zones.await(client, r.action(), "creating zone " + name);
    Zone zone = client.zones().get(String.valueOf(r.zone().id())).orElse(r.zone());
    if (fromFile != null) {
      // The same path as zone import: comments and labels survive, progress and counts read alike.
      SyncSession session = SyncSession.open(inv);
      Plan plan = ZoneFileVerbs.importPlan(session, fromFile);
      if (!plan.isEmpty()) {
        ApplyCommand.execute(inv, session, plan, Applier.Options.DEFAULT.concurrency());
      }
      zone = client.zones().get(String.valueOf(zone.id())).orElse(zone);
    }
    if (protect) {
      Zones.await(
          client,
          client.zones().changeProtection(String.valueOf(zone.id()), true),
          "changing the protection of zone " + zone.name());
      zone = client.zones().get(String.valueOf(zone.id())).orElse(zone);
    }
    Printer p = Printer.of(inv, cl);
    if (p.machine()) {
      p.one(zone, view(p, cl));
    } else {
      inv.out().println("Zone " + Names.display(zone.name()) + " created (id " + zone.id() + ")");
      if (protect) {
        inv.out().println("Resource protection enabled for Zone " + Names.display(zone.name()));
      }
      inv.out()
          .println("Nameservers: " + String.join(", ", zone.authoritativeNameservers().assigned()));
    }
    return ExitCodes.OK;
  }

  /**
   * The levels of {@code --enable-protection} (the hcloud CLI's: repeatable or comma-separated);
   * zones have one, {@code delete}. Checked before anything is sent.
   */
  static boolean protectionLevels(String[] given) {
    if (given == null) {
      return false;
    }
    for (String g : given) {
      for (String level : g.split(",")) {
        if (!level.trim().equals("delete")) {
          throw CliException.usage(
              "unknown protection level '" + level.trim() + "': zones only have 'delete'");
        }
      }
    }
    return true;
  }

  static int update(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone update", "ZONE").get(0);
    if (!cl.hasOption("label") && !cl.hasOption("clear-labels")) {
      throw CliException.usage(
          "nothing to update: give --label KEY=VALUE (repeatable) or --clear-labels");
    }
    Map<String, String> labels =
        cl.hasOption("label") ? Zones.labels(List.of(cl.getOptionValues("label"))) : Map.of();
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, arg);
    Zone updated = client.zones().updateLabels(String.valueOf(zone.id()), labels);
    printChanged(inv, cl, updated, "Zone " + updated.name() + " updated");
    return ExitCodes.OK;
  }

  static int delete(Invocation inv, CommandLine cl) {
    // Several zones, as the hcloud CLI takes them; every one is found before the first is deleted.
    List<String> args = VerbRunner.positional(cl, 1, -1, "zone delete", "ZONE...");
    HcloudClient client = ClientFactory.client(inv);
    List<Zone> zones = args.stream().map(arg -> Zones.require(client, arg)).toList();
    for (Zone zone : zones) {
      Action a;
      try {
        a = client.zones().delete(String.valueOf(zone.id()));
      } catch (ApiException e) {
        throw Zones.explainProtected(e, zone, "deleted");
      }
      Zones.await(client, a, "deleting zone " + Names.display(zone.name()));
      inv.out().println("Zone " + Names.display(zone.name()) + " deleted");
    }
    return ExitCodes.OK;
  }

  static int setTtl(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 2, 2, "zone set-ttl", "ZONE TTL");
    int ttl = ttl(args.get(1));
    HcloudClient client = ClientFactory.client(inv);
    // Secondary zones have a default TTL too (ledger L-SECONDARY-TTL).
    Zone zone = Zones.require(client, args.get(0));
    Zones.await(
        client,
        client.zones().changeTtl(String.valueOf(zone.id()), ttl),
        "changing the TTL of zone " + Names.display(zone.name()));
    inv.out().println("Default TTL of zone " + Names.display(zone.name()) + " set to " + ttl);
    return ExitCodes.OK;
  }

  static int protection(Invocation inv, CommandLine cl, boolean on) {
    String verb = on ? "enable-protection" : "disable-protection";
    List<String> args = VerbRunner.positional(cl, 1, 2, "zone " + verb, "ZONE [delete]");
    if (args.size() == 2 && !args.get(1).equals("delete")) {
      throw CliException.usage(
          "unknown protection level '" + args.get(1) + "': zones only have 'delete'");
    }
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, args.get(0));
    Zones.await(
        client,
        client.zones().changeProtection(String.valueOf(zone.id()), on),
        "changing the protection of zone " + Names.display(zone.name()));
    inv.out()
        .println(
            "Delete protection of zone "
                + Names.display(zone.name())
                + (on ? " enabled" : " disabled"));
    return ExitCodes.OK;
  }

  static int addLabel(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 2, -1, "zone add-label", "ZONE KEY=VALUE...");
    Map<String, String> add = Zones.labels(args.subList(1, args.size()));
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, args.get(0));
    Map<String, String> labels = new LinkedHashMap<>(zone.labels());
    for (Map.Entry<String, String> e : add.entrySet()) {
      if (labels.containsKey(e.getKey())
          && !cl.hasOption("overwrite")
          && !labels.get(e.getKey()).equals(e.getValue())) {
        throw CliException.failed(
            "zone "
                + Names.display(zone.name())
                + " already has label "
                + e.getKey()
                + "="
                + labels.get(e.getKey())
                + " (add --overwrite to replace it)");
      }
      labels.put(e.getKey(), e.getValue());
    }
    Zone updated = client.zones().updateLabels(String.valueOf(zone.id()), labels);
    printChanged(
        inv,
        cl,
        updated,
        "Label(s) " + String.join(", ", add.keySet()) + " added to zone " + updated.name());
    return ExitCodes.OK;
  }

  static int removeLabel(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 1, -1, "zone remove-label", "ZONE KEY...");
    boolean all = cl.hasOption("all");
    if (args.size() == 1 && !all) {
      throw CliException.usage("name the label keys to remove, or give --all");
    }
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, args.get(0));
    Map<String, String> labels = new LinkedHashMap<>(zone.labels());
    List<String> keys = args.subList(1, args.size());
    for (String k : keys) {
      if (!labels.containsKey(k)) {
        StringBuilder sb =
            new StringBuilder("zone " + Names.display(zone.name()) + " has no label '" + k + "'");
        Suggestions.closest(k, labels.keySet())
            .ifPresent(s -> sb.append(": did you mean '").append(s).append("'?"));
        throw CliException.failed(sb.toString());
      }
      labels.remove(k);
    }
    if (all) {
      labels.clear();
    }
    Zone updated = client.zones().updateLabels(String.valueOf(zone.id()), labels);
    printChanged(
        inv,
        cl,
        updated,
        (all ? "All labels" : "Label(s) " + String.join(", ", keys))
            + " removed from zone "
            + Names.display(updated.name()));
    return ExitCodes.OK;
  }

  private static void printChanged(Invocation inv, CommandLine cl, Zone zone, String sentence) {
    Printer p = Printer.of(inv, cl);
    if (p.machine()) {
      p.one(zone, view(p, cl));
    } else {
      inv.out().println(sentence);
    }
  }

  static ZoneMode mode(String text) {
    return ZoneMode.fromText(text.trim())
        .orElseThrow(
            () ->
                CliException.usage(
                    Suggestions.unknown(
                        "zone mode", text, List.of("primary", "secondary"), "hzone zone create")));
  }

  /** A TTL argument: whole seconds, 60 to 2147483647, as the API takes it. */
  static int ttl(String text) {
    try {
      long v = Long.parseLong(text.trim());
      if (v < 60 || v > Integer.MAX_VALUE) {
        throw CliException.usage(
            "TTL " + text + " is out of range: the API takes 60 to 2147483647 seconds");
      }
      return (int) v;
    } catch (NumberFormatException e) {
      throw CliException.usage("TTL '" + text + "' is not a number of seconds");
    }
  }
}
