package dev.hzone.cli.zone;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.MetadataClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.api.cloud.Server;
import dev.hzone.api.cloud.Zone;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.VerbRunner;
import dev.hzone.cli.metadata.MetadataCommand;
import dev.hzone.dns.Names;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.xbill.DNS.Address;

/**
 * {@code hzone record set-self ZONE NAME}: a dynamic DNS one-liner for servers. The record is set
 * to this server's own public address: its IPv4 from the metadata service for A, or for AAAA the
 * {@code ::1} address of its IPv6 network (the metadata service has no IPv6 key, so the server is
 * looked up at the API by the instance id it gives). Nothing is sent when the record already holds
 * exactly that address.
 */
final class RecordSelfVerb {
  private RecordSelfVerb() {}

  static Verb verb() {
    return new Verb(
        "set-self",
        "Point an A (or AAAA) record at this server's own public address",
        "ZONE NAME",
        """
        hzone record set-self example.com www
        hzone record set-self example.com www --type AAAA --ttl 300
        @reboot hzone record set-self example.com $(hostname -s)     # crontab: dynamic DNS""",
        () ->
            MetadataCommand.endpointOption(
                new Options()
                    .addOption(
                        ZoneCommand.opt(
                            "type", "A|AAAA", "the record type (default A: the public IPv4)"))
                    .addOption(
                        ZoneCommand.opt(
                            "ttl", "SECONDS", "the RRSet's TTL (default: the zone's)"))),
        RecordSelfVerb::run);
  }

  private static int run(Invocation inv, CommandLine cl) {
    List<String> args = VerbRunner.positional(cl, 2, 2, "record set-self", "ZONE NAME");
    RecordType type =
        cl.hasOption("type") ? RecordInput.type(cl.getOptionValue("type")) : RecordType.A;
    if (type != RecordType.A && type != RecordType.AAAA) {
      throw CliException.usage("--type " + type + ": set-self writes A or AAAA records");
    }
    OptionalInt ttl =
        cl.hasOption("ttl")
            ? OptionalInt.of(ZoneVerbs.ttl(cl.getOptionValue("ttl")))
            : OptionalInt.empty();
    MetadataClient metadata = MetadataCommand.client(inv, cl);
    HcloudClient client = ClientFactory.client(inv);
    String ip = type == RecordType.A ? ipv4(metadata) : ipv6(metadata, client);
    Zone zone = Zones.requirePrimary(Zones.require(client, args.get(0)), "records");
    RrsetKey key = RrsetKey.of(RecordInput.name(args.get(1), zone.name()), type);
    String what = key.name() + " " + type + " in zone " + Names.display(zone.name());
    String zoneRef = String.valueOf(zone.id());
    Optional<Rrset> current = client.rrsets().get(zoneRef, key);
    boolean same =
        current.isPresent()
            && current.get().records().size() == 1
            && ValueCanonicalizer.same(type, current.get().records().get(0).value(), ip)
            && (ttl.isEmpty() || ttl.equals(current.get().ttl()));
    if (same) {
      inv.out().println(what + " already points at " + ip);
      return ExitCodes.OK;
    }
    List<Action> actions = new ArrayList<>();
    if (current.isEmpty()) {
      actions.add(
          client
              .rrsets()
              .create(zoneRef, Rrset.of(key, ttl, List.of(RecordValue.of(ip))))
              .action());
    } else {
      actions.add(client.rrsets().setRecords(zoneRef, key, List.of(RecordValue.of(ip))));
      if (ttl.isPresent() && !ttl.equals(current.get().ttl())) {
        actions.add(client.rrsets().changeTtl(zoneRef, key, ttl));
      }
    }
    Zones.await(client, actions, "setting " + what);
    inv.out().println("Set " + what + " to " + ip + " (this server's public address)");
    return ExitCodes.OK;
  }

  private static String ipv4(MetadataClient metadata) {
    String ip = MetadataCommand.read(metadata::publicIpv4).strip();
    if (Address.toByteArray(ip, Address.IPv4) == null) {
      throw CliException.failed(
          "the metadata service gave public-ipv4 '"
              + ip
              + "', not an IPv4 address (a server "
              + "without a public IPv4 can only set AAAA: add --type AAAA)");
    }
    return ip;
  }

  private static String ipv6(MetadataClient metadata, HcloudClient client) {
    long id = MetadataCommand.read(metadata::instanceId);
    Server server =
        client
            .servers()
            .get(id)
            .orElseThrow(
                () ->
                    CliException.failed(
                        "the metadata service says this "
                            + "is server "
                            + id
                            + ", which the API's project does not have: is the token for this server's project?"));
    String network =
        server
            .publicNet()
            .ipv6()
            .map(Server.PublicNet.Ipv6::ip)
            .orElseThrow(
                () -> CliException.failed("server " + server.name() + " has no public IPv6"));
    String addr = network.contains("/") ? network.substring(0, network.indexOf('/')) : network;
    return addr.endsWith("::") ? addr + "1" : addr;
  }
}
