package dev.hzone.cli.cloud;

import dev.hzone.api.ApiJson;
import dev.hzone.api.cloud.Price;
import dev.hzone.api.cloud.Pricing;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.LeafCommand;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.TextTable;
import dev.hzone.cli.framework.Verb;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code hzone pricing [--location LOC]}: the project's prices (gross, in the project's currency
 * and VAT): server and load balancer types per location, primary and floating IPs, and the per-GB
 * prices; {@code -o json} prints the API's {@code pricing} object.
 */
public final class PricingCommand {
  private PricingCommand() {}

  public static Command create() {
    return new LeafCommand(
        new Verb(
            "pricing",
            "Show the prices of servers, load balancers, IPs, volumes and images",
            "",
            "hzone pricing\nhzone pricing --location fsn1\nhzone pricing -o json | jq '.server_types[0]'",
            () ->
                Opts.output(
                    Opts.of(Opts.opt("location", "LOCATION", "only prices in this location"))),
            (inv, cl) -> {
              Args.positional(cl, 0, 0, "pricing", "");
              Optional<String> location = Optional.ofNullable(cl.getOptionValue("location"));
              Printer p = Printer.of(inv, cl);
              Pricing pricing = ClientFactory.client(inv).pricing().get();
              p.value(ApiJson.toJson(pricing), () -> print(inv.out(), pricing, location));
              return ExitCodes.OK;
            }));
  }

  private static void print(PrintStream out, Pricing p, Optional<String> location) {
    out.println(
        "Currency: " + p.currency() + ", VAT rate: " + p.vatRate() + "% (prices shown with VAT)");
    out.println("Images: " + p.image().pricePerGbMonth().gross() + " per GB and month");
    out.println("Volumes: " + p.volume().pricePerGbMonth().gross() + " per GB and month");
    out.println("Server backups: " + p.serverBackup().percentage() + "% of the server's price");
    types(out, "SERVER TYPE", p.serverTypes(), location);
    types(out, "LOAD BALANCER TYPE", p.loadBalancerTypes(), location);
    out.println();
    TextTable ips = new TextTable().row(List.of("IP", "TYPE", "LOCATION", "HOURLY", "MONTHLY"));
    for (Pricing.PrimaryIp ip : p.primaryIps()) {
      for (Pricing.PrimaryIp.Price price : ip.prices()) {
        if (location.map(price.location()::equals).orElse(true)) {
          ips.row(
              List.of(
                  "primary",
                  ip.type().apiValue(),
                  price.location(),
                  price.priceHourly().gross(),
                  price.priceMonthly().gross()));
        }
      }
    }
    for (Pricing.FloatingIp ip : p.floatingIps()) {
      for (Pricing.FloatingIp.Price price : ip.prices()) {
        if (location.map(price.location()::equals).orElse(true)) {
          ips.row(
              List.of(
                  "floating",
                  ip.type().apiValue(),
                  price.location(),
                  "-",
                  price.priceMonthly().gross()));
        }
      }
    }
    ips.print(out);
  }

  private static void types(
      PrintStream out, String header, List<Pricing.ServerType> types, Optional<String> location) {
    out.println();
    TextTable t =
        new TextTable()
            .row(List.of(header, "LOCATION", "HOURLY", "MONTHLY", "INCLUDED TRAFFIC", "PER TB"));
    for (Pricing.ServerType type : types) {
      for (Price price : type.prices()) {
        if (location.map(price.location()::equals).orElse(true)) {
          t.row(
              List.of(
                  type.name(),
                  price.location(),
                  price.priceHourly().gross(),
                  price.priceMonthly().gross(),
                  dev.hzone.cli.framework.Humanize.bytes(price.includedTraffic()),
                  price.pricePerTbTraffic().gross()));
        }
      }
    }
    t.print(out);
  }
}
