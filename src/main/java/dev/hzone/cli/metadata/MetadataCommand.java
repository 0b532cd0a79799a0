package dev.hzone.cli.metadata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.hzone.api.ApiException;
import dev.hzone.api.ApiTransportException;
import dev.hzone.api.MetadataClient;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.Suggestions;
import dev.hzone.cli.framework.TextTable;
import dev.hzone.cli.framework.Verb;
import dev.hzone.cli.framework.Version;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code hzone metadata [KEY]}: what the server this runs on knows about itself, from the metadata
 * service (no token needed, only reachable from a Hetzner Cloud server). One key prints its bare
 * value for scripts ({@code hzone metadata public-ipv4}); no key prints the summary. The service's
 * address is {@link MetadataClient#DEFAULT_ENDPOINT} unless {@code --metadata-endpoint} or {@code
 * HZONE_METADATA_ENDPOINT} names another (tests, emulators).
 */
public final class MetadataCommand {
  /** The environment variable that overrides the service's address. */
  public static final String ENDPOINT_ENV = "HZONE_METADATA_ENDPOINT";

  static final List<String> KEYS =
      List.of(
          "hostname",
          "instance-id",
          "public-ipv4",
          "private-networks",
          "availability-zone",
          "region");

  private MetadataCommand() {}

  /** The {@code metadata} command. */
  public static Command create() {
    return new LeafCommand(
        new Verb(
            "metadata",
            "Show what this server knows about itself (metadata service)",
            "[" + String.join("|", KEYS) + "]",
            """
        hzone metadata
        hzone metadata public-ipv4
        hzone metadata private-networks -o json""",
            () -> endpointOption(Printer.addOutputOption(new Options())),
            MetadataCommand::run));
  }

  /** Adds {@code --metadata-endpoint URL}. */
  public static Options endpointOption(Options o) {
    return o.addOption(
        Option.builder()
            .longOpt("metadata-endpoint")
            .hasArg()
            .argName("URL")
            .desc(
                "the metadata service (default "
                    + MetadataClient.DEFAULT_ENDPOINT
                    + "; env "
                    + ENDPOINT_ENV
                    + ")")
            .build());
  }

  /**
   * The metadata client for this invocation: {@code --metadata-endpoint}, else the environment,
   * else default.
   */
  public static MetadataClient client(Invocation inv, CommandLine cl) {
    Optional<String> endpoint =
        Optional.ofNullable(cl.getOptionValue("metadata-endpoint")).or(() -> inv.env(ENDPOINT_ENV));
    MetadataClient.Builder b = MetadataClient.builder().userAgent("hzone/" + Version.current());
    try {
      endpoint.ifPresent(b::endpoint);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("metadata endpoint: " + e.getMessage());
    }
    MetadataClient client = b.build();
    inv.resources().closeLater(client);
    return client;
  }

  /**
   * One read of the metadata service; its failures as messages about the service, not the API: it
   * answers only on a Hetzner Cloud server.
   */
  public static <T> T read(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (ApiTransportException e) {
      throw CliException.unavailable(
          e.getMessage()
              + " (it answers only on a Hetzner Cloud server; elsewhere give "
              + "--metadata-endpoint or "
              + ENDPOINT_ENV
              + ")",
          e);
    } catch (ApiException e) {
      throw CliException.failed(e.apiMessage());
    }
  }

  private static int run(Invocation inv, CommandLine cl) {
    List<String> args = cl.getArgList();
    if (args.size() > 1) {
      throw CliException.usage("usage: hzone metadata [" + String.join("|", KEYS) + "]");
    }
    Optional<String> key =
        args.stream()
            .findFirst()
            .map(
                k -> {
                  if (!KEYS.contains(k)) {
                    throw CliException.usage(
                        Suggestions.unknown("metadata key", k, KEYS, "hzone metadata"));
                  }
                  return k;
                });
    MetadataClient metadata = client(inv, cl);
    Printer p = Printer.of(inv, cl);
    if (key.isEmpty()) {
      MetadataClient.Metadata m = read(metadata::summary);
      JsonObject o = new JsonObject();
      o.addProperty("hostname", m.hostname());
      o.addProperty("instance-id", m.instanceId());
      o.addProperty("public-ipv4", m.publicIpv4().orElse(null));
      o.addProperty("availability-zone", m.availabilityZone());
      o.addProperty("region", m.region());
      p.value(
          o,
          () -> {
            DescribeWriter d =
                new DescribeWriter()
                    .field("Hostname", m.hostname())
                    .field("Instance ID", Long.toString(m.instanceId()))
                    .field("Public IPv4", m.publicIpv4().orElse("-"))
                    .field("Availability Zone", m.availabilityZone())
                    .field("Region", m.region());
            inv.out().print(d.render());
          });
      return ExitCodes.OK;
    }
    switch (key.get()) {
      case "hostname" -> scalar(inv, p, key.get(), read(metadata::hostname));
      case "instance-id" -> scalar(inv, p, key.get(), Long.toString(read(metadata::instanceId)));
      case "public-ipv4" -> scalar(inv, p, key.get(), read(metadata::publicIpv4));
      case "availability-zone" -> scalar(inv, p, key.get(), read(metadata::availabilityZone));
      case "region" -> scalar(inv, p, key.get(), read(metadata::region));
      default -> networks(inv, p, read(metadata::privateNetworks));
    }
    return ExitCodes.OK;
  }

  private static void scalar(Invocation inv, Printer p, String key, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(key, value);
    p.value(o, () -> inv.out().println(value));
  }

  private static void networks(
      Invocation inv, Printer p, List<MetadataClient.PrivateNetwork> networks) {
    JsonArray a = new JsonArray();
    for (MetadataClient.PrivateNetwork n : networks) {
      JsonObject o = new JsonObject();
      o.addProperty("ip", n.ip());
      JsonArray alias = new JsonArray();
      n.aliasIps().forEach(alias::add);
      o.add("alias_ips", alias);
      o.addProperty("interface_num", n.interfaceNum());
      o.addProperty("mac_address", n.macAddress());
      o.addProperty("network_id", n.networkId());
      o.addProperty("network_name", n.networkName());
      o.addProperty("network", n.network());
      o.addProperty("subnet", n.subnet());
      o.addProperty("gateway", n.gateway());
      a.add(o);
    }
    JsonElement data = a;
    p.value(
        data,
        () -> {
          TextTable t =
              new TextTable()
                  .row(
                      List.of(
                          "NETWORK ID",
                          "NAME",
                          "IP",
                          "ALIAS IPS",
                          "NETWORK",
                          "SUBNET",
                          "GATEWAY",
                          "INTERFACE",
                          "MAC ADDRESS"));
          for (MetadataClient.PrivateNetwork n : networks) {
            t.row(
                List.of(
                    Long.toString(n.networkId()),
                    n.networkName(),
                    n.ip(),
                    n.aliasIps().isEmpty() ? "-" : String.join(", ", n.aliasIps()),
                    n.network(),
                    n.subnet(),
                    n.gateway(),
                    Integer.toString(n.interfaceNum()),
                    n.macAddress()));
          }
          t.print(inv.out());
        });
  }
}
