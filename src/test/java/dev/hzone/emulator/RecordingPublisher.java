package dev.hzone.emulator;

import dev.hzone.dns.ZoneData;
import dev.hzone.emulator.publish.ZonePublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps what the emulator published, as a DNS server would serve it. */
final class RecordingPublisher implements ZonePublisher {
  private final Map<String, ZoneData> served = new ConcurrentHashMap<>();
  private final List<String> events = new ArrayList<>();

  @Override
  public synchronized void publish(ZoneData zone) {
    served.put(zone.name(), zone);
    events.add("publish " + zone.name());
  }

  @Override
  public synchronized void withdraw(String zoneName) {
    served.remove(zoneName);
    events.add("withdraw " + zoneName);
  }

  Optional<ZoneData> served(String zone) {
    return Optional.ofNullable(served.get(zone));
  }

  synchronized List<String> events() {
    return List.copyOf(events);
  }
}
