package dev.hzone.emulator.publish;

import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.state.ZoneEntry;
import java.util.List;
import java.util.OptionalInt;
import org.xbill.DNS.Record;

/**
 * Where the emulator sends its primary zones for serving over DNS. {@link #publish} is called after
 * every finished action that changed a primary zone, and for every primary zone at start-up; {@link
 * #withdraw} once a zone is deleted. Calls for one zone come in order; the zone given is complete
 * (SOA, apex NS and every RRSet, TTLs as stored: an RRSet without a TTL uses the zone's default
 * TTL).
 */
public interface ZonePublisher {

  /** Serves {@code zone} from now on, replacing what was served under its name. */
  void publish(ZoneData zone);

  /** Stops serving the zone {@code zoneName} (lower case, no trailing dot). */
  void withdraw(String zoneName);

  /**
   * {@code zone} is a secondary zone (created, changed or found at start-up): a publisher that
   * follows primaries starts transferring it from them; one that does not stops serving the name.
   */
  default void secondary(ZoneEntry zone) {
    withdraw(zone.name());
  }

  /**
   * Serves {@code zoneName} as a zone transfer delivered it (the SOA first): a secondary zone's
   * content.
   */
  default void publishTransfer(String zoneName, List<Record> records) {}

  /**
   * How many records the last transfer of the secondary zone {@code zoneName} delivered (the SOA
   * once), empty when this publisher follows no primaries or has not transferred the zone yet: the
   * API's {@code record_count} of a secondary zone.
   */
  default OptionalInt transferredRecordCount(String zoneName) {
    return OptionalInt.empty();
  }

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

      @Override
      public void secondary(ZoneEntry zone) {
        first.secondary(zone);
        second.secondary(zone);
      }

      @Override
      public void publishTransfer(String zoneName, List<Record> records) {
        first.publishTransfer(zoneName, records);
        second.publishTransfer(zoneName, records);
      }

      @Override
      public OptionalInt transferredRecordCount(String zoneName) {
        OptionalInt n = first.transferredRecordCount(zoneName);
        return n.isPresent() ? n : second.transferredRecordCount(zoneName);
      }
    };
  }

  /** Serves nothing. */
  ZonePublisher NONE =
      new ZonePublisher() {
        @Override
        public void publish(ZoneData zone) {}

        @Override
        public void withdraw(String zoneName) {}
      };
}
