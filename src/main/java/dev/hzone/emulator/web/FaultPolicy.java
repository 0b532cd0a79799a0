package dev.hzone.emulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Decides, request by request, whether to inject a {@link Fault}: with probability {@code rate}, one of the
 * kinds that fit the request's method, chosen evenly. The {@link Random} is seeded by the caller, so the
 * sequence of decisions is the same on every run with the same seed and the same sequence of requests.
 */
public final class FaultPolicy {
  private final double rate;
  private final Random random;

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
    return Optional.of(kinds.get(random.nextInt(kinds.size())));
  }
}
