package dev.hzone.emulator;

import dev.hzone.dns.ZoneData;

/**
 * Where the emulator sends its primary zones for serving over DNS. {@link #publish} is called after every
 * finished action that changed a primary zone, and for every primary zone at start-up; {@link #withdraw}
 * once a zone is deleted. Calls for one zone come in order; the zone given is complete (SOA, apex NS and
 * every RRSet, TTLs as stored: an RRSet without a TTL uses the zone's default TTL).
 */
public interface ZonePublisher {

  /** Serves {@code zone} from now on, replacing what was served under its name. */
  void publish(ZoneData zone);

  /** Stops serving the zone {@code zoneName} (lower case, no trailing dot). */
  void withdraw(String zoneName);

  /** A publisher that hands every call to {@code first}, then to {@code second}. */
  static ZonePublisher fanOut(ZonePublisher first, ZonePublisher second) {
    return new ZonePublisher() {
      @Override
      public void publish(ZoneData zone) {
        first.publish(zone);
        second.publish(zone);
      }

      @Override
      public void withdraw(String zoneName) {
        first.withdraw(zoneName);
        second.withdraw(zoneName);
      }
    };
  }

  /** Serves nothing. */
  ZonePublisher NONE = new ZonePublisher() {
    @Override
    public void publish(ZoneData zone) {}

    @Override
    public void withdraw(String zoneName) {}
  };
}
