package dev.hzone.cli;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ZoneData;
import dev.hzone.zonefile.ZoneFileWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a zone-file import would change, RRSet by RRSet: the API's import replaces every RRSet, so the user
 * sees what goes and what comes before agreeing. Values compare as the API does ({@link Rrset#byCanonicalValue}:
 * TXT by content, names case-insensitively, SOA without its serial); comments are not compared, since the
 * import does not keep them.
 *
 * @param removed RRSets only the current zone has
 * @param added RRSets only the file has
 * @param changed current and new versions of RRSets that differ
 * @param unchanged how many RRSets stay as they are
 * @param ttlBefore the zone's default TTL now
 * @param ttlAfter the default TTL after the import ({@code $TTL}), if the file sets one
 */
record ImportDiff(List<Rrset> removed, List<Rrset> added, List<Change> changed, int unchanged,
    OptionalInt ttlBefore, OptionalInt ttlAfter) {

  /** One RRSet in two versions. */
  record Change(Rrset before, Rrset after) {}

  static ImportDiff between(ZoneData current, ZoneData desired) {
    Set<RrsetKey> keys = new TreeSet<>(current.rrsets().keySet());
    keys.addAll(desired.rrsets().keySet());
    List<Rrset> removed = new ArrayList<>();
    List<Rrset> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    int same = 0;
    for (RrsetKey k : keys) {
      Rrset before = current.rrsets().get(k);
      Rrset after = desired.rrsets().get(k);
      if (after == null) {
        removed.add(before);
      } else if (before == null) {
        added.add(after);
      } else if (!before.byCanonicalValue().keySet().equals(after.byCanonicalValue().keySet())
          || !sameTtl(before, current, after, desired)) {
        changed.add(new Change(before, after));
      } else {
        same++;
      }
    }
    return new ImportDiff(removed, added, changed, same, current.defaultTtl(), desired.defaultTtl());
  }

  /**
   * RRSets that both follow the zone's default keep doing so (a new default shows once, as its own line);
   * otherwise what resolvers see is compared.
   */
  private static boolean sameTtl(Rrset before, ZoneData current, Rrset after, ZoneData desired) {
    return before.ttl().isEmpty() && after.ttl().isEmpty()
        || effectiveTtl(before, current) == effectiveTtl(after, desired);
  }

  private static int effectiveTtl(Rrset r, ZoneData zone) {
    return r.effectiveTtl(zone.defaultTtl().orElse(ZoneFileWriter.FALLBACK_TTL));
  }

  boolean ttlChanges() {
    return ttlAfter.isPresent() && !ttlAfter.equals(ttlBefore);
  }

  boolean isEmpty() {
    return removed.isEmpty() && added.isEmpty() && changed.isEmpty() && !ttlChanges();
  }

  /** The changes as zone-file lines marked {@code -} and {@code +}, coloured where the palette allows. */
  String render(String zone, Palette p) {
    StringBuilder sb = new StringBuilder();
    if (ttlChanges()) {
      sb.append("  default TTL ").append(ttlBefore.isPresent() ? ttlBefore.getAsInt() : "-").append(" -> ")
          .append(ttlAfter.getAsInt()).append('\n');
    }
    for (Rrset r : removed) {
      lines(sb, zone, r, "- ", p, true);
    }
    for (Change c : changed) {
      lines(sb, zone, c.before(), "- ", p, true);
      lines(sb, zone, c.after(), "+ ", p, false);
    }
    for (Rrset r : added) {
      lines(sb, zone, r, "+ ", p, false);
    }
    sb.append(removed.size()).append(" RRSet(s) removed, ").append(changed.size()).append(" changed, ")
        .append(added.size()).append(" added, ").append(unchanged).append(" unchanged\n");
    return sb.toString();
  }

  private static void lines(StringBuilder sb, String zone, Rrset r, String mark, Palette p, boolean minus) {
    String text = new ZoneFileWriter().format(ZoneData.of(zone, OptionalInt.empty(), List.of(r)));
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("$")) {
        continue;
      }
      String l = mark + line;
      sb.append("  ").append(minus ? p.removed(l) : p.added(l)).append('\n');
    }
  }

  /** Whether the RRSet is one Hetzner manages (SOA, apex NS), which an import must carry. */
  static boolean managed(RrsetKey k) {
    return k.isApex() && (k.type() == RecordType.SOA || k.type() == RecordType.NS);
  }
}
