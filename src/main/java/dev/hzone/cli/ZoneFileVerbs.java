package dev.hzone.cli;

import dev.hzone.dns.Names;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.Zone;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.Finding;
import dev.hzone.zonefile.ParsedZone;
import dev.hzone.zonefile.ReadOptions;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code zone export} and {@code zone import}: whole zones as zone files. */
final class ZoneFileVerbs {
  private ZoneFileVerbs() {}

  /**
   * Prints the zone in the canonical layout. Read from the RRSet list rather than the API's own export,
   * because only the list tells an inherited TTL from an explicit one and keeps record comments.
   */
  static int export(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone export", "ZONE").get(0);
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "zone file");
    String text = new ZoneFileWriter().format(client.rrsets().read(zone));
    if (cl.hasOption("out")) {
      Path out = inv.path(cl.getOptionValue("out"));
      // As pull: an existing file (or link) is replaced only with --force, and a link is never written through.
      if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !cl.hasOption("force")) {
        throw CliException.failed(cl.getOptionValue("out") + " exists; pass --force to overwrite it (nothing was"
            + " written)");
      }
      PullCommand.write(out, text);
      inv.info("Zone " + Names.display(zone.name()) + " written to " + out);
    } else {
      inv.out().print(text);
    }
    return ExitCodes.OK;
  }

  static int importFile(Invocation inv, CommandLine cl) {
    String arg = VerbRunner.positional(cl, 1, 1, "zone import", "ZONE").get(0);
    String file = cl.getOptionValue("file");
    HcloudClient client = ClientFactory.client(inv);
    Zone zone = Zones.requirePrimary(Zones.require(client, arg), "zone file");
    ZoneData desired = read(inv, file, zone.name());
    ZoneData current = client.rrsets().read(zone);
    desired = withManagedRecords(inv, desired, current, zone);
    ImportDiff diff = ImportDiff.between(current, desired);
    if (diff.isEmpty()) {
      inv.out().println("Zone " + Names.display(zone.name()) + " already matches " + file + "; nothing to import");
      return ExitCodes.OK;
    }
    inv.out().println("Importing " + file + " replaces the records of zone " + Names.display(zone.name()) + ":");
    inv.out().print(diff.render(zone.name(), Palette.of(inv)));
    if (!cl.hasOption("yes") && !confirm(inv, "Import? [y/N] ")) {
      inv.info("Nothing imported.");
      return ExitCodes.FAILED;
    }
    String text = new ZoneFileWriter().format(desired);
    Zones.await(client, client.zones().importZonefile(String.valueOf(zone.id()), text),
        "importing " + file + " into zone " + Names.display(zone.name()));
    inv.out().println("Zone " + Names.display(zone.name()) + " imported from " + file);
    return ExitCodes.OK;
  }

  /**
   * Reads a zone file for zone {@code zone}; errors come as {@code FILE:LINE: message} (exit 65), warnings
   * go to stderr.
   */
  static ZoneData read(Invocation inv, String file, String zone) {
    Path path = inv.path(file);
    ParsedZone parsed = new ZoneFileReader(ReadOptions.defaults().withOrigin(zone)).read(path, file);
    for (Finding w : parsed.warnings()) {
      inv.warn(w.format());
    }
    return parsed.zone();
  }

  /**
   * The file's zone with what the API insists an import carries: the SOA and the apex NS records of the
   * assigned nameservers, taken from the current zone where the file lacks them (said on stderr).
   */
  static ZoneData withManagedRecords(Invocation inv, ZoneData desired, ZoneData current, Zone zone) {
    ZoneData out = desired;
    RrsetKey soa = RrsetKey.of(RrsetKey.APEX, RecordType.SOA);
    if (out.get(soa).isEmpty() && current.get(soa).isPresent()) {
      out = out.withRrset(current.get(soa).get());
      inv.info("The file has no SOA record; keeping the zone's current one.");
    }
    RrsetKey ns = RrsetKey.of(RrsetKey.APEX, RecordType.NS);
    List<String> assigned = zone.authoritativeNameservers().assigned();
    Optional<Rrset> fileNs = out.get(ns);
    if (fileNs.isEmpty()) {
      current.get(ns).ifPresent(r -> inv.info("The file has no apex NS records; keeping the zone's current ones."));
      if (current.get(ns).isPresent()) {
        out = out.withRrset(current.get(ns).get());
      }
    } else {
      List<RecordValue> values = new ArrayList<>(fileNs.get().records());
      for (String a : assigned) {
        boolean present = values.stream().anyMatch(v -> v.value().toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT)));
        if (!present) {
          values.add(RecordValue.of(a));
          inv.info("Adding apex NS " + a + ": the API requires the zone's assigned nameservers.");
        }
      }
      out = out.withRrset(fileNs.get().withRecords(values));
    }
    return out;
  }

  private static boolean confirm(Invocation inv, String prompt) {
    inv.err().print(prompt);
    inv.err().flush();
    try {
      String line = new BufferedReader(new InputStreamReader(inv.in(), StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        inv.err().println();
        inv.info("No answer on stdin: add --yes to import without asking.");
        return false;
      }
      String a = line.trim().toLowerCase(Locale.ROOT);
      return a.equals("y") || a.equals("yes");
    } catch (IOException e) {
      return false;
    }
  }
}
