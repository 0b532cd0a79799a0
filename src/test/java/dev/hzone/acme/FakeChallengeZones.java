package dev.hzone.acme;

import dev.hzone.api.cloud.Zone;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.TxtStrings;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The API as the hook sees it, in memory: zones with RRSets, add/remove with the API's rules (add
 * creates the RRSet, a TTL must match an existing one; remove deletes an RRSet that becomes empty),
 * a call log, optional "locked" answers, and a listener told about each change (to publish into a
 * DNS server).
 */
public class FakeChallengeZones implements ChallengeZones {
  public final Map<String, ZoneData> zones = new LinkedHashMap<>();
  final Map<String, List<String>> nameservers = new LinkedHashMap<>();
  public final List<String> calls = new CopyOnWriteArrayList<>();
  public final AtomicInteger busyAnswers = new AtomicInteger();
  private Consumer<ZoneData> onChange = z -> {};

  public FakeChallengeZones withZone(String name, String... rrsetLines) {
    List<Rrset> rrsets = new ArrayList<>();
    rrsets.add(
        Rrset.of(
            RrsetKey.of("@", RecordType.SOA),
            OptionalInt.empty(),
            List.of(
                RecordValue.of(
                    "ns1." + name + ". hostmaster." + name + ". 1 7200 3600 1209600 60"))));
    for (String line : rrsetLines) {
      String[] f = line.split(" ", 4);
      rrsets.add(
          Rrset.of(
              RrsetKey.of(f[0], RecordType.fromText(f[1]).orElseThrow()),
              f[2].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[2])),
              List.of(RecordValue.of(f[3]))));
    }
    zones.put(name, ZoneData.of(name, OptionalInt.of(3600), rrsets));
    nameservers.put(name, List.of("ns1." + name + "."));
    return this;
  }

  public FakeChallengeZones onChange(Consumer<ZoneData> listener) {
    this.onChange = listener;
    zones.values().forEach(listener);
    return this;
  }

  @Override
  public synchronized Optional<Zone> zone(String zoneName) {
    calls.add("zone " + zoneName);
    return zones.containsKey(zoneName)
        ? Optional.of(zone(zoneName, nameservers.get(zoneName)))
        : Optional.empty();
  }

  @Override
  public synchronized List<Rrset> rrsetsAt(Zone zone, String relativeName) {
    calls.add("rrsets " + zone.name() + " " + relativeName);
    List<Rrset> out = new ArrayList<>();
    for (Rrset r : zones.get(zone.name()).rrsets().values()) {
      if (r.name().equals(relativeName)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public synchronized void addTxt(Zone zone, String relativeName, String value, OptionalInt ttl) {
    calls.add("add " + zone.name() + " " + relativeName + " " + value + " ttl=" + ttl);
    busy();
    ZoneData z = zones.get(zone.name());
    RrsetKey key = RrsetKey.of(relativeName, RecordType.TXT);
    Optional<Rrset> existing = z.get(key);
    if (existing.isPresent()
        && ttl.isPresent()
        && existing.get().ttl().isPresent()
        && !existing.get().ttl().equals(ttl)) {
      throw new IllegalStateException("invalid_input: ttl differs from the RRSet's");
    }
    List<RecordValue> values = new ArrayList<>(existing.map(Rrset::records).orElse(List.of()));
    for (RecordValue v : values) {
      if (Arrays.equals(TxtStrings.content(v.value()), TxtStrings.content(value))) {
        throw new IllegalStateException("invalid_input: duplicate value");
      }
    }
    values.add(RecordValue.of(value));
    Rrset next = existing.map(r -> r.withRecords(values)).orElse(Rrset.of(key, ttl, values));
    change(z.withRrset(next));
  }

  @Override
  public synchronized void removeTxt(Zone zone, String relativeName, String value) {
    calls.add("remove " + zone.name() + " " + relativeName + " " + value);
    busy();
    ZoneData z = zones.get(zone.name());
    RrsetKey key = RrsetKey.of(relativeName, RecordType.TXT);
    Rrset existing = z.get(key).orElseThrow(() -> new IllegalStateException("not_found"));
    List<RecordValue> values = new ArrayList<>(existing.records());
    if (!values.removeIf(v -> v.value().equals(value))) {
      throw new IllegalStateException("invalid_input: no such value");
    }
    change(values.isEmpty() ? z.withoutRrset(key) : z.withRrset(existing.withRecords(values)));
  }

  private void busy() {
    if (busyAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new ZoneBusyException("locked", null);
    }
  }

  private void change(ZoneData z) {
    zones.put(z.name(), z);
    onChange.accept(z);
  }

  /** The TXT values at a name, as stored. */
  public synchronized List<String> txt(String zone, String relativeName) {
    return zones.get(zone).get(relativeName, RecordType.TXT).map(Rrset::values).orElse(List.of());
  }

  /** The calls that wrote (add or remove). */
  public List<String> writes() {
    return calls.stream().filter(c -> c.startsWith("add") || c.startsWith("remove")).toList();
  }

  /**
   * A primary zone of the API with its assigned nameservers, the rest left at the API's defaults.
   */
  static Zone zone(String name, List<String> assignedNameservers) {
    return new Zone(
        1,
        name,
        java.time.Instant.EPOCH,
        dev.hzone.api.cloud.ZoneMode.PRIMARY,
        List.of(),
        Map.of(),
        null,
        3600,
        null,
        0,
        new Zone.AuthoritativeNameservers(
            assignedNameservers, List.of(), Optional.empty(), Optional.empty()),
        null);
  }
}
