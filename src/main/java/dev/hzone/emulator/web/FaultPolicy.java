package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Decides, request by request, whether to inject a {@link Fault}: with probability {@code rate},
 * one of the kinds that fit the request's method, chosen evenly. The {@link Random} is seeded by
 * the caller, so the sequence of decisions is the same on every run with the same seed and the same
 * sequence of requests. Every fault handed out is counted by kind ({@link #injected()}), so that
 * tests can say what they survived.
 */
public final class FaultPolicy {
  private final double rate;
  private final Random random;
  private final Map<Fault, Long> injected = new EnumMap<>(Fault.class);

  /** No faults. */
  public static FaultPolicy none() {
    return new FaultPolicy(0, new Random(0));
  }

  /**
   * @param rate probability in [0, 1] that a request fails
   * @param random the source of decisions, seeded for repeatable runs
   */
  public FaultPolicy(double rate, Random random) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("fault rate must be between 0 and 1, not " + rate);
    }
    this.rate = rate;
    this.random = random;
  }

  /** The fault for the next request with {@code method}, if any. */
  public synchronized Optional<Fault> next(String method) {
    if (rate == 0) {
      return Optional.empty();
    }
    if (random.nextDouble() >= rate) {
      return Optional.empty();
    }
    List<Fault> kinds = new ArrayList<>();
    for (Fault f : Fault.values()) {
      if (f.appliesTo(method)) {
        kinds.add(f);
      }
    }
    Fault f = kinds.get(random.nextInt(kinds.size()));
    injected.merge(f, 1L, Long::sum);
    return Optional.of(f);
  }

  /** How many faults of each kind were handed out so far (kinds never chosen are missing). */
  public synchronized Map<Fault, Long> injected() {
    return Map.copyOf(injected);
  }
}
