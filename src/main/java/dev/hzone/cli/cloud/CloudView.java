package dev.hzone.cli.cloud;

import com.google.gson.JsonElement;
import dev.hzone.api.ApiJson;
import dev.hzone.api.cloud.Location;
import dev.hzone.api.cloud.Price;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.ResourceView;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The base of the Cloud API resources' views: {@code -o json} is the API's own object ({@link
 * ApiJson}), so scripts written for the hcloud CLI keep working; subclasses give the table columns
 * ({@link #layout}) and the describe layout, and use the shared columns and describe blocks here
 * (age, created, labels, location, prices).
 *
 * @param <T> the resource's model
 */
abstract class CloudView<T> implements ResourceView<T> {
  protected final Clock clock;
  private TableLayout<T> table;

  CloudView(Clock clock) {
    this.clock = clock;
  }

  /** The columns and their default selection. */
  protected abstract TableLayout<T> layout();

  @Override
  public final synchronized TableLayout<T> table() {
    if (table == null) {
      table = layout();
    }
    return table;
  }

  @Override
  public JsonElement toJson(T item) {
    return ApiJson.toJson(item);
  }

  /** {@code age}: how long ago it was created, youngest first when sorted. */
  protected Column<T> age(Function<T, Instant> created) {
    return new Column<>(
        "age",
        t -> Humanize.age(created.apply(t), clock.instant()),
        Comparator.comparing(created).reversed());
  }

  /** {@code created}: date and time in the local time zone. */
  protected Column<T> created(Function<T, Instant> created) {
    return new Column<>(
        "created",
        t -> Humanize.datetime(created.apply(t), clock.getZone()),
        Comparator.comparing(created));
  }

  /** {@code labels}: {@code k=v, k2=v2}. */
  protected static <T> Column<T> labels(Function<T, Map<String, String>> labels) {
    return Column.of("labels", t -> Humanize.labels(labels.apply(t)));
  }

  /** A column of optional text, {@code -} when absent. */
  protected static <T> Column<T> optional(String name, Function<T, Optional<String>> f) {
    return Column.of(name, t -> f.apply(t).filter(s -> !s.isEmpty()).orElse("-"));
  }

  /** A date and time with its age, for describe. */
  protected String when(Instant t) {
    return Humanize.datetimeWithAge(t, clock.instant(), clock.getZone());
  }

  /** A date and time with its age, or {@code -}. */
  protected String when(Optional<Instant> t) {
    return t.map(this::when).orElse("-");
  }

  /** A number without {@code .0} when it is whole: {@code 40}, {@code 0.5}. */
  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The {@code Location:} block describe shows for a resource's location. */
  static void location(DescribeWriter d, String label, Location l) {
    d.section(
        label,
        s ->
            s.field("Name", l.name())
                .field("Description", l.description())
                .field("Country", l.country())
                .field("City", l.city())
                .field("Latitude", number(l.latitude()))
                .field("Longitude", number(l.longitude()))
                .field("Network Zone", l.networkZone()));
  }

  /**
   * The {@code Pricing:} block of server and load balancer types: per location, hourly and monthly
   * gross.
   */
  static void prices(DescribeWriter d, List<Price> prices) {
    d.section(
        "Pricings per Location",
        s -> {
          if (prices.isEmpty()) {
            s.text("No prices");
          }
          for (Price p : prices) {
            s.item(
                i ->
                    i.field("Location", p.location())
                        .field(
                            "Hourly",
                            p.priceHourly().gross() + " (net " + p.priceHourly().net() + ")")
                        .field(
                            "Monthly",
                            p.priceMonthly().gross() + " (net " + p.priceMonthly().net() + ")")
                        .field("Included Traffic", Humanize.bytes(p.includedTraffic()))
                        .field("Additional Traffic", p.pricePerTbTraffic().gross() + " per TB"));
          }
        });
  }
}
