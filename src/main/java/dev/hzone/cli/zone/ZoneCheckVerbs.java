package dev.hzone.cli.zone;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.PrimaryNameserver;
import dev.hzone.api.cloud.Zone;
import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.migrate.DelegationCheck;
import dev.hzone.migrate.DelegationReport;
import dev.hzone.migrate.PrimaryProbe;
import dev.hzone.migrate.PrimaryReport;
import dev.hzone.migrate.ServerAddress;
import dev.hzone.tsig.TsigKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.xbill.DNS.ResolverConfig;

/** The verbs about a zone's nameservers: set-primaries, check-primaries, check-delegation. */
final class ZoneCheckVerbs {
  private ZoneCheckVerbs() {}

  static int setPrimaries(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone set-primaries", "ZONE").get(0);
    List<PrimaryOptions.Given> given = PrimaryOptions.parse(inv, cl);
    if (given.isEmpty()) {
      throw CliException.usage(
          "give the zone's primaries: --primary ADDR[:PORT] (repeatable), each with "
              + "--tsig-key-file FILE where transfers are signed");
    }
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, arg);
    if (zone.mode() != ZoneMode.SECONDARY) {
      throw CliException.failed(
          "zone "
              + zone.name()
              + " is a primary zone: only secondary zones have primary "
              + "nameservers (a zone's mode cannot change; delete and recreate it with --mode secondary)");
    }
    List<PrimaryNameserver> primaries = given.stream().map(PrimaryOptions.Given::primary).toList();
    Zones.await(
        client,
        client.zones().changePrimaryNameservers(String.valueOf(zone.id()), primaries),
        "changing the primaries of zone " + zone.name());
    Optional<String> keyName = PrimaryOptions.keyNameLabel(given);
    if (!keyName.equals(Optional.ofNullable(zone.labels().get(PrimaryOptions.KEY_NAME_LABEL)))) {
      java.util.Map<String, String> labels = new java.util.LinkedHashMap<>(zone.labels());
      labels.remove(PrimaryOptions.KEY_NAME_LABEL);
      keyName.ifPresent(n -> labels.put(PrimaryOptions.KEY_NAME_LABEL, n));
      client.zones().updateLabels(String.valueOf(zone.id()), labels);
    }
    inv.out()
        .println("Primaries of zone " + zone.name() + " set to " + ZoneView.primaries(primaries));
    return ExitCodes.OK;
  }

  static int checkPrimaries(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone check-primaries", "ZONE").get(0);
    Duration timeout = timeout(cl);
    Optional<TsigKey> override =
        cl.hasOption("tsig-key-file")
            ? Optional.of(
                PrimaryOptions.key(
                    read(inv, cl.getOptionValue("tsig-key-file")),
                    cl.getOptionValue("tsig-key-file")))
            : Optional.empty();
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, arg);
    if (zone.mode() != ZoneMode.SECONDARY) {
      throw CliException.failed(
          "zone "
              + zone.name()
              + " is a primary zone: it has no primary nameservers to "
              + "check (Hetzner's nameservers serve it directly)");
    }
    // The API stores algorithm and secret but no key name; the name must match the primary's key
    // statement.
    String keyName =
        Optional.ofNullable(cl.getOptionValue("tsig-key-name"))
            .or(() -> override.flatMap(TsigKey::name))
            .or(() -> Optional.ofNullable(zone.labels().get(PrimaryOptions.KEY_NAME_LABEL)))
            .orElse(zone.name());
    PrimaryProbe probe = new PrimaryProbe(timeout, Printer.clock(inv));
    List<PrimaryReport> reports = new ArrayList<>();
    for (PrimaryNameserver p : zone.primaryNameservers()) {
      Optional<TsigKey> key = tsig(p, override, keyName);
      reports.add(probe.probe(new ServerAddress(p.address(), p.port()), zone.name(), key));
    }
    Printer printer = Printer.of(inv, cl);
    printer.list(reports, new PrimaryReportView());
    if (reports.stream().allMatch(PrimaryReport::healthy)) {
      return ExitCodes.OK;
    }
    if (!printer.machine()) {
      inv.err()
          .println(
              inv.palette().bad("Not every primary is ready for Hetzner's secondaries")
                  + " (they need the SOA over UDP and TCP and a zone transfer"
                  + " signed with the zone's TSIG key).");
    }
    return reports.stream().anyMatch(r -> !r.reachable())
        ? ExitCodes.UNAVAILABLE
        : ExitCodes.FAILED;
  }

  /**
   * The key to sign with for {@code p}: the --tsig-key-file override (a bare secret takes the
   * algorithm the API holds), else the key the API holds, under {@code keyName} (the API stores no
   * name).
   */
  private static Optional<TsigKey> tsig(
      PrimaryNameserver p, Optional<TsigKey> override, String keyName) {
    if (override.isPresent()) {
      TsigKey k = override.get();
      if (k.name().isEmpty()) {
        k =
            TsigKey.unnamed(
                p.tsigAlgorithm().filter(a -> a.known()).orElse(k.algorithm()), k.secret());
      }
      return Optional.of(k.withName(keyName));
    }
    if (p.tsigKey().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        p.tsig()
            .orElseThrow(
                () ->
                    CliException.data(
                        "the TSIG key the API holds for primary "
                            + p.address()
                            + " is not usable ("
                            + p.tsigAlgorithm()
                                .map(a -> "algorithm " + a.text())
                                .orElse("no algorithm")
                            + ", or a secret that is not base64)"))
            .withName(keyName));
  }

  static int checkDelegation(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone check-delegation", "ZONE").get(0);
    ServerAddress resolver =
        cl.hasOption("resolver")
            ? server(cl.getOptionValue("resolver"), "--resolver")
            : systemResolver();
    int parentPort =
        cl.hasOption("parent-port")
            ? port(cl.getOptionValue("parent-port"))
            : ServerAddress.DNS_PORT;
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.require(client, arg);
    Zone.AuthoritativeNameservers ns = zone.authoritativeNameservers();
    DelegationReport report =
        new DelegationCheck(resolver, parentPort, timeout(cl), Printer.clock(inv))
            .check(zone.name(), ns.assigned());
    DelegationView.print(
        Printer.of(inv, cl),
        inv,
        new DelegationView.Result(
            report,
            ns.delegationStatus().map(Zone.DelegationStatus::apiValue),
            ns.delegated(),
            ns.delegationLastCheck()));
    return switch (report.verdict()) {
      case VALID -> ExitCodes.OK;
      case UNKNOWN -> ExitCodes.UNAVAILABLE;
      default -> ExitCodes.FAILED;
    };
  }

  private static ServerAddress systemResolver() {
    List<java.net.InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
    if (servers.isEmpty()) {
      throw CliException.usage(
          "no DNS resolver configured on this machine: give --resolver HOST[:PORT]");
    }
    java.net.InetSocketAddress s = servers.get(0);
    return new ServerAddress(s.getAddress().getHostAddress(), s.getPort());
  }

  private static ServerAddress server(String text, String option) {
    try {
      return ServerAddress.parse(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(option + " " + e.getMessage());
    }
  }

  private static int port(String text) {
    try {
      int p = Integer.parseInt(text.trim());
      if (p >= 1 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // fall through to the usage error
    }
    throw CliException.usage("--parent-port '" + text + "' is not a port (1-65535)");
  }

  private static Duration timeout(CommandLine cl) {
    if (!cl.hasOption("timeout")) {
      return PrimaryProbe.DEFAULT_STEP_TIMEOUT;
    }
    try {
      double s = Double.parseDouble(cl.getOptionValue("timeout"));
      if (s > 0 && s <= 600) {
        return Duration.ofMillis((long) (s * 1000));
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw CliException.usage(
        "--timeout '"
            + cl.getOptionValue("timeout")
            + "' is not a number of seconds "
            + "(0 < SECONDS <= 600)");
  }

  private static String read(Invocation inv, String file) {
    PrimaryOptions.warnIfLoose(inv, file, "a TSIG key");
    try {
      return java.nio.file.Files.readString(inv.path(file));
    } catch (java.io.IOException e) {
      throw CliException.data(
          "cannot read TSIG key file " + inv.path(file) + ": " + e.getMessage());
    }
  }
}
