package dev.hzone.sync.plan;

import dev.hzone.dns.RrsetKey;
import java.util.Objects;

/**
 * A remote RRSet that a plan leaves alone, and why ({@code ACME challenge not in the file}, {@code
 * ignore pattern "dyn*"}, {@code hzone does not know this type}). Reported, never changed; an
 * import carries it along. Named by name and type text, since an RRSet of a type hzone does not
 * know has no {@link RrsetKey}.
 *
 * @param name the relative owner name, {@code @} for the apex
 * @param type the type as the API writes it
 * @param reason why hzone does not own it
 */
public record IgnoredRrset(String name, String type, String reason) {
  public IgnoredRrset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }

  /** The RRSet {@code key}, left alone for {@code reason}. */
  public static IgnoredRrset of(RrsetKey key, String reason) {
    return new IgnoredRrset(key.name(), key.type().name(), reason);
  }
}
