package dev.hzone.emulator.state;

import java.util.EnumMap;

/**
 * The next ID of each kind of resource. Kinds start at different numbers so that a client that
 * mixes up a zone ID and an action ID gets {@code not_found} instead of the wrong object.
 */
public final class IdCounters {
  /** The kinds of IDs. */
  public enum Kind {
    ZONE(100_001),
    ACTION(1_000_001),
    SSH_KEY(2_001),
    SERVER(30_000_001),
    PRIMARY_IP(50_000_001),
    VOLUME(70_000_001),
    NETWORK(4_000_001),
    FIREWALL(5_000_001),
    PLACEMENT_GROUP(6_000_001),
    IMAGE(300_000_001),
    FLOATING_IP(60_000_001),
    LOAD_BALANCER(70_001),
    CERTIFICATE(80_001);

    private final long first;

    Kind(long first) {
      this.first = first;
    }

    /** The first ID handed out. */
    public long first() {
      return first;
    }

    /** The key in the state file. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final EnumMap<Kind, Long> next = new EnumMap<>(Kind.class);

  /** Counters at the first ID of every kind. */
  public IdCounters() {
    for (Kind k : Kind.values()) {
      next.put(k, k.first());
    }
  }

  /** Hands out the next ID of {@code kind}. */
  public long take(Kind kind) {
    long id = next.get(kind);
    next.put(kind, id + 1);
    return id;
  }

  /** The next ID that {@link #take} will hand out. */
  public long peek(Kind kind) {
    return next.get(kind);
  }

  /** Moves the counter past {@code seen}, an ID found in the state. */
  public void atLeastAfter(Kind kind, long seen) {
    next.put(kind, Math.max(next.get(kind), seen + 1));
  }

  IdCounters copy() {
    IdCounters c = new IdCounters();
    c.next.putAll(next);
    return c;
  }

  void resetTo(IdCounters other) {
    next.putAll(other.next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdCounters c && c.next.equals(next);
  }

  @Override
  public int hashCode() {
    return next.hashCode();
  }
}
