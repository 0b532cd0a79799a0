package dev.hzone.cli.sync;

import dev.hzone.api.Sleeper;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.sync.plan.Plan;
import dev.hzone.sync.plan.ZonePlan;
import dev.hzone.sync.remote.ZoneInfo;
import dev.hzone.sync.verify.DnsVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code apply --verify-dns}: asks each authoritative nameserver of every changed zone whether it
 * serves the new data. The servers are {@code --nameserver HOST:PORT} when given, the built-in
 * emulator's DNS port with {@code --local}, else the zone's assigned Hetzner nameservers.
 */
final class DnsCheck {
  private DnsCheck() {}

  static int run(Invocation inv, CommandLine cl, Plan plan, SyncSession session) {
    Duration timeout = Duration.ofSeconds(seconds(cl));
    Map<String, List<InetSocketAddress>> servers = new LinkedHashMap<>();
    List<InetSocketAddress> given = given(inv, cl);
    for (ZonePlan z : plan.zones()) {
      if (z.isEmpty() || z.mode() == dev.hzone.api.cloud.ZoneMode.SECONDARY) {
        continue;
      }
      servers.put(z.zone(), !given.isEmpty() ? given : assigned(inv, session, z.zone()));
    }
    List<String> unverifiable =
        servers.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    servers.keySet().removeAll(unverifiable);
    if (servers.isEmpty() && !unverifiable.isEmpty()) {
      return conclude(inv, unverifiable, new DnsVerifier.Result(0, 0, List.of()), timeout);
    }
    inv.info(
        "Checking that the nameservers serve the changes (up to "
            + timeout.toSeconds()
            + " s) ...");
    DnsVerifier.Result r;
    try {
      r =
          new DnsVerifier(
                  new DnsVerifier.Options(timeout, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                  Sleeper.SYSTEM,
                  Clock.systemUTC())
              .verify(plan, servers);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failed("interrupted while checking the nameservers");
    }
    return conclude(inv, unverifiable, r, timeout);
  }

  /**
   * The verdict: exit 0 only when something was verified and everything was. A zone none of whose
   * nameservers could be resolved, or a run that could ask no server anything, is exit 69: nothing
   * verified must never read as success.
   */
  static int conclude(
      Invocation inv, List<String> unverifiable, DnsVerifier.Result r, Duration timeout) {
    if (!r.succeeded()) {
      for (String m : r.mismatches()) {
        inv.err().println("not served: " + m);
      }
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          r.mismatches().size()
              + " answers still differ after "
              + timeout.toSeconds()
              + " s (above)");
    }
    if (unverifiable.isEmpty() && r.checked() == 0 && r.notCheckable() == 0) {
      inv.info("Nothing to verify over DNS: no record of a primary zone changed.");
      return ExitCodes.OK;
    }
    if (!unverifiable.isEmpty() || r.checked() == 0) {
      String zones =
          unverifiable.isEmpty()
              ? ""
              : " for zone"
                  + (unverifiable.size() == 1 ? " " : "s ")
                  + String.join(
                      ", ", unverifiable.stream().map(dev.hzone.dns.Names::display).toList())
                  + " (no nameserver could be resolved; name them with --nameserver HOST:PORT)";
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          "the changes were applied but not verified"
              + zones
              + (r.checked() > 0
                  ? "; " + r.checked() + " other answers match"
                  : "; no answer was checked"));
    }
    inv.info(
        "Verified: "
            + r.checked()
            + (r.checked() == 1 ? " answer matches" : " answers match")
            + (r.notCheckable() > 0
                ? "; " + r.notCheckable() + " below a delegation cannot be asked"
                : "")
            + ".");
    return ExitCodes.OK;
  }

  private static long seconds(CommandLine cl) {
    try {
      long s = Long.parseLong(cl.getOptionValue("timeout", "120"));
      if (s < 1) {
        throw new NumberFormatException();
      }
      return s;
    } catch (NumberFormatException e) {
      throw CliException.usage("--timeout must be a whole number of seconds");
    }
  }

  private static List<InetSocketAddress> given(Invocation inv, CommandLine cl) {
    List<InetSocketAddress> out = new ArrayList<>();
    String[] values = cl.getOptionValues("nameserver");
    if (values != null) {
      for (String v : values) {
        out.add(parse(v));
      }
    } else if (inv.globals().local()) {
      out.addAll(LocalDns.addresses(inv));
    }
    return out;
  }

  static InetSocketAddress parse(String hostPort) {
    String host = hostPort;
    int port = 53;
    int colon = hostPort.lastIndexOf(':');
    if (colon > 0 && hostPort.indexOf(':') == colon) {
      host = hostPort.substring(0, colon);
      try {
        port = Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw CliException.usage("--nameserver " + hostPort + ": the port is not a number");
      }
    } else if (hostPort.startsWith("[") && hostPort.contains("]:")) {
      host = hostPort.substring(1, hostPort.indexOf("]:"));
      port = Integer.parseInt(hostPort.substring(hostPort.indexOf("]:") + 2));
    }
    return new InetSocketAddress(host, port);
  }

  private static List<InetSocketAddress> assigned(
      Invocation inv, SyncSession session, String zone) {
    Optional<ZoneInfo> info = session.provider.findZone(zone);
    List<InetSocketAddress> out = new ArrayList<>();
    for (String ns : info.map(ZoneInfo::assignedNameservers).orElse(List.of())) {
      try {
        for (InetAddress a : InetAddress.getAllByName(ns)) {
          out.add(new InetSocketAddress(a, 53));
        }
      } catch (UnknownHostException e) {
        inv.warn("cannot resolve nameserver " + ns + " of " + zone + "; not checked");
      }
    }
    return out;
  }
}
