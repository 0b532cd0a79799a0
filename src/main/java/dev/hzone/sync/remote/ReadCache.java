package dev.hzone.sync.remote;

import java.util.Optional;

/**
 * Zones as an earlier run read them, trusted only while the zone's nameservers prove them current:
 * Hetzner raises a zone's SOA serial on every change that resolvers see, and its nameservers answer
 * SOA queries at no API cost. {@link dev.hzone.sync.plan.RemotePlanner} asks it before reading a
 * zone from the API. Implementations never throw for a missing, foreign or damaged entry: that is a
 * miss.
 */
public interface ReadCache {
  /** No cache: every zone is read from the API. */
  ReadCache NONE =
      new ReadCache() {
        @Override
        public Optional<RemoteZone> lookup(String zone) {
          return Optional.empty();
        }

        @Override
        public void store(RemoteZone zone) {}

        @Override
        public void forget(String zone) {}
      };

  /**
   * The zone as last read, read method {@link ReadMethod#CACHED}, when every nameserver of the zone
   * serves the SOA serial of that read; empty otherwise (never read, unreadable entry, a nameserver
   * that does not answer or serves another serial).
   */
  Optional<RemoteZone> lookup(String zone);

  /** Remembers what a read from the API returned (primary zones with an SOA only). */
  void store(RemoteZone zone);

  /** Forgets a zone, before hzone changes it: the serial it had proves nothing about the change. */
  void forget(String zone);
}
