package dev.hzone.sync.plan;

import dev.hzone.dns.ZoneData;

/** Writes a zone as BIND text for the API's zone-file requests (create and import). */
@FunctionalInterface
public interface ZoneFileFormatter {
  /** The zone as a BIND zone file with {@code $ORIGIN} and {@code $TTL}, comments kept. */
  String format(ZoneData zone);
}
