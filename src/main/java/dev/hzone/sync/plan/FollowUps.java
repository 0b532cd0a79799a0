package dev.hzone.sync.plan;

import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.ZoneData;
import dev.hzone.sync.remote.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests that restore what a zone file cannot carry after a zone was created or imported from
 * one: record comments (the API documents that imports discard them), RRSet labels and change
 * protection.
 */
final class FollowUps {
  private FollowUps() {}

  /**
   * Comments, labels and (if {@code protection}) change protection of every RRSet of {@code zone}.
   */
  static List<Operation> of(ZoneData zone, boolean protection) {
    List<Operation> ops = new ArrayList<>();
    for (Rrset r : zone.rrsets().values()) {
      List<RecordValue> commented = new ArrayList<>();
      for (RecordValue v : r.records()) {
        if (v.hasComment()) {
          commented.add(v);
        }
      }
      if (!commented.isEmpty()) {
        for (List<RecordValue> batch : RrsetDiffer.batches(commented)) {
          ops.add(new Operation.UpdateRecords(r.key(), batch));
        }
      }
      if (!r.labels().isEmpty()) {
        ops.add(new Operation.SetRrsetLabels(r.key(), r.labels()));
      }
      if (protection && r.changeProtected()) {
        ops.add(new Operation.ChangeRrsetProtection(r.key(), true));
      }
    }
    return ops;
  }

  /** Whether a zone file of {@code zone} carries everything: no comments, labels or protection. */
  static boolean lossless(ZoneData zone) {
    for (Rrset r : zone.rrsets().values()) {
      if (r.changeProtected() || !r.labels().isEmpty()) {
        return false;
      }
      for (RecordValue v : r.records()) {
        if (v.hasComment()) {
          return false;
        }
      }
    }
    return true;
  }
}
