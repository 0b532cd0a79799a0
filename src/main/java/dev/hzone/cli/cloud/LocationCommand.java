package dev.hzone.cli.cloud;

import dev.hzone.api.cloud.ListLocationsOptions;
import dev.hzone.api.cloud.Location;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.TableLayout;
import java.time.Clock;
import java.util.List;

/** {@code hzone location list|describe}: the places servers, volumes and IPs live in. */
public final class LocationCommand {
  static final CloudResource<Location> KIND =
      CloudResource.<Location>builder("location", "location")
          .jsonKey("location")
          .id(Location::id)
          .name(Location::name)
          .get((c, id) -> c.locations().get(id))
          .byName((c, n) -> c.locations().list(ListLocationsOptions.ALL.withName(n)))
          .list((c, r) -> c.locations().list(ListLocationsOptions.ALL))
          .view(View::new)
          .build();

  private LocationCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "location",
        "Show locations",
        List.of(
            StandardVerbs.list(
                KIND, "hzone location list\nhzone location list -o columns=name,city,network_zone"),
            StandardVerbs.describe(KIND, "hzone location describe fsn1")));
  }

  static final class View extends CloudView<Location> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Location> layout() {
      return TableLayout.<Location>builder()
          .column(Column.ofLong("id", Location::id))
          .column(Column.of("name", Location::name))
          .column(Column.of("description", Location::description))
          .column(Column.of("network_zone", Location::networkZone))
          .column(Column.of("country", Location::country))
          .column(Column.of("city", Location::city))
          .column(Column.of("latitude", l -> number(l.latitude())))
          .column(Column.of("longitude", l -> number(l.longitude())))
          .defaults("id", "name", "description", "network_zone", "country", "city")
          .build();
    }

    @Override
    public void describe(Location l, DescribeWriter d) {
      d.field("ID", Long.toString(l.id()))
          .field("Name", l.name())
          .field("Description", l.description())
          .field("Network Zone", l.networkZone())
          .field("Country", l.country())
          .field("City", l.city())
          .field("Latitude", number(l.latitude()))
          .field("Longitude", number(l.longitude()));
    }
  }
}
