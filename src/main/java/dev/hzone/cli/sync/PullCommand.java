package dev.hzone.cli.sync;

import dev.hzone.api.cloud.ZoneMode;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.TextFiles;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.PrimaryServer;
import dev.hzone.sync.plan.AcmeChallengeFilter;
import dev.hzone.sync.plan.ManagedByHetznerFilter;
import dev.hzone.sync.remote.ZoneInfo;
import dev.hzone.zonefile.Excerpts;
import dev.hzone.zonefile.ZoneFileReader;
import dev.hzone.zonefile.ZoneFileWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone pull [--zone NAME...] [DIR]}: writes the zones at Hetzner as canonical zone files
 * (the {@code file fmt} layout), to start a zone repository. Records are read RRSet by RRSet, so
 * TTLs that inherit the zone's stay that way and comments are kept; ACME challenges in progress are
 * left out. Secondary zones have no records here: their {@code hzone.toml} settings are printed
 * instead.
 */
public final class PullCommand {
  private PullCommand() {}

  /** The {@code pull} command. */
  public static Command create() {
    return new LeafCommand(
        new Verb(
            "pull",
            "Write the zones at Hetzner as zone files, for a new repository",
            "[DIR]",
            "hzone pull\nhzone pull --zone example.com --zone example.org zones/\nhzone pull --force zones/",
            PullCommand::options,
            PullCommand::run));
  }

  private static Options options() {
    Options o = new Options();
    o.addOption(
        Option.builder()
            .longOpt("zone")
            .hasArg()
            .argName("NAME")
            .desc("pull only this zone (repeatable; default: every zone)")
            .build());
    o.addOption(Option.builder().longOpt("force").desc("overwrite zone files that exist").build());
    return o;
  }

  private static int run(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 0, 1, "pull", "[--zone NAME...] [DIR]");
    Path dir = inv.path(args.isEmpty() ? "zones" : args.get(0));
    SyncSession session = SyncSession.open(inv);
    List<ZoneInfo> zones = new ArrayList<>();
    if (cl.hasOption("zone")) {
      for (String z : cl.getOptionValues("zone")) {
        String name = Names.zoneName(z);
        zones.add(
            session
                .provider
                .findZone(name)
                .orElseThrow(
                    () -> CliException.failed("zone " + name + " does not exist at Hetzner")));
      }
    } else {
      zones.addAll(session.provider.listZones());
    }
    zones.sort(Comparator.comparing(ZoneInfo::name));
    List<ZoneInfo> primaries = zones.stream().filter(z -> z.mode() == ZoneMode.PRIMARY).toList();
    List<Path> targets = new ArrayList<>();
    for (ZoneInfo z : primaries) {
      Path f = target(dir, z.name());
      if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !cl.hasOption("force")) {
        throw CliException.failed(
            FileCommand.display(inv, f)
                + " exists; pass --force to overwrite it "
                + "(nothing was written)");
      }
      targets.add(f);
    }
    ZoneFileWriter writer = new ZoneFileWriter();
    for (int i = 0; i < primaries.size(); i++) {
      ZoneInfo z = primaries.get(i);
      ZoneData data = keepSerial(withoutChallenges(session.provider.listRrsets(z)), targets.get(i));
      TextFiles.write(
          targets.get(i),
          writer.format(
              data,
              List.of(
                  " "
                      + Names.toUnicode(z.name())
                      + ": pulled from the Hetzner Cloud API by 'hzone pull'.")));
      inv.out()
          .println(
              "wrote "
                  + FileCommand.display(inv, targets.get(i))
                  + " ("
                  + data.rrsets().size()
                  + " RRSets)");
    }
    List<ZoneInfo> secondaries =
        zones.stream().filter(z -> z.mode() == ZoneMode.SECONDARY).toList();
    if (!secondaries.isEmpty()) {
      inv.info(
          "Secondary zones have no zone file; add them to "
              + FileCommand.display(inv, dir.resolve("hzone.toml"))
              + " (TSIG keys go in key files, never in hzone.toml):");
      for (ZoneInfo z : secondaries) {
        inv.err().println(secondaryToml(z));
      }
    }
    return ExitCodes.OK;
  }

  /**
   * A DNS name hzone writes a file for: labels of letters, digits and inner hyphens (punycode for
   * IDNs).
   */
  private static final java.util.regex.Pattern HOST_NAME =
      java.util.regex.Pattern.compile(
          "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /**
   * The file for zone {@code name} in {@code dir}. The name comes from the API (or whatever
   * answered in its place), so it must be a plain DNS name of two or more labels, and the file must
   * land in {@code dir}: {@code ../../evil} or {@code a/b} is refused before anything is written.
   */
  static Path target(Path dir, String name) {
    String n =
        (name.endsWith(".") ? name.substring(0, name.length() - 1) : name)
            .toLowerCase(java.util.Locale.ROOT);
    if (n.length() > 253 || !HOST_NAME.matcher(n).matches()) {
      throw CliException.failed(
          "the API named a zone '"
              + Excerpts.safe(n.length() > 80 ? n.substring(0, 80) : n)
              + "', which is not a DNS name hzone can name a file after; nothing was written");
    }
    Path f = dir.resolve(Names.toUnicode(n) + ".zone").normalize();
    if (!dir.normalize().equals(f.getParent()) || f.getFileName().toString().startsWith(".")) {
      throw CliException.failed(
          "the zone " + n + " would be written outside " + dir + "; nothing was written");
    }
    return f;
  }

  private static ZoneData withoutChallenges(ZoneData data) {
    TreeMap<RrsetKey, Rrset> kept = new TreeMap<>();
    for (Rrset r : data.rrsets().values()) {
      if (!AcmeChallengeFilter.isChallenge(r)) {
        kept.put(r.key(), r);
      }
    }
    return new ZoneData(data.name(), data.defaultTtl(), kept, data.opaque());
  }

  /**
   * The pulled zone with the SOA serial of the file it replaces: Hetzner raises the serial on every
   * change and apply never sends it, so a new serial alone would only be a noisy Git diff.
   */
  private static ZoneData keepSerial(ZoneData pulled, Path existing) {
    RrsetKey soa = new RrsetKey(RrsetKey.APEX, RecordType.SOA);
    Rrset fresh = pulled.rrsets().get(soa);
    if (fresh == null || !Files.isRegularFile(existing)) {
      return pulled;
    }
    Rrset old;
    try {
      old = new ZoneFileReader().read(existing).zone().rrsets().get(soa);
    } catch (RuntimeException e) {
      return pulled; // --force replaces a file hzone cannot read; there is no serial worth keeping
    }
    if (old == null) {
      return pulled;
    }
    TreeMap<RrsetKey, Rrset> rrsets = new TreeMap<>(pulled.rrsets());
    rrsets.put(soa, ManagedByHetznerFilter.withSerialOf(fresh, old));
    return new ZoneData(pulled.name(), pulled.defaultTtl(), rrsets, pulled.opaque());
  }

  private static String secondaryToml(ZoneInfo z) {
    StringBuilder sb =
        new StringBuilder(
            "[zones.\""
                + Names.toUnicode(z.name())
                + "\"]\nmode = \"secondary\"\n"
                + "primaries = [\n");
    for (PrimaryServer p : z.attributes().primaries()) {
      sb.append("  { address = \"").append(p.address()).append("\", port = ").append(p.port());
      p.tsig()
          .ifPresent(
              k ->
                  sb.append(", tsig_algorithm = \"")
                      .append(k.algorithm())
                      .append("\", tsig_key_file = \"keys/")
                      .append(Names.toUnicode(z.name()))
                      .append(".key\""));
      sb.append(" },\n");
    }
    return sb.append("]\n").toString();
  }
}
