package dev.hzone.sync.plan;

import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import dev.hzone.dns.ValueCanonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Hetzner manages at the apex (dns.md §8): the SOA, whose serial is always Hetzner's and whose
 * timers and names follow the file only with {@code manage_soa}; and the assigned nameservers in
 * the apex NS RRSet, which stay whatever the file says (extra apex NS may be added and removed). A
 * file without apex NS, or a zone whose assigned nameservers the API does not list yet, leaves the
 * apex NS alone.
 */
public final class ManagedByHetznerFilter implements ZoneFilter {
  private static final RrsetKey SOA = RrsetKey.of(RrsetKey.APEX, RecordType.SOA);
  private static final RrsetKey APEX_NS = RrsetKey.of(RrsetKey.APEX, RecordType.NS);

  private final List<String> assigned;
  private final boolean manageSoa;

  /**
   * @param assigned the zone's assigned Hetzner nameservers (absolute names)
   * @param manageSoa whether SOA timers and names follow the file
   */
  public ManagedByHetznerFilter(List<String> assigned, boolean manageSoa) {
    this.assigned = List.copyOf(assigned);
    this.manageSoa = manageSoa;
  }

  @Override
  public String id() {
    return "managed-by-hetzner";
  }

  @Override
  public ZonePair apply(ZonePair pair) {
    ZonePair.Builder b = pair.edit();
    Rrset remoteSoa = pair.remote().rrsets().get(SOA);
    Rrset desiredSoa = pair.desired().rrsets().get(SOA);
    if (remoteSoa == null) {
      b.desired().remove(SOA);
    } else if (!manageSoa || desiredSoa == null) {
      b.keepRemote(remoteSoa, null);
    } else {
      b.desired().put(SOA, withSerialOf(desiredSoa, remoteSoa));
    }

    Rrset remoteNs = pair.remote().rrsets().get(APEX_NS);
    Rrset desiredNs = pair.desired().rrsets().get(APEX_NS);
    if (desiredNs == null) {
      if (remoteNs != null) {
        b.keepRemote(remoteNs, null);
      }
    } else if (assigned.isEmpty()) {
      // The API lists a zone's nameservers only once its creation has finished (ledger
      // L-ASSIGNED-AFTER-CREATE); until then a plan cannot tell them from the file's own.
      if (remoteNs != null) {
        b.keepRemote(remoteNs, null);
      }
      b.warn(
          "the API lists no assigned nameservers for the zone yet (its creation is still running);"
              + " the apex NS are left alone: run again once the zone is ready");
    } else {
      b.desired().put(APEX_NS, withAssigned(desiredNs, remoteNs));
    }
    return b.build();
  }

  /**
   * The SOA {@code desired} carrying the serial of the SOA {@code remote}: so that only timers and
   * names can differ in a plan, and so that {@code hzone pull} leaves a file's serial alone (no Git
   * diff per run).
   */
  public static Rrset withSerialOf(Rrset desired, Rrset remote) {
    if (desired.records().isEmpty() || remote.records().isEmpty()) {
      return desired;
    }
    String[] d = desired.records().get(0).value().trim().split("\\s+");
    String[] r = remote.records().get(0).value().trim().split("\\s+");
    if (d.length != 7 || r.length != 7) {
      return desired;
    }
    d[2] = r[2];
    RecordValue v = new RecordValue(String.join(" ", d), desired.records().get(0).comment());
    return desired.withRecords(List.of(v));
  }

  /**
   * The desired apex NS with every assigned nameserver added (comment taken from remote where it
   * has one).
   */
  private Rrset withAssigned(Rrset desired, Rrset remote) {
    Map<String, RecordValue> have = desired.byCanonicalValue();
    Map<String, RecordValue> remoteValues = remote == null ? Map.of() : remote.byCanonicalValue();
    List<RecordValue> values = new ArrayList<>(desired.records());
    for (String ns : assigned) {
      String canon = ValueCanonicalizer.canonical(RecordType.NS, ns);
      if (!have.containsKey(canon)) {
        RecordValue rv = remoteValues.get(canon);
        values.add(rv != null ? rv : RecordValue.of(ns));
      }
    }
    return desired.withRecords(values);
  }
}
