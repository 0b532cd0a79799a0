package dev.hzone.sync.plan;

import dev.hzone.dns.OpaqueRrset;
import dev.hzone.dns.ZoneData;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan says about RRSets of types hzone does not know ({@link OpaqueRrset}): it never
 * changes them. A remote one is left alone, never deleted because hzone cannot represent it (that
 * would destroy data nobody sees in the zone file), and reported; one in the zone file (RFC 3597
 * generic form) is compared with the remote one as far as dnsjava can read both, and never sent.
 */
final class UnknownTypes {
  static final String UNKNOWN = "hzone does not know this type";

  private UnknownTypes() {}

  /** The remote RRSets of unknown types, each left alone with the reason. */
  static List<IgnoredRrset> leftAlone(ZoneData desired, ZoneData remote) {
    List<IgnoredRrset> out = new ArrayList<>();
    for (OpaqueRrset have : remote.opaque()) {
      OpaqueRrset want = match(desired, have);
      String reason;
      if (want == null) {
        reason = UNKNOWN;
      } else if (same(want, have, remote)) {
        reason = UNKNOWN + "; the zone file has the same records";
      } else {
        reason = UNKNOWN + "; the zone file's records differ and are not sent";
      }
      out.add(new IgnoredRrset(have.name(), have.typeName(), reason));
    }
    return out;
  }

  /** A warning for each RRSet of unknown type in the zone file that the zone does not have. */
  static List<String> notCreated(ZoneData desired, ZoneData remote) {
    List<String> out = new ArrayList<>();
    for (OpaqueRrset want : desired.opaque()) {
      if (match(remote, want) == null) {
        out.add(
            want.id()
                + " is in the zone file, but "
                + UNKNOWN
                + ", so it is not created; create it with another tool");
      }
    }
    return out;
  }

  /** Whether the import strategy would lose {@code remote}'s RRSets of unknown types. */
  static boolean importLoses(ZoneData remote) {
    return !remote.opaque().isEmpty();
  }

  private static OpaqueRrset match(ZoneData in, OpaqueRrset like) {
    for (OpaqueRrset o : in.opaque()) {
      if (o.sameNameAndType(like)) {
        return o;
      }
    }
    return null;
  }

  private static boolean same(OpaqueRrset want, OpaqueRrset have, ZoneData remote) {
    int zoneTtl = remote.defaultTtl().orElse(0);
    return want.effectiveTtl(zoneTtl) == have.effectiveTtl(zoneTtl)
        && want.canonicalValues().equals(have.canonicalValues());
  }
}
