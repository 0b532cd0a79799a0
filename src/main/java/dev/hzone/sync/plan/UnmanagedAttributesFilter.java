package dev.hzone.sync.plan;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Attributes of owned RRSets that the zone file cannot express and {@code hzone.toml} does not set
 * are kept as they are remotely: labels and change protection unless the RRSet has settings for
 * them, and record comments when {@code comments = false}. RRSets with settings get them, created
 * ones included.
 */
public final class UnmanagedAttributesFilter implements ZoneFilter {
  private final ZoneSettings settings;

  public UnmanagedAttributesFilter(ZoneSettings settings) {
    this.settings = settings;
  }

  @Override
  public String id() {
    return "unmanaged-attributes";
  }

  @Override
  public ZonePair apply(ZonePair pair) {
    ZonePair.Builder b = pair.edit();
    for (Map.Entry<RrsetKey, Rrset> e : pair.desired().rrsets().entrySet()) {
      if (pair.foreign().contains(e.getKey())) {
        continue;
      }
      Rrset d = e.getValue();
      Rrset r = pair.remote().rrsets().get(e.getKey());
      RrsetSettings s = settings.rrset(e.getKey());
      Map<String, String> labels = s.labels().orElse(r == null ? Map.of() : r.labels());
      boolean prot = s.changeProtected().orElse(r != null && r.changeProtected());
      Rrset next = d.withLabels(labels).withChangeProtected(prot);
      if (!settings.manageComments() && r != null) {
        next = next.withRecords(remoteComments(next, r));
      }
      if (!next.equals(d)) {
        b.desired().put(e.getKey(), next);
      }
    }
    return b.build();
  }

  /** The desired values, each with the comment its remote twin has (none for new values). */
  private static List<RecordValue> remoteComments(Rrset desired, Rrset remote) {
    Map<String, RecordValue> rv = remote.byCanonicalValue();
    List<RecordValue> out = new ArrayList<>();
    desired
        .byCanonicalValue()
        .forEach(
            (canon, v) -> {
              RecordValue twin = rv.get(canon);
              out.add(v.withComment(twin == null ? "" : twin.comment()));
            });
    return out;
  }

  /** The desired RRSets of a zone being created, with their labels and protection from settings. */
  static Rrset withSettings(Rrset desired, ZoneSettings settings) {
    RrsetSettings s = settings.rrset(desired.key());
    return desired
        .withLabels(s.labels().orElse(Map.of()))
        .withChangeProtected(s.changeProtected().orElse(false));
  }
}
