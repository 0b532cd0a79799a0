package dev.hzone.sync.plan;

import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RRSets matching an {@code ignore} pattern of {@code hzone.toml} are left exactly as they are
 * remotely. One that the file also defines is not created or changed either, with a warning, since
 * the file and the pattern disagree.
 */
public final class IgnorePatternFilter implements ZoneFilter {
  private final List<IgnorePattern> patterns;

  public IgnorePatternFilter(List<IgnorePattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  @Override
  public String id() {
    return "ignore-pattern";
  }

  @Override
  public ZonePair apply(ZonePair pair) {
    if (patterns.isEmpty()) {
      return pair;
    }
    ZonePair.Builder b = pair.edit();
    for (Map.Entry<RrsetKey, Rrset> e : pair.desired().rrsets().entrySet()) {
      Optional<IgnorePattern> p = match(e.getKey());
      if (p.isPresent() && !pair.remote().rrsets().containsKey(e.getKey())) {
        b.desired().remove(e.getKey());
        b.warn(
            e.getKey().id()
                + " is in the zone file but matches ignore pattern "
                + p.get().describe()
                + "; it is not created");
      } else if (p.isPresent() && !e.getValue().equals(pair.remote().rrsets().get(e.getKey()))) {
        b.warn(
            e.getKey().id()
                + " is in the zone file but matches ignore pattern "
                + p.get().describe()
                + "; it is left as it is");
      }
    }
    for (Rrset r : pair.remote().rrsets().values()) {
      match(r.key()).ifPresent(p -> b.keepRemote(r, "ignore pattern " + p.describe()));
    }
    return b.build();
  }

  private Optional<IgnorePattern> match(RrsetKey key) {
    for (IgnorePattern p : patterns) {
      if (p.matches(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
