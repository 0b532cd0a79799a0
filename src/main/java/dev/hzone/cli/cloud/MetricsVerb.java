package dev.hzone.cli.cloud;

import dev.hzone.api.ApiJson;
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.GetLoadBalancerMetricsOptions;
import dev.hzone.api.cloud.GetServerMetricsOptions;
import dev.hzone.api.cloud.Metrics;
import dev.hzone.api.cloud.MetricsPoint;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Printer;
import dev.hzone.cli.framework.TextTable;
import dev.hzone.cli.framework.Verb;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code hzone server|load-balancer metrics RESOURCE --type TYPE[,TYPE]}: the API's time series for
 * a period (default: the last hour), as a table with one row per point in time and one column per
 * series, or the API's {@code metrics} object for {@code -o json}.
 */
final class MetricsVerb {
  /** The period shown when {@code --start} is not given. */
  static final Duration DEFAULT_PERIOD = Duration.ofHours(1);

  private MetricsVerb() {}

  /** The checked options: types and period. */
  record Query(List<String> types, Instant start, Instant end) {}

  @FunctionalInterface
  interface Fetch<T> {
    Metrics fetch(HcloudClient client, T resource, Query q);
  }

  static Verb server() {
    return verb(
        ServerCommand.KIND,
        List.of("cpu", "disk", "network"),
        (c, s, q) ->
            c.servers()
                .getMetrics(
                    s.id(),
                    GetServerMetricsOptions.of(
                        q.types(), q.start().toString(), q.end().toString())));
  }

  static Verb loadBalancer() {
    return verb(
        LoadBalancerCommand.KIND,
        List.of("open_connections", "connections_per_second", "requests_per_second", "bandwidth"),
        (c, lb, q) ->
            c.loadBalancers()
                .getMetrics(
                    lb.id(),
                    GetLoadBalancerMetricsOptions.of(
                        q.types(), q.start().toString(), q.end().toString())));
  }

  private static <T> Verb verb(CloudResource<T> kind, List<String> types, Fetch<T> fetch) {
    String usage = kind.placeholder();
    return new Verb(
        "metrics",
        "Show a " + kind.noun() + "'s metrics (" + String.join(", ", types) + ")",
        usage,
        "hzone "
            + kind.command()
            + " metrics NAME --type "
            + types.get(0)
            + "\n"
            + "hzone "
            + kind.command()
            + " metrics NAME --type "
            + String.join(",", types)
            + " --start 2026-03-01T00:00:00Z --end 2026-03-01T06:00:00Z -o json",
        () ->
            Opts.output(
                Opts.of(
                    Opts.multi("type", "TYPE", "which series: " + String.join(", ", types)),
                    Opts.opt(
                        "start", "TIME", "from this RFC 3339 time (default: an hour before --end)"),
                    Opts.opt("end", "TIME", "until this RFC 3339 time (default: now)"))),
        (inv, cl) -> {
          String arg = Args.positional(cl, 1, 1, kind.command() + " metrics", usage).get(0);
          List<String> chosen =
              Args.values(cl, "type").stream().map(t -> Args.choice(t, "--type", types)).toList();
          if (chosen.isEmpty()) {
            throw CliException.usage("give --type, one or more of: " + String.join(", ", types));
          }
          Printer p = Printer.of(inv, cl);
          Instant end =
              cl.hasOption("end") ? time(cl.getOptionValue("end"), "--end") : p.clock().instant();
          Instant start =
              cl.hasOption("start")
                  ? time(cl.getOptionValue("start"), "--start")
                  : end.minus(DEFAULT_PERIOD);
          if (!start.isBefore(end)) {
            throw CliException.usage("--start must be before --end");
          }
          HcloudClient client = ClientFactory.client(inv);
          Metrics m = fetch.fetch(client, kind.require(client, arg), new Query(chosen, start, end));
          p.value(ApiJson.toJson(m), () -> table(inv.out(), m, p));
          return ExitCodes.OK;
        });
  }

  private static void table(java.io.PrintStream out, Metrics m, Printer p) {
    Map<String, Metrics.TimeSeries> series = new TreeMap<>(m.timeSeries());
    TreeSet<Double> times = new TreeSet<>();
    series.values().forEach(s -> s.values().forEach(pt -> times.add(pt.timestamp())));
    TextTable t = new TextTable();
    List<String> header = new ArrayList<>();
    header.add("TIME");
    series.keySet().forEach(k -> header.add(k.toUpperCase(java.util.Locale.ROOT)));
    t.row(header);
    for (double time : times) {
      List<String> row = new ArrayList<>();
      row.add(Humanize.datetime(Instant.ofEpochMilli((long) (time * 1000)), p.clock().getZone()));
      for (Metrics.TimeSeries s : series.values()) {
        row.add(
            s.values().stream()
                .filter(pt -> pt.timestamp() == time)
                .map(MetricsPoint::value)
                .findFirst()
                .orElse("-"));
      }
      t.row(row);
    }
    t.print(out);
  }

  private static Instant time(String text, String what) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw CliException.usage(
          what + ": '" + text + "' is not an RFC 3339 time such as 2026-03-01T10:00:00Z");
    }
  }
}
