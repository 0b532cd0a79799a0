package dev.hzone.emulator.dns;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Name;

/**
 * The zones being served, as an immutable value: publishing or withdrawing a zone makes a new
 * catalog, which the server swaps in atomically, so readers never lock and always see whole zones.
 */
final class ZoneCatalog {
  static final ZoneCatalog EMPTY = new ZoneCatalog(Map.of());

  private final Map<Name, ZoneSnapshot> zones;

  private ZoneCatalog(Map<Name, ZoneSnapshot> zones) {
    this.zones = Map.copyOf(zones);
  }

  /** A catalog with {@code zone} added, or replacing the earlier version of the same zone. */
  ZoneCatalog with(ZoneSnapshot zone) {
    Map<Name, ZoneSnapshot> m = new HashMap<>(zones);
    m.put(zone.origin(), zone);
    return new ZoneCatalog(m);
  }

  /** A catalog without the zone at {@code origin} (unchanged when it is not served). */
  ZoneCatalog without(Name origin) {
    Name key = origin.canonicalize();
    if (!zones.containsKey(key)) {
      return this;
    }
    Map<Name, ZoneSnapshot> m = new HashMap<>(zones);
    m.remove(key);
    return new ZoneCatalog(m);
  }

  /** The most specific zone that contains {@code name} (longest match), if any. */
  Optional<ZoneSnapshot> find(Name name) {
    if (zones.isEmpty()) {
      return Optional.empty();
    }
    Name n = name.canonicalize();
    while (true) {
      ZoneSnapshot z = zones.get(n);
      if (z != null) {
        return Optional.of(z);
      }
      if (n.labels() <= 1) {
        return Optional.empty();
      }
      n = new Name(n, 1);
    }
  }

  /** The zone whose apex is exactly {@code origin}, if served. */
  Optional<ZoneSnapshot> exact(Name origin) {
    return Optional.ofNullable(zones.get(origin.canonicalize()));
  }

  /** The apexes served. */
  Set<Name> origins() {
    return zones.keySet();
  }
}
