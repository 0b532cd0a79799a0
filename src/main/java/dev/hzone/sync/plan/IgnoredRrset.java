package dev.hzone.sync.plan;

import dev.hzone.dns.RrsetKey;
import java.util.Objects;

/**
 * A remote RRSet that a plan leaves alone, and why ({@code ACME challenge not in the file}, {@code
 * ignore pattern "dyn*"}). Reported, never changed; an import carries it along.
 *
 * @param key the RRSet
 * @param reason why hzone does not own it
 */
public record IgnoredRrset(RrsetKey key, String reason) {
  public IgnoredRrset {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reason, "reason");
  }
}
